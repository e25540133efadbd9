"""Erasure and retention in a real browser, on a 360 px phone: the Brussels agency admin
keeps a record active, then erases a record Cluj had received; the Cluj caseworker
confirms erasing its copy, and the admin sees the confirmation. Every page: no axe
violations, nothing scrolls sideways."""

import pytest
from playwright.sync_api import Page, expect

from members.agencies.models import AgencyRole
from members.register.records import BirthDate
from members.register.sharing_services import referral_accept
from tests.accounts import give_second_factor
from tests.e2e.browser import assert_accessible, sideways_overflow, sign_in_with_app
from tests.e2e.test_register_sharing import confirm_password
from tests.factories import build_site_tree
from tests.members.factories import AgencyFactory, MembershipFactory, PersonFactory
from tests.members.register.factories import offer_referral, record_movement, record_person

PHONE = {"width": 360, "height": 740}


@pytest.fixture
def shared_record(live_server, transactional_db):
    """Amélie administers a Brussels agency whose Ioana Popescu was referred to Cluj and
    accepted there by Andrei."""
    build_site_tree()
    brussels = AgencyFactory(name="Carrefour Accueil", country="BE", city="Brussels")
    cluj = AgencyFactory(name="Casa Speranta", country="RO", city="Cluj-Napoca")
    amelie = PersonFactory(username="amelie", email="amelie@example.org", first_name="Amélie")
    andrei = PersonFactory(username="andrei", email="andrei@example.org", first_name="Andrei")
    MembershipFactory(user=amelie, agency=brussels, role=AgencyRole.AGENCY_ADMIN)
    MembershipFactory(user=andrei, agency=cluj, role=AgencyRole.CASEWORKER)
    for user in (amelie, andrei):
        give_second_factor(user)
    person = record_person(
        by=amelie, given_names="Ioana", family_names="Popescu", birth=BirthDate(1988, 4, 2)
    )
    record_movement(person, by=amelie)
    referral_accept(user=andrei, referral=offer_referral(person, by=amelie, to=cluj))
    return live_server, person


def check(page: Page, axe, what: str) -> None:
    assert sideways_overflow(page) <= 0, f"{what} scrolls sideways"
    assert_accessible(axe, page, f"{what} at 360 px")


def test_keep_active_then_erase_and_the_recipient_confirms(
    shared_record, page: Page, browser, axe, authenticator_app
):
    server, person = shared_record
    base = server.url
    page.set_viewport_size(PHONE)
    sign_in_with_app(page, base, "amelie@example.org", authenticator_app)
    page.goto(f"{base}/en/members/register/people/{person.pk}/")

    # Retention: the owner keeps the record active with a listed reason.
    retention = page.locator("#retention")
    expect(retention).to_contain_text("will be anonymised on")
    check(page, axe, "the person page with its retention section")
    retention.get_by_label("We still support the person").check()
    retention.get_by_role("button", name="Keep active").click()
    expect(page.get_by_role("main")).to_contain_text("The record is kept active.")

    # Erasure: the consequences, the agencies told, the password, then the status.
    page.get_by_role("link", name="Erase this record").click()
    confirm_password(page)
    expect(page.get_by_role("heading", level=1)).to_contain_text("Erase this record")
    expect(page.get_by_role("main")).to_contain_text("Casa Speranta")
    check(page, axe, "the erasure form")
    page.get_by_role("button", name="Erase the record").click()
    # Not ticked: an error summary, nothing erased.
    expect(page.get_by_role("alert")).to_contain_text("Tick the box to confirm you understand.")
    check(page, axe, "the erasure form with its error")
    page.get_by_label("I understand that the record cannot be restored").check()
    page.get_by_role("button", name="Erase the record").click()
    expect(page.get_by_role("main")).to_contain_text("Not confirmed yet")
    check(page, axe, "the erasure status page")
    status_url = page.url

    # Cluj: the request to erase its copy, and the confirmation.
    other = browser.new_context(viewport=PHONE)
    cluj = other.new_page()
    sign_in_with_app(cluj, base, "andrei@example.org", authenticator_app)
    response = cluj.goto(f"{base}/en/members/register/people/{person.pk}/")
    assert response.status == 404
    cluj.goto(f"{base}/en/members/register/erasures/")
    expect(cluj.get_by_role("main")).to_contain_text("Carrefour Accueil")
    check(cluj, axe, "the recipient's erasures page")
    cluj.get_by_role("button", name="Confirm we erased our copy").click()
    expect(cluj.get_by_role("main")).to_contain_text("Thank you: the agency that asked was told.")
    other.close()

    page.goto(status_url)
    expect(page.get_by_role("main")).to_contain_text("Confirmed on")
    check(page, axe, "the erasure status page, confirmed")
