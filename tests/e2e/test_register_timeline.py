"""A caseworker in a real browser: records a person past the duplicate warning, adds a
movement, corrects it and reads the timeline; the sensitive section opens only with a
reason; the history shows the changes. Every register page: no axe violations."""

import pytest
from playwright.sync_api import Page, expect

from members.agencies.models import AgencyRole, AuditAction, AuditEvent
from members.register.models import Person
from members.register.records import BirthDate, Sensitive
from tests.e2e.browser import assert_accessible, sign_in_with_app
from tests.factories import build_site_tree
from tests.members.factories import AgencyFactory, MembershipFactory, PersonFactory
from tests.members.register.factories import record_person

CANARY = "Asthma-canary-Vq3"


@pytest.fixture
def caseworker_site(live_server, transactional_db):
    """A Belgian agency whose admin already recorded Ioana Popescu, born in 1988."""
    build_site_tree()
    agency = AgencyFactory(name="Carrefour Accueil", country="BE", city="Brussels")
    karim = PersonFactory(username="karim", email="karim@example.org", first_name="Karim")
    # An agency admin keeps records too, and reads the agency's audit log.
    MembershipFactory(user=karim, agency=agency, role=AgencyRole.AGENCY_ADMIN)
    record_person(
        by=karim,
        given_names="Ioana",
        family_names="Popescu",
        birth=BirthDate(1988, 4, 2),
        sensitive=Sensitive(health=CANARY),
    )
    return live_server


def test_record_a_person_then_add_and_correct_a_movement(
    caseworker_site, page: Page, axe, authenticator_app
):
    base = caseworker_site.url
    sign_in_with_app(page, base, "karim@example.org", authenticator_app)
    page.goto(f"{base}/en/members/register/people/new/")

    # Someone who may be the person already on record: the warning comes first.
    page.get_by_label("Given names").fill("Ioana")
    page.get_by_label("Family names").fill("Popesco")
    page.get_by_label("Year").fill("1988")
    page.get_by_label("Legal basis for keeping this record").select_option("consent")
    page.get_by_role("button", name="Record the person").click()
    warning = page.locator("#possible-earlier-records")
    expect(warning).to_be_visible()
    expect(warning.get_by_role("link", name="Ioana Popescu")).to_be_visible()
    assert_accessible(axe, page, "the duplicate warning")
    page.get_by_role("button", name="This is someone else: record them").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Ioana Popesco")
    assert Person.objects.count() == 2
    assert "popesc" not in page.url.lower()
    assert_accessible(axe, page, "the new person's page")

    # A movement, then its correction.
    page.get_by_role("link", name="Add a movement").click()
    assert_accessible(axe, page, "the movement form")
    page.get_by_label("What happened").select_option("arrived")
    page.locator("#id_date").fill("2026-03-14")
    page.get_by_label("Country the person came from").select_option("RO")
    page.get_by_label("Country the person went to").select_option("BE")
    page.get_by_label("Self-reported").check()
    page.get_by_role("button", name="Add the movement").click()
    timeline = page.locator("#timeline")
    expect(timeline.locator("li.timeline__entry")).to_have_count(1)
    expect(timeline).to_contain_text("Belgium")

    timeline.get_by_role("link", name="Correct this entry").click()
    assert_accessible(axe, page, "the correction form")
    page.get_by_label("Country the person went to").select_option("NL")
    page.get_by_role("button", name="Save the correction").click()
    entries = page.locator("#timeline li.timeline__entry")
    expect(entries).to_have_count(2)
    expect(page.locator("#timeline li.timeline__entry--corrected")).to_have_count(1)
    expect(page.locator("#timeline")).to_contain_text("Netherlands")
    expect(page.locator("#timeline")).to_contain_text("Corrects the entry")
    assert_accessible(axe, page, "the timeline with a correction")

    # The history of changes, and a case note.
    page.get_by_role("link", name="History of changes").click()
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    assert_accessible(axe, page, "the history of changes")
    page.go_back()
    page.get_by_role("link", name="Write a case note").click()
    assert_accessible(axe, page, "the note form")
    person = Person.objects.exclude(pk__in=Person.objects.filter(sensitive__isnull=False)).get()
    assert AuditEvent.objects.filter(
        person_uuid=person.pk, action=AuditAction.MOVEMENT_CORRECT
    ).exists()


def test_the_sensitive_section_opens_only_with_a_reason(
    caseworker_site, page: Page, axe, authenticator_app
):
    base = caseworker_site.url
    sign_in_with_app(page, base, "karim@example.org", authenticator_app)
    page.goto(f"{base}/en/members/register/")
    assert_accessible(axe, page, "the register")
    page.get_by_role("link", name="Ioana Popescu").click()
    expect(page.get_by_text(CANARY)).to_have_count(0)
    page.get_by_role("link", name="Open the sensitive section").click()
    assert_accessible(axe, page, "the reason form")
    page.get_by_role("button", name="Open the sensitive section").click()
    expect(page.locator("#error-summary")).to_be_visible()
    expect(page.get_by_text(CANARY)).to_have_count(0)
    page.get_by_label("Keeping the person safe").check()
    page.get_by_role("button", name="Open the sensitive section").click()
    expect(page.get_by_label("Health")).to_have_value(CANARY)
    assert CANARY not in page.url
    assert_accessible(axe, page, "the open sensitive section")
    reveal = AuditEvent.objects.get(action=AuditAction.SENSITIVE_REVEAL)
    assert reveal.reason == "safeguarding"


def test_the_agency_admin_reads_who_opened_the_sensitive_section(
    caseworker_site, page: Page, axe, authenticator_app
):
    base = caseworker_site.url
    person = Person.objects.get()
    sign_in_with_app(page, base, "karim@example.org", authenticator_app)
    page.goto(f"{base}/en/members/register/people/{person.pk}/sensitive/")
    page.get_by_label("A health emergency").check()
    page.get_by_role("button", name="Open the sensitive section").click()
    expect(page.get_by_label("Health")).to_have_value(CANARY)

    page.goto(f"{base}/en/members/agencies/{person.agency_id}/audit/")
    assert_accessible(axe, page, "the audit log")
    page.get_by_label("Action").select_option("sensitive.reveal")
    page.get_by_role("button", name="Show events").click()
    rows = page.locator("table.audit-log tbody tr")
    expect(rows).to_have_count(1)
    expect(rows.first).to_contain_text("A health emergency")
    expect(page.get_by_text(CANARY)).to_have_count(0)
    assert_accessible(axe, page, "the filtered audit log")
