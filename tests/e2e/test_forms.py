"""Forms in a real browser: after a failed submit, focus lands on the error summary."""

from playwright.sync_api import Page, expect

from tests.e2e.browser import assert_accessible
from tests.factories import ensure_countries, make_event, make_event_index


def test_a_failed_registration_moves_focus_to_the_summary_then_to_a_field(
    live_site, page: Page, axe
):
    live_server, tree = live_site
    ensure_countries("BE")
    event = make_event(make_event_index(tree["home"]), capacity=10)
    page.goto(f"{live_server.url}{event.url}register/")
    page.get_by_label("E-mail address").fill("not-an-address")
    page.get_by_role("button", name="Register").click()
    summary = page.locator(".error-summary")
    expect(summary).to_be_focused()
    expect(summary.get_by_role("link")).to_have_count(3)
    assert_accessible(axe, page, "registration form with an error summary")
    summary.get_by_role("link", name="E-mail address", exact=False).click()
    expect(page.locator("#id_email")).to_be_focused()


def test_a_failed_sign_in_moves_focus_to_the_summary(live_site, page: Page, axe):
    live_server, _tree = live_site
    page.goto(f"{live_server.url}/en/accounts/login/")
    page.get_by_role("button", name="Sign in", exact=True).click()
    summary = page.locator(".error-summary")
    expect(summary).to_be_focused()
    expect(page.locator("#id_login")).to_have_attribute("aria-invalid", "true")
    assert_accessible(axe, page, "sign-in with errors")
