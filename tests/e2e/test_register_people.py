"""The register's list, search, record and identity screens in a real browser, on a
360 px phone: no sideways scrolling, keyboard use, no axe violations, no name in a URL."""

import datetime

import pytest
from playwright.sync_api import Page, expect

from members.agencies.models import AgencyRole
from members.register.records import BirthDate
from members.register.vocabulary import MovementKind
from tests.e2e.browser import assert_accessible, sideways_overflow, sign_in_with_app
from tests.factories import build_site_tree
from tests.members.factories import AgencyFactory, MembershipFactory, PersonFactory
from tests.members.register.factories import record_movement, record_person

PHONE = {"width": 360, "height": 740}
REGISTER = "/en/members/register/"


@pytest.fixture
def register_site(live_server, transactional_db):
    """A caseworker of a Belgian agency with 30 people on record, committed for the server."""
    build_site_tree()
    agency = AgencyFactory(name="Carrefour Accueil", country="BE", city="Brussels")
    karim = PersonFactory(username="karim", email="karim@example.org", first_name="Karim")
    MembershipFactory(user=karim, agency=agency, role=AgencyRole.CASEWORKER)
    lukasz = record_person(
        by=karim,
        given_names="Łukasz",
        family_names="Wiśniewski-Kowalczyk",
        birth=BirthDate(1990, 5, 1),
        citizenship="PL",
    )
    record_movement(lukasz, by=karim, from_country="PL", to_place="Saint-Josse-ten-Noode")
    record_movement(
        lukasz, by=karim, kind=MovementKind.SUPPORT_STARTED, date=datetime.date(2026, 2, 2)
    )
    for number in range(29):
        record_person(by=karim, family_names=f"Person{number}", birth=BirthDate(1970 + number))
    return live_server


def check_phone_page(page: Page, axe, what: str, screenshots) -> None:
    page.screenshot(
        path=str(screenshots / f"register-{what.replace(' ', '-')}-360.png"), full_page=True
    )
    overflow = sideways_overflow(page)
    assert overflow <= 0, f"{what} scrolls sideways by {overflow}px"
    assert_accessible(axe, page, f"{what} at 360 px")


def test_find_record_and_change_a_person_on_a_phone(
    register_site, page: Page, axe, authenticator_app, screenshot_dir
):
    base = register_site.url
    page.set_viewport_size(PHONE)
    sign_in_with_app(page, base, "karim@example.org", authenticator_app)
    page.get_by_role("link", name="Open the register of people").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Register of people")
    expect(page.get_by_text("30 people", exact=True)).to_be_visible()
    check_phone_page(page, axe, "the list", screenshot_dir)

    # The name search, by keyboard, without accents: the terms never reach the address.
    search = page.locator("form", has=page.get_by_label("Given names"))
    search.get_by_label("Family names").fill("Wisniewski Kowalczyk")
    search.get_by_label("Year").fill("1990")
    search.get_by_label("Year").press("Enter")
    expect(page.get_by_role("heading", name="Search results")).to_be_visible()
    expect(page.get_by_role("link", name="Łukasz Wiśniewski-Kowalczyk")).to_be_visible()
    assert "isniewski" not in page.url.lower()
    check_phone_page(page, axe, "the search results", screenshot_dir)

    # Recording: a refused form, then the warning of an earlier record.
    page.goto(f"{base}/en/members/register/people/new/")
    check_phone_page(page, axe, "the record form", screenshot_dir)
    page.get_by_role("button", name="Record the person").click()
    summary = page.locator("#error-summary")
    expect(summary).to_be_focused()
    summary.get_by_role("link", name="Family names").click()
    expect(page.get_by_label("Family names")).to_be_focused()
    check_phone_page(page, axe, "the refused record form", screenshot_dir)
    page.get_by_label("Given names").fill("Lukasz")
    page.get_by_label("Family names").fill("Wisniewski-Kowalczyk")
    page.get_by_label("Year").fill("1990")
    page.get_by_label("Legal basis for keeping this record").select_option("consent")
    page.get_by_role("button", name="Record the person").click()
    warning = page.locator("#possible-earlier-records")
    expect(warning).to_be_focused()
    expect(warning.get_by_role("link", name="Łukasz Wiśniewski-Kowalczyk")).to_be_visible()
    check_phone_page(page, axe, "the warning of an earlier record", screenshot_dir)

    # The identity form of the person on record, from the list.
    page.goto(f"{base}{REGISTER}?status=supported")
    expect(page.get_by_text("1 person", exact=True)).to_be_visible()
    person_link = page.get_by_role("link", name="Łukasz Wiśniewski-Kowalczyk")
    person_path = person_link.get_attribute("href")
    page.goto(f"{base}{person_path}identity/")
    expect(page.get_by_label("Family names")).to_have_value("Wiśniewski-Kowalczyk")
    check_phone_page(page, axe, "the identity form", screenshot_dir)
