"""The audit log in a real browser: filtering by keyboard, a name never reaching the
address bar, a 360 px phone, and axe on the page with rows and with errors."""

from urllib.parse import quote, urlparse

import pytest
from playwright.sync_api import Page, expect

from members.agencies.models import AgencyRole
from tests.accounts import sign_in
from tests.e2e.browser import assert_accessible, sideways_overflow
from tests.factories import build_site_tree
from tests.members.factories import AgencyFactory, MembershipFactory, PersonFactory
from tests.members.register.factories import record_person

PHONE = {"width": 360, "height": 740}


@pytest.fixture
def audit_site(live_server, transactional_db):
    """An agency with an admin and a caseworker, and a person recorded (an audit row)."""
    build_site_tree()
    agency = AgencyFactory(name="Carrefour Accueil", country="BE", city="Brussels")
    admin = PersonFactory(username="greta", first_name="Greta", last_name="Admin")
    caseworker = PersonFactory(username="karim", first_name="Karim", last_name="Caseworker")
    MembershipFactory(user=admin, agency=agency, role=AgencyRole.AGENCY_ADMIN)
    MembershipFactory(user=caseworker, agency=agency, role=AgencyRole.CASEWORKER)
    person = record_person(by=caseworker)
    return live_server, agency, admin, person


def open_session(page: Page, base: str, user) -> None:
    """Give the browser a session made on the server side, as signing in would."""
    from django.test import Client

    client = Client()
    sign_in(client, user)
    page.context.add_cookies(
        [
            {
                "name": "sessionid",
                "value": client.cookies["sessionid"].value,
                "domain": urlparse(base).hostname,
                "path": "/",
            }
        ]
    )


def test_an_admin_filters_the_log_by_keyboard_and_a_name_stays_out_of_the_address(
    audit_site, page: Page, axe, tmp_path
):
    live_server, agency, admin, person = audit_site
    base = live_server.url
    open_session(page, base, admin)
    log = f"{base}/en/members/agencies/{agency.pk}/audit/"
    page.goto(log)
    expect(page.get_by_role("heading", name="Audit log of Carrefour Accueil")).to_be_visible()
    expect(page.get_by_role("table", name="Events, newest first")).to_be_visible()
    assert_accessible(axe, page, "audit log")
    page.screenshot(path=str(tmp_path / "audit-log-wide.png"), full_page=True)
    # A name typed into the person field is refused by the browser: no request at all.
    page.get_by_label("Person").fill("Ana Popescu")
    page.get_by_label("Person").press("Enter")
    expect(page).to_have_url(log)
    # A reference is taken; the other filters are reached with the keyboard.
    page.get_by_label("Person").fill(str(person.pk))
    page.get_by_label("Action", exact=True).select_option(label="Recorded a person")
    page.get_by_label("Person").press("Enter")
    expect(page.get_by_text("1 event · filtered by:")).to_be_visible()
    assert "Popescu" not in page.url
    # Dates the wrong way round: the summary says so and links to the field.
    page.get_by_label("From").fill("2026-03-05")
    page.get_by_label("To", exact=True).fill("2026-03-01")
    page.get_by_role("button", name="Show events").click()
    expect(page.get_by_role("alert")).to_contain_text("The last day comes on or after")
    assert_accessible(axe, page, "audit log with errors")
    page.set_viewport_size(PHONE)
    page.goto(log)
    page.screenshot(path=str(tmp_path / "audit-log-360.png"), full_page=True)
    assert sideways_overflow(page) == 0
    assert_accessible(axe, page, "audit log on a phone")
    page.get_by_role("link", name="Download these events (CSV)").click()
    export = quote(f"/en/members/agencies/{agency.pk}/audit/export/", safe="")
    expect(page).to_have_url(f"{base}/en/accounts/reauthenticate/?next={export}")
