"""A French, a Polish and an Arabic reader on a phone go through the whole public site.

From the home page through the menu to the guides, a guide, a filter, a search, a
feed, and an event they register for, without a link that leaves their language
prefix, a page that answers with an error, or a page that scrolls sideways.
"""

import re

import pytest
from playwright.sync_api import Page, expect

from practices.demo.stages import load_demo_site
from practices.models import EventPage, GuideIndexPage, GuidePage
from tests.e2e.browser import sideways_overflow

PHONE = {"width": 360, "height": 740}

# Links that may lead out of the reader's language: the language switcher and any link
# that says it leads to another language (hreflang: "Read the original"), and files.
LINKS_LEAVING_THE_PREFIX = """(prefix) => [...document.querySelectorAll('a[href^="/"]')]
  .filter((a) => !a.closest('.language-switcher'))
  .filter((a) => !a.hreflang || prefix === `/${a.hreflang}/`)
  .map((a) => a.getAttribute('href'))
  .filter((href) => !href.startsWith(prefix) && !/^\\/(static|media|documents)\\//.test(href))"""


@pytest.fixture
def demo_site_for_readers(live_server, transactional_db):
    """The whole demo site, committed for the live server."""
    load_demo_site()
    return live_server


class Reader:
    """A reader of one language in a phone-sized browser, checking every page on the way."""

    def __init__(self, page: Page, base_url: str, language: str):
        self.page, self.base_url, self.language = page, base_url, language
        self.prefix = f"/{language}/"
        self.failed: list[str] = []
        page.set_viewport_size(PHONE)
        page.on("response", self._check_response)

    def _check_response(self, response) -> None:
        if response.url.startswith(self.base_url) and response.status >= 400:
            self.failed.append(f"{response.status} {response.url}")

    def follow(self, link) -> None:
        """Click a link or press a button that loads another page; wait for that page."""
        with self.page.expect_navigation():
            link.click()

    def path(self) -> str:
        return self.page.url.removeprefix(self.base_url)

    def check_page(self, what: str) -> None:
        """The page is in the reader's language, keeps every link there, fits the screen."""
        assert self.path().startswith(self.prefix), f"{what}: left for {self.path()}"
        leaving = self.page.evaluate(LINKS_LEAVING_THE_PREFIX, self.prefix)
        assert leaving == [], f"{what} ({self.path()}) links out of {self.prefix}: {leaving}"
        overflow = sideways_overflow(self.page)
        assert overflow <= 0, f"{what} ({self.path()}) scrolls sideways by {overflow}px"
        assert self.failed == [], f"errors on the way to {what}: {self.failed}"


@pytest.mark.parametrize("language", ["fr", "pl", "ar"])
def test_a_reader_stays_in_their_language_from_home_to_registration(
    demo_site_for_readers, page: Page, language
):
    reader = Reader(page, demo_site_for_readers.url, language)
    page.goto(f"{reader.base_url}/{language}/")
    reader.check_page("home")

    # Every demo guide is listed in any language.
    guides_index = GuideIndexPage.objects.get(locale__language_code="en")
    page.locator(".site-header__menu-button").click()
    reader.follow(page.locator(".site-nav__link").nth(_menu_position(page, guides_index)))
    reader.check_page("guide listing")
    guides = GuidePage.objects.live().filter(locale__language_code="en").count()
    expect(page.locator("#guide-results-status")).to_contain_text(re.compile(rf"\b{guides}\b"))

    # The feed this listing offers answers in the reader's language.
    feed = page.locator('link[type="application/rss+xml"]').first.get_attribute("href")
    assert feed.startswith(reader.prefix), feed
    assert page.request.get(f"{reader.base_url}{feed}").status == 200

    # A filter from the folded panel, then a guide from the results.
    page.locator("#guide-filters summary").click()
    page.locator('#guide-filters input[type="checkbox"]').first.check()
    expect(page).to_have_url(re.compile(r"\?.+="))
    reader.check_page("filtered guide listing")
    reader.follow(page.locator("#guide-results article a").first)
    expect(page.locator("main h1")).to_be_visible()
    reader.check_page("guide")

    # The site search, from the header.
    page.locator(".site-header__menu-button").click()
    page.locator("#site-search-query").fill("housing")
    with page.expect_navigation():
        page.locator("#site-search-query").press("Enter")
    expect(page.locator("main h1")).to_be_visible()
    reader.check_page("search results")
    assert page.locator("main a[href]").count() > 0

    # An upcoming event with places to take here, found through the menu.
    event = _open_event(page)
    page.goto(f"{reader.base_url}/{language}/")
    page.locator(".site-header__menu-button").click()
    reader.follow(page.locator(".site-nav__link").nth(_menu_position(page, event.get_parent())))
    reader.check_page("event listing")
    versions = ", ".join(
        f'.event-card a[href$="/{version.slug}/"]'
        for version in event.get_translations(inclusive=True)
    )
    reader.follow(page.locator(versions).first)
    reader.check_page("event")
    reader.follow(page.locator(".event__header a.button"))
    reader.check_page("registration form")
    form = page.locator("main form").last
    form.locator('input[type="text"]').first.fill("Ana Test")
    form.locator('input[type="email"]').fill("ana.test@example.org")
    form.locator('input[type="checkbox"][name="consent"]').check()
    reader.follow(form.locator('button[type="submit"]'))
    expect(page.locator("main h1")).to_be_visible()
    reader.check_page("registration confirmed")


def _open_event(page: Page) -> EventPage:
    """The first upcoming English event that takes registrations on this site."""
    upcoming = sorted(
        (
            event
            for event in EventPage.objects.live().filter(
                locale__language_code="en", registration_mode="on-site"
            )
            if event.registration_open()
        ),
        key=lambda event: event.start,
    )
    assert upcoming, "the demo has no event open for registration"
    return upcoming[0]


def _menu_position(page: Page, section) -> int:
    """The position in the main menu of the link to ``section``, in whichever language."""
    hrefs = page.locator(".site-nav__link").evaluate_all("(links) => links.map((a) => a.pathname)")
    slugs = {version.slug for version in section.get_translations(inclusive=True)}
    found = [i for i, href in enumerate(hrefs) if href.rstrip("/").rsplit("/", 1)[-1] in slugs]
    assert found, f"no link to {sorted(slugs)} in the menu: {hrefs}"
    return found[0]
