"""The public site on a 360 px phone: content within the first screen, no sideways
scrolling, a menu button that folds the header, and no axe violations."""

import pytest
from playwright.sync_api import Page, expect

from practices.demo.stages import load_demo_site
from practices.models import EventPage, GuideIndexPage, GuidePage
from tests.e2e.browser import assert_accessible, sideways_overflow

PHONE = {"width": 360, "height": 740}


@pytest.fixture
def demo_phone_site(live_server, transactional_db):
    """The whole demo site (frame, knowledge base, events), committed for the live server."""
    load_demo_site()
    return live_server


def _in_language(model, language: str, **filters):
    """The first live page of this type in the language, else the English one."""
    pages = model.objects.live().filter(**filters).order_by("path")
    return (
        pages.filter(locale__language_code=language).first()
        or pages.filter(locale__language_code="en").first()
    )


def _phone_paths(language: str) -> dict[str, str]:
    listing = _in_language(GuideIndexPage, language)
    guide = _in_language(GuidePage, language)
    upcoming = sorted(
        (
            event
            for event in EventPage.objects.live().filter(
                locale__language_code__in=[language, "en"], registration_mode="on-site"
            )
            if not event.has_ended() and event.status != "cancelled"
        ),
        key=lambda event: (event.locale.language_code != language, event.start),
    )
    return {
        "home": f"/{language}/",
        "guides": listing.url,
        "guide": guide.url,
        "event": upcoming[0].url,
        "search": f"/{language}/search/?q=housing",
    }


@pytest.mark.parametrize("language", ["en", "fr", "ar"])
def test_every_page_starts_within_the_first_screen_of_a_phone(
    demo_phone_site, page: Page, axe, tmp_path, language
):
    page.set_viewport_size(PHONE)
    for name, path in _phone_paths(language).items():
        page.goto(f"{demo_phone_site.url}{path}")
        page.screenshot(path=str(tmp_path / f"{language}-{name}-360.png"))
        # The page's heading, where its content starts, is on the first screen.
        top = page.locator("main h1").first.bounding_box()["y"]
        assert top < PHONE["height"], f"{path}: the content starts at {top}px"
        overflow = sideways_overflow(page)
        assert overflow <= 0, f"{path} scrolls sideways by {overflow}px"
        assert_accessible(axe, page, f"{path} at 360 px")
        if name == "guides":
            # The filters are folded; the number of results shows without opening them.
            expect(page.locator("#guide-results-status")).to_be_in_viewport()
            expect(page.locator("#guide-filters summary")).to_be_visible()
            expect(page.locator("#guide-query")).to_be_hidden()
        if name == "event":
            register = page.locator(".event__header a.button")
            expect(register).to_be_visible()
            assert register.bounding_box()["y"] < PHONE["height"]


def test_the_menu_button_folds_the_header_for_keyboard_and_screen_readers(
    knowledge_site, page: Page, axe
):
    live_server, _tree = knowledge_site
    page.set_viewport_size(PHONE)
    page.goto(f"{live_server.url}/en/guides/")
    button = page.get_by_role("button", name="Menu")
    menu = page.get_by_role("navigation", name="Main")
    expect(button).to_have_attribute("aria-expanded", "false")
    expect(menu).to_be_hidden()
    expect(page.get_by_role("search")).to_be_hidden()
    button.focus()
    page.keyboard.press("Enter")
    expect(button).to_have_attribute("aria-expanded", "true")
    expect(menu.get_by_role("link", name="About us")).to_be_visible()
    expect(page.get_by_role("searchbox", name="Search the site")).to_be_visible()
    assert_accessible(axe, page, "phone menu open")
    page.keyboard.press("Tab")
    page.keyboard.press("Escape")
    expect(button).to_have_attribute("aria-expanded", "false")
    expect(button).to_be_focused()
    expect(menu).to_be_hidden()
    # On a wide screen there is no button: everything is shown.
    page.set_viewport_size({"width": 1280, "height": 800})
    expect(button).to_be_hidden()
    expect(menu.get_by_role("link", name="About us")).to_be_visible()


def test_without_javascript_the_phone_header_is_a_plain_list(browser, knowledge_site):
    live_server, _tree = knowledge_site
    context = browser.new_context(java_script_enabled=False, viewport=PHONE)
    page = context.new_page()
    page.goto(f"{live_server.url}/en/guides/")
    expect(page.get_by_role("button", name="Menu")).to_have_count(0)
    expect(page.get_by_role("navigation", name="Main").get_by_role("link")).to_be_visible()
    # The filters still open as a disclosure, and the count shows beside them.
    page.get_by_text("Filters", exact=True).click()
    expect(page.locator("#guide-query")).to_be_visible()
    context.close()
