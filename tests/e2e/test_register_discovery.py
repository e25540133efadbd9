"""Discovery in a real browser, on a 360 px phone: ask from the person page, send a contact
request, and the receiving agency's list and request; no axe violations on any of them."""

import pytest
from playwright.sync_api import Page, expect

from members.agencies.models import AgencyRole
from members.register.records import BirthDate
from tests.e2e.browser import assert_accessible, sideways_overflow, sign_in_with_app
from tests.factories import build_site_tree
from tests.members.factories import AgencyFactory, MembershipFactory, PersonFactory
from tests.members.register.factories import record_person

PHONE = {"width": 360, "height": 740}


@pytest.fixture
def two_agencies(live_server, transactional_db):
    """Ana Popa, supported in Brussels and known in Cluj under the same name."""
    build_site_tree()
    brussels = AgencyFactory(name="Carrefour Accueil", country="BE", city="Brussels")
    cluj = AgencyFactory(name="Casa Cluj", country="RO", city="Cluj")
    karim = PersonFactory(username="karim", email="karim@example.org")
    ioana = PersonFactory(username="ioana", email="ioana@example.org")
    MembershipFactory(user=karim, agency=brussels, role=AgencyRole.CASEWORKER)
    MembershipFactory(user=ioana, agency=cluj, role=AgencyRole.CASEWORKER)
    birth = BirthDate(1981, 6, 3)
    ours = record_person(by=karim, given_names="Ana", family_names="Popa", birth=birth)
    record_person(by=ioana, given_names="Ana", family_names="Popa", birth=birth)
    return live_server, ours


def check(page: Page, axe, what: str) -> None:
    assert sideways_overflow(page) <= 0, f"{what} scrolls sideways"
    assert_accessible(axe, page, f"{what} at 360 px")


def test_ask_send_and_receive_a_contact_request(
    two_agencies, page: Page, browser, axe, authenticator_app
):
    server, ours = two_agencies
    base = server.url
    page.set_viewport_size(PHONE)
    sign_in_with_app(page, base, "karim@example.org", authenticator_app)
    page.goto(f"{base}/en/members/register/people/{ours.pk}/")
    page.get_by_role("button", name="Ask whether another agency knows this person").click()
    expect(page.get_by_role("status")).to_contain_text(
        "An agency in Romania may already support this person."
    )
    check(page, axe, "discovery answer")
    page.get_by_role("link", name="Send a contact request").click()
    check(page, axe, "contact request form")
    page.get_by_label("Purpose").select_option("housing")
    page.get_by_role("button", name="Send the contact request").click()
    expect(page.locator("#discovery")).to_contain_text("To the agency in Romania")
    check(page, axe, "person page with discovery")

    other = browser.new_context(viewport=PHONE).new_page()
    sign_in_with_app(other, base, "ioana@example.org", authenticator_app)
    other.goto(f"{base}/en/members/register/contact-requests/")
    check(other, axe, "contact requests received")
    other.get_by_role("table").get_by_role("link").first.click()
    expect(other.get_by_role("heading", level=1)).to_contain_text("Carrefour Accueil")
    check(other, axe, "contact request received")
    other.get_by_label("Decline it").check()
    other.get_by_role("button", name="Save the answer").click()
    expect(other.get_by_role("table")).to_contain_text("Declined")
