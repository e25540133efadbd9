"""Across borders in a real browser: a Brussels caseworker refers a person to an agency in
Cluj with the person's consent, the Cluj caseworker accepts from the inbox and reads the
record, the Brussels caseworker revokes the consent, and the next request in Cluj is 404.
Every new page: no axe violations."""

import datetime

import pytest
from playwright.sync_api import Page, expect

from django.utils import timezone

from members.agencies.models import AgencyRole
from members.register.models import Referral
from members.register.records import BirthDate
from tests.accounts import give_second_factor
from tests.e2e.browser import assert_accessible, sign_in_with_app
from tests.factories import build_site_tree
from tests.members.factories import PASSWORD, AgencyFactory, MembershipFactory, PersonFactory
from tests.members.register.factories import record_movement, record_person


@pytest.fixture
def two_agencies(live_server, transactional_db):
    """Karim of a Brussels agency has recorded Ioana Popescu; Andrei works in Cluj."""
    build_site_tree()
    brussels = AgencyFactory(name="Carrefour Accueil", country="BE", city="Brussels")
    cluj = AgencyFactory(name="Casa Speranta", country="RO", city="Cluj-Napoca")
    karim = PersonFactory(username="karim", email="karim@example.org", first_name="Karim")
    andrei = PersonFactory(username="andrei", email="andrei@example.org", first_name="Andrei")
    MembershipFactory(user=karim, agency=brussels, role=AgencyRole.CASEWORKER)
    MembershipFactory(user=andrei, agency=cluj, role=AgencyRole.CASEWORKER)
    for user in (karim, andrei):
        give_second_factor(user)
    person = record_person(
        by=karim, given_names="Ioana", family_names="Popescu", birth=BirthDate(1988, 4, 2)
    )
    record_movement(person, by=karim)
    return live_server, person


def confirm_password(page: Page) -> None:
    """The site asks for the password again before a sensitive action."""
    expect(page.get_by_role("heading", level=1)).to_have_text("Confirm Access")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Confirm").click()


def test_refer_accept_read_and_revoke(two_agencies, page: Page, browser, axe, authenticator_app):
    server, person = two_agencies
    base = server.url
    person_url = f"{base}/en/members/register/people/{person.pk}/"

    # Brussels: the offer and its consent, in one form.
    sign_in_with_app(page, base, "karim@example.org", authenticator_app)
    page.goto(person_url)
    page.get_by_role("link", name="Share with another agency").click()
    confirm_password(page)
    assert_accessible(axe, page, "the offer form")
    scope = page.get_by_role("group", name="Parts of the record that travel")
    expect(scope.get_by_label("Sensitive section")).not_to_be_checked()
    expect(scope.get_by_label("Identity")).to_be_checked()
    page.locator("#id_to_agency").select_option(label="Casa Speranta (Cluj-Napoca, Romania)")
    page.get_by_label("Purpose").select_option("continued-support")
    page.get_by_label("Message to the receiving agency").fill("Arrives next week by bus.")
    page.get_by_label("Signed form").check()
    valid_until = timezone.localdate() + datetime.timedelta(days=90)
    page.get_by_label("Valid until").fill(valid_until.isoformat())
    page.get_by_role("button", name="Record the consent and send the offer").click()
    sharing = page.locator("#sharing")
    expect(sharing).to_contain_text("Offered (Referral)")
    expect(sharing).to_contain_text("Casa Speranta")
    assert_accessible(axe, page, "the person page with a consent and the ledger")
    page.goto(f"{base}/en/members/register/outbox/")
    expect(page.locator("tbody")).to_contain_text("Waiting for an answer")
    assert_accessible(axe, page, "the outbox")
    assert Referral.objects.get().state == "pending"

    # Cluj: the inbox names the sending agency, never the person; accepting opens the record.
    cluj = browser.new_context()
    other = cluj.new_page()
    sign_in_with_app(other, base, "andrei@example.org", authenticator_app)
    assert other.goto(person_url).status == 404
    other.goto(f"{base}/en/members/register/inbox/")
    offer = other.locator("article")
    expect(offer).to_contain_text("Referral from Carrefour Accueil")
    expect(offer).not_to_contain_text("Popescu")
    assert_accessible(axe, other, "the inbox with an offer")
    offer.get_by_role("button", name="Accept").click()
    confirm_password(other)
    expect(other.get_by_role("heading", level=1)).to_contain_text("Ioana Popescu")
    expect(other.locator("#sharing")).to_contain_text("Carrefour Accueil")
    assert_accessible(axe, other, "the shared record, seen in Cluj")

    # Brussels revokes the consent; Cluj's next request is 404.
    page.goto(person_url)
    page.locator("#sharing").get_by_role("button", name="Revoke the consent").click()
    expect(page.locator("#sharing")).to_contain_text("Access ended: consent was revoked")
    assert other.goto(person_url).status == 404
    cluj.close()


# Transfers (issue 15): ownership moves to Cluj on acceptance.
def test_transfer_accept_own_and_the_old_owner_loses_access(
    two_agencies, page: Page, browser, axe, authenticator_app
):
    server, person = two_agencies
    base = server.url
    person_url = f"{base}/en/members/register/people/{person.pk}/"

    # Brussels offers a transfer, keeping nothing (the default).
    sign_in_with_app(page, base, "karim@example.org", authenticator_app)
    page.goto(f"{person_url}share/")
    confirm_password(page)
    page.get_by_label("Transfer").check()
    keep = page.get_by_role("group", name="After the transfer, keep access to")
    for box in keep.get_by_role("checkbox").all():
        expect(box).not_to_be_checked()
    assert_accessible(axe, page, "the offer form with the transfer chosen")
    page.locator("#id_to_agency").select_option(label="Casa Speranta (Cluj-Napoca, Romania)")
    page.get_by_label("Signed form").check()
    valid_until = timezone.localdate() + datetime.timedelta(days=90)
    page.get_by_label("Valid until").fill(valid_until.isoformat())
    page.get_by_role("button", name="Record the consent and send the offer").click()
    expect(page.locator("#sharing")).to_contain_text("Offered (Transfer)")

    # Cluj accepts from the inbox and owns the record: it may change the identity.
    cluj = browser.new_context()
    other = cluj.new_page()
    sign_in_with_app(other, base, "andrei@example.org", authenticator_app)
    other.goto(f"{base}/en/members/register/inbox/")
    offer = other.locator("article")
    expect(offer).to_contain_text("Transfer from Carrefour Accueil")
    offer.get_by_role("button", name="Accept").click()
    confirm_password(other)
    expect(other.get_by_role("heading", level=1)).to_contain_text("Ioana Popescu")
    ledger = other.locator("#sharing")
    expect(ledger).to_contain_text("Transferred to this agency by Carrefour Accueil")
    assert_accessible(axe, other, "the transferred record, owned in Cluj")
    assert other.goto(f"{person_url}identity/").status == 200
    expect(other.get_by_role("heading", level=1)).to_be_visible()
    cluj.close()

    # Brussels: the next request is 404.
    assert page.goto(person_url).status == 404
