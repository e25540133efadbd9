"""A reader outside English stays in their language: listing, guide, tags and trail keep
the prefix; an English guide inside an Arabic page reads left to right."""

import pytest
from playwright.sync_api import Page, expect

from tests.e2e.browser import assert_accessible


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_a_reader_walks_listing_guide_tag_and_trail_in_their_language(
    knowledge_site, page: Page, axe, language
):
    live_server, _tree = knowledge_site
    visited = []
    page.on("framenavigated", lambda frame: visited.append(frame.url))
    page.goto(f"{live_server.url}/{language}/guides/")
    expect(page.locator(".card__title")).to_have_count(4)
    page.get_by_role("link", name="Street outreach at night").click()
    expect(page.locator("h1")).to_have_text("Street outreach at night")
    expect(page.locator("main")).to_have_attribute("dir", "ltr")
    assert_accessible(axe, page, f"{language} reader of an English guide")
    page.locator(".guide__facts a.tag").first.click()
    expect(page.locator(".card__title").first).to_be_visible()
    page.go_back()
    page.locator(".breadcrumbs a").nth(1).click()
    expect(page.locator("h1")).to_be_visible()
    paths = [url.removeprefix(live_server.url) for url in visited]
    assert len(paths) >= 4 and all(path.startswith(f"/{language}/") for path in paths), paths


def test_the_logo_arrow_points_the_way_the_text_goes(knowledge_site, page: Page):
    live_server, _tree = knowledge_site
    page.goto(f"{live_server.url}/ar/")
    logo = page.locator(".site-header__logo")
    assert (
        logo.evaluate("element => getComputedStyle(element).transform")
        == "matrix(-1, 0, 0, 1, 0, 0)"
    )
    page.goto(f"{live_server.url}/en/")
    assert logo.evaluate("element => getComputedStyle(element).transform") == "none"
