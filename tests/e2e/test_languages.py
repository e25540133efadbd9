"""Languages in a browser: Arabic mirrors the layout; home and a guide pass axe in en, de, ar."""

import pytest
from playwright.sync_api import Page, expect

from tests.e2e.browser import axe_violations


def test_arabic_is_right_to_left_and_the_layout_mirrors(knowledge_site, page: Page, screenshot_dir):
    live_server, _tree = knowledge_site
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(f"{live_server.url}/ar/")
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    page.screenshot(path=str(screenshot_dir / "home-ar.png"), full_page=True)
    brand = page.locator(".site-header__brand").bounding_box()
    member_link = page.locator(".member-link").bounding_box()
    # In right-to-left the brand sits at the right edge and the tools at the left.
    assert brand["x"] > 640 > member_link["x"]
    page.goto(f"{live_server.url}/en/")
    brand_ltr = page.locator(".site-header__brand").bounding_box()
    assert brand_ltr["x"] < 640


@pytest.mark.parametrize("language", ["en", "de", "ar"])
def test_home_and_a_guide_pass_axe(knowledge_site, page: Page, axe, language):
    live_server, _tree = knowledge_site
    for path in [f"/{language}/", f"/{language}/guides/rapid-rehousing/"]:
        page.goto(f"{live_server.url}{path}")
        violations = axe_violations(axe, page)
        assert violations == [], f"{path}: {[v['id'] for v in violations]}"
