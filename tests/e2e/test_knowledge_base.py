"""The knowledge base in a real browser: accessibility and the htmx-enhanced filters."""

import re

from playwright.sync_api import Page, expect

from tests.e2e.browser import axe_violations, sideways_overflow


def _describe(violations: list[dict]) -> str:
    return "\n".join(
        f"{v['id']}: {v['help']} at {[n['target'] for n in v['nodes']]}" for v in violations
    )


def test_knowledge_pages_have_no_axe_violations(
    demo_knowledge_site, page: Page, axe, screenshot_dir
):
    base = demo_knowledge_site.url
    paths = [
        "/en/guides/",
        "/en/guides/?theme=rapid-re-housing&country=CZ",
        "/en/guides/rapid-re-housing-of-homeless-families/",
        "/en/guides/evidence-levels/",
        "/en/countries/",
        "/en/countries/belgium/",
        "/en/updates/",
        "/en/search/?q=housing",
        "/en/search/?q=housing&type=guide",
    ]
    for path in paths:
        page.goto(f"{base}{path}")
        violations = axe_violations(axe, page)
        assert violations == [], f"{path}: {_describe(violations)}"
    page.set_viewport_size({"width": 360, "height": 800})
    page.goto(f"{base}/en/guides/rapid-re-housing-of-homeless-families/")
    page.screenshot(path=str(screenshot_dir / "guide-phone.png"), full_page=True)
    overflow = sideways_overflow(page)
    assert overflow <= 0


def test_filters_work_by_keyboard_and_update_results_in_place(knowledge_site, page: Page):
    live_server, _tree = knowledge_site
    page.goto(f"{live_server.url}/en/guides/")
    status = page.locator("#guide-results-status")
    # Three English guides and one written only in French (the one fallback rule).
    expect(status).to_have_text("4 guides match")
    checkbox = page.get_by_label("Outreach", exact=False).first
    checkbox.focus()
    page.keyboard.press("Space")
    expect(status).to_have_text("3 guides match")
    expect(page).to_have_url(f"{live_server.url}/en/guides/?q=&theme=outreach&sort=newest")
    # Focus stays on the control the reader used; the counts of other facets follow.
    expect(checkbox).to_be_focused()
    expect(page.locator("#count-country-BE")).to_have_text("(1)")
    page.keyboard.press("Space")
    expect(status).to_have_text("4 guides match")


def test_filters_work_without_javascript(browser, knowledge_site):
    live_server, _tree = knowledge_site
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{live_server.url}/en/guides/")
    # On a wide screen the filters are shown without opening them.
    page.get_by_label("Outreach", exact=False).first.check()
    page.get_by_role("button", name="Show guides").click()
    expect(page.locator("#guide-results-status")).to_have_text("3 guides match")
    context.close()


def test_filtering_updates_every_count_and_the_one_live_region(knowledge_site, page: Page):
    live_server, _tree = knowledge_site
    page.goto(f"{live_server.url}/en/guides/")
    status = page.locator("#guide-results-status")
    status.evaluate("element => { element.dataset.seen = 'yes'; }")
    expect(page.get_by_label("Romania", exact=False)).to_have_count(1)
    page.get_by_label("Outreach", exact=False).first.check()
    expect(status).to_have_text("3 guides match")
    # No outreach guide is practised in Romania: the option goes, no stale "(1)" stays.
    expect(page.get_by_label("Romania", exact=False)).to_have_count(0)
    expect(page.locator("#count-country-BE")).to_have_text("(1)")
    # The live region is the same element, updated, not a new one swapped in.
    expect(status).to_have_attribute("data-seen", "yes")
    expect(page.locator("[role=status]")).to_have_count(1)


def test_the_language_switcher_takes_the_new_filters_along(knowledge_site, page: Page):
    live_server, _tree = knowledge_site
    page.goto(f"{live_server.url}/en/guides/")
    page.get_by_label("Outreach", exact=False).first.check()
    expect(page.locator("#guide-results-status")).to_have_text("3 guides match")
    expect(page).to_have_url(re.compile(r"theme=outreach"))
    query = page.evaluate("window.location.search")
    for code in ("fr", "de"):
        link = page.locator(f'.language-switcher a[hreflang="{code}"]')
        expect(link).to_have_attribute("href", f"/{code}/guides/{query}")
    page.locator(".language-switcher summary").click()
    page.locator('.language-switcher a[hreflang="de"]').click()
    expect(page).to_have_url(f"{live_server.url}/de/guides/{query}")
    expect(page.locator("#guide-results-status")).to_have_text("3 passende Leitfäden")
    expect(page.locator("input[name=theme][value=outreach]")).to_be_checked()


def test_back_and_forward_restore_the_checkboxes_with_the_results(knowledge_site, page: Page):
    live_server, _tree = knowledge_site
    page.goto(f"{live_server.url}/en/guides/")
    status = page.locator("#guide-results-status")
    outreach = page.get_by_label("Outreach", exact=False).first
    outreach.check()
    expect(status).to_have_text("3 guides match")
    page.get_by_label("Belgium", exact=False).check()
    expect(status).to_have_text("1 guide matches")
    page.go_back()
    expect(status).to_have_text("3 guides match")
    expect(page.get_by_label("Outreach", exact=False).first).to_be_checked()
    expect(page.get_by_label("Belgium", exact=False)).not_to_be_checked()
    page.go_back()
    expect(status).to_have_text("4 guides match")
    expect(page.get_by_label("Outreach", exact=False).first).not_to_be_checked()
    page.go_forward()
    expect(status).to_have_text("3 guides match")
    expect(page.get_by_label("Outreach", exact=False).first).to_be_checked()


def test_enter_in_the_search_box_sends_one_request_and_adds_one_history_entry(
    knowledge_site, page: Page
):
    live_server, _tree = knowledge_site
    page.goto(f"{live_server.url}/en/guides/")
    history_before = page.evaluate("history.length")
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    page.get_by_label("Search within guides").fill("station")
    page.get_by_label("Search within guides").press("Enter")
    expect(page.locator("#guide-results-status")).to_have_text("1 guide matches")
    expect(page).to_have_url(f"{live_server.url}/en/guides/?q=station&sort=newest")
    assert [url for url in requests if "/en/guides/" in url] == [
        f"{live_server.url}/en/guides/?q=station&sort=newest"
    ]
    assert page.evaluate("history.length") == history_before + 1
