"""The home page in a real browser: accessibility, the skip link, a screenshot."""

from playwright.sync_api import Page, expect

from tests.e2e.browser import axe_violations, sideways_overflow


def _describe(violations: list[dict]) -> str:
    return "\n".join(
        f"{v['id']}: {v['help']} at {[n['target'] for n in v['nodes']]}" for v in violations
    )


def test_demo_pages_have_no_axe_violations(demo_site, page: Page, axe, screenshot_dir):
    paths = ["/en/", "/fr/", "/de/", "/en/about-the-network/", "/de/kontakt/"]
    for path in paths:
        page.goto(f"{demo_site.url}{path}")
        violations = axe_violations(axe, page)
        assert violations == [], f"{path}: {_describe(violations)}"
    page.goto(f"{demo_site.url}/fr/")
    page.screenshot(path=str(screenshot_dir / "demo-home-fr.png"), full_page=True)


def test_error_and_search_pages_have_no_axe_violations(live_site, page: Page, axe):
    live_server, _tree = live_site
    for path in ["/en/no-such-page/", "/de/search/?q=about", "/fr/search/?q=zzzz"]:
        page.goto(f"{live_server.url}{path}")
        violations = axe_violations(axe, page)
        assert violations == [], f"{path}: {_describe(violations)}"


def test_skip_link_moves_focus_to_main_content(live_site, page: Page):
    live_server, _tree = live_site
    page.goto(f"{live_server.url}/en/")
    page.keyboard.press("Tab")
    skip_link = page.get_by_role("link", name="Skip to main content")
    expect(skip_link).to_be_focused()
    expect(skip_link).to_be_visible()
    page.keyboard.press("Enter")
    expect(page.locator("main#main")).to_be_focused()


def test_home_page_screenshots(live_site, page: Page, screenshot_dir):
    live_server, _tree = live_site
    for width, name in [(1280, "desktop"), (320, "phone")]:
        page.set_viewport_size({"width": width, "height": 900})
        page.goto(f"{live_server.url}/en/")
        path = screenshot_dir / f"home-en-{name}.png"
        page.screenshot(path=str(path), full_page=True)
        assert path.stat().st_size > 5_000
        overflow = sideways_overflow(page)
        assert overflow <= 0, f"the page scrolls sideways by {overflow}px at {width}px"


def test_language_switcher_leads_to_the_translation(live_site, page: Page):
    live_server, _tree = live_site
    page.goto(f"{live_server.url}/en/about-us/")
    page.get_by_text("English", exact=True).first.click()
    page.get_by_role("link", name="français").click()
    expect(page).to_have_url(f"{live_server.url}/fr/a-propos/")
    expect(page.locator("html")).to_have_attribute("lang", "fr")


def test_home_page_cards_and_partners_on_a_phone(
    demo_knowledge_site, page: Page, axe, screenshot_dir
):
    """The demo home page lists guides and updates as cards with their images, and the
    partner band, without a sideways scroll or an axe finding at 360 px."""
    page.set_viewport_size({"width": 360, "height": 800})
    for language in ["en", "fr"]:
        page.goto(f"{demo_knowledge_site.url}/{language}/")
        guides = page.locator(".latest").first
        expect(guides.locator("article.card")).to_have_count(3)
        expect(guides.locator("img.card__image").first).to_be_visible()
        expect(page.locator(".partners li")).to_have_count(4)
        violations = axe_violations(axe, page)
        assert violations == [], f"/{language}/: {_describe(violations)}"
        overflow = sideways_overflow(page)
        assert overflow <= 0, f"/{language}/ scrolls sideways by {overflow}px"
        page.screenshot(
            path=str(screenshot_dir / f"home-{language}-latest-360.png"), full_page=True
        )
