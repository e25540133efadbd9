"""Subject access and portability (issue 15, deliverable 5; GDPR Art. 15 and 20).

The owning agency exports everything about one person: the bundle has every part, every
recipient from the ledger, every reader from every agency's audit trail (by agency and
role, staff named only when the agency chooses, and never another agency's), as a JSON
download or a printable page in the person's language, after the password, audited,
never cached.
"""

import datetime
import json

import pytest
import time_machine

from django.urls import reverse
from django.utils import timezone

from members.agencies.models import AgencyRole, AuditAction, AuditEvent
from members.agencies.services import membership_change_role
from members.register import discovery, services
from members.register.records import Contact, Sensitive
from members.register.sharing_services import referral_accept, referral_decline
from members.register.subject_access import SECTIONS, subject_access_bundle
from members.register.vocabulary import RevealReason, SharePart
from tests.accounts import give_second_factor, sign_in
from tests.html import find, find_all, parse, text
from tests.members.factories import MembershipFactory, PersonFactory
from tests.members.register.factories import (
    offer_referral,
    record_movement,
    record_person,
    share_person,
)

pytestmark = pytest.mark.django_db


def export_url(person) -> str:
    return reverse("members:register_subject_access", kwargs={"person_id": person.pk})


def export(client, person, **fields):
    data = {"output": "json", "language": "en"} | fields
    return client.post(export_url(person), data)


@pytest.fixture
def record(people):
    """A's person with every part filled, shared with B (which read and wrote), offered
    to the unlisted agency (declined), and a movement of B's."""
    worker = people["caseworker_a"]
    person = record_person(
        by=worker,
        family_names="Dumitrescu",
        given_names="Elena",
        contact=Contact(phone="+32 470 00 00 00", email="elena@example.org"),
        sensitive=Sensitive(health="Asthma", community="Roma"),
        languages=["fr", "ro"],
        support_needs=["housing"],
    )
    record_movement(person, by=worker, note="Came by bus.")
    services.note_write(user=worker, person=person, body="First meeting.")
    share = share_person(person, people["b"], scope=SharePart.values)
    services.sensitive_reveal(
        user=people["caseworker_b"], person=person, reason=RevealReason.SAFEGUARDING
    )
    record_movement(person, by=people["caseworker_b"], from_country="BE", to_country="RO")
    offer = offer_referral(person, by=worker, to=people["hidden"])
    hidden_worker = PersonFactory()
    MembershipFactory(user=hidden_worker, agency=people["hidden"], role=AgencyRole.CASEWORKER)
    referral_decline(user=hidden_worker, referral=offer, reason="no-capacity")
    return {"person": person, "share": share, "offer": offer}


def test_the_bundle_has_every_part(people, record):
    bundle = subject_access_bundle(person=record["person"], language="en")
    assert tuple(bundle) == SECTIONS
    data = bundle["data"]
    assert data["identity"]["family_names"] == "Dumitrescu"
    assert data["identity"]["birth"] == {
        "date": "1985-03-12",
        "precision": {"code": "day", "label": "Full date"},
    }
    assert data["contact"]["email"] == "elena@example.org"
    # Art. 15: the sensitive section is the person's data too.
    assert data["sensitive"] == {"health": "Asthma", "community": "Roma", "other": ""}
    assert data["profile"]["languages"][0]["code"] == "fr"
    assert data["profile"]["support_needs"] == [{"code": "housing", "label": "Housing"}]
    assert [m["note"] for m in data["movements"]] == ["Came by bus.", ""]
    assert [m["recording_agency"]["name"] for m in data["movements"]] == ["Agency A", "Agency B"]
    assert [n["body"] for n in data["case_notes"]] == ["First meeting."]
    purposes = bundle["purposes_and_legal_bases"]
    assert purposes["legal_basis"]["code"] == "consent"
    assert purposes["legal_basis"]["since"] == "2026-01-05"
    assert {c["recipient"]["name"] for c in purposes["consents"]} == {
        "Agency B",
        "Unlisted agency",
    }
    assert bundle["retention"]["period_months"] == 24
    sources = {row["agency"]["name"]: row for row in bundle["sources"]["by_agency"]}
    assert sources["Agency A"]["movements"] == 1
    assert sources["Agency B"]["movements"] == 1
    assert bundle["sources"]["recorded_by_agency"]["name"] == "Agency A"


def test_every_recipient_of_the_ledger_is_in_the_bundle(people, record):
    recipients = subject_access_bundle(person=record["person"], language="en")["recipients"]
    assert [(o["to_agency"]["name"], o["state"]["code"]) for o in recipients["offers"]] == [
        ("Unlisted agency", "declined")
    ]
    assert recipients["offers"][0]["decline_reason"]["code"] == "no-capacity"
    assert [(s["agency"]["name"], s["active"]) for s in recipients["shares"]] == [
        ("Agency B", True)
    ]
    assert {part["code"] for part in recipients["shares"][0]["scope"]} == set(SharePart.values)


def test_an_accepted_offer_and_its_share_are_both_there(people):
    person = record_person(by=people["caseworker_a"])
    referral = offer_referral(person, by=people["caseworker_a"], to=people["b"])
    referral_accept(user=people["caseworker_b"], referral=referral)
    recipients = subject_access_bundle(person=person, language="en")["recipients"]
    assert recipients["offers"][0]["state"]["code"] == "accepted"
    assert recipients["shares"][0]["offer"] == str(referral.pk)


def test_a_contact_request_names_a_country_never_the_agency(people):
    ours = record_person(by=people["caseworker_a"], family_names="Askescu")
    record_person(by=people["caseworker_b"], family_names="Askescu")
    answer = discovery.discovery_lookup(user=people["caseworker_a"], person=ours)
    discovery.contact_request_send(
        user=people["caseworker_a"],
        person=ours,
        lookup_id=answer.lookup_id,
        country="RO",
        purpose="housing",
        message="Can we talk?",
    )
    bundle = subject_access_bundle(person=ours, language="en")
    assert bundle["recipients"]["contact_requests"] == [
        {
            "country": {"code": "RO", "label": "Romania"},
            "sent_at": bundle["recipients"]["contact_requests"][0]["sent_at"],
            "state": {"code": "pending", "label": "Waiting for an answer"},
        }
    ]
    assert "Agency B" not in json.dumps(bundle)


def test_every_reader_from_every_trail_is_in_the_access_log(people, record):
    log = subject_access_bundle(person=record["person"], language="en")["access_log"]
    acts = [(row["agency"]["name"], row["role"]["code"], row["action"]["code"]) for row in log]
    assert ("Agency A", "caseworker", AuditAction.PERSON_CREATE) in acts
    assert ("Agency A", "caseworker", AuditAction.NOTE_WRITE) in acts
    # B's reader, once (its read is in A's trail and B's), for B, with B's role.
    assert acts.count(("Agency B", "caseworker", AuditAction.SENSITIVE_REVEAL)) == 1
    assert ("Agency B", "caseworker", AuditAction.MOVEMENT_RECORD) in acts
    assert ("Unlisted agency", "caseworker", AuditAction.REFERRAL_DECLINE) in acts
    reveal = next(row for row in log if row["action"]["code"] == AuditAction.SENSITIVE_REVEAL)
    assert reveal["reason"]["code"] == RevealReason.SAFEGUARDING
    # As many rows as acts: every row of every trail, less the owner's copies.
    rows = AuditEvent.objects.filter(person_uuid=record["person"].pk)
    copies = rows.filter(agency=people["a"]).exclude(actor__memberships__agency=people["a"])
    assert len(log) == rows.count() - copies.count()


def test_no_staff_named_unless_chosen_and_never_another_agencys(people, record):
    people["caseworker_a"].first_name, people["caseworker_a"].last_name = "Ada", "Ourworker"
    people["caseworker_a"].save()
    people["caseworker_b"].first_name, people["caseworker_b"].last_name = "Bo", "Theirworker"
    people["caseworker_b"].save()
    plain = json.dumps(subject_access_bundle(person=record["person"], language="en"))
    for name in ("Ourworker", "Theirworker", people["caseworker_b"].email):
        assert name not in plain
    assert people["caseworker_a"].email not in plain
    named = subject_access_bundle(person=record["person"], language="en", name_staff=True)
    staff = {row["staff"] for row in named["access_log"]}
    assert "Ada Ourworker" in staff
    assert not any("Theirworker" in (name or "") for name in staff)
    assert "Theirworker" not in json.dumps(named)
    assert people["caseworker_b"].email not in json.dumps(named)
    assert named["data"]["movements"][0]["recorded_by"] == "Ada Ourworker"
    assert named["data"]["movements"][1]["recorded_by"] is None


def test_the_role_at_the_time_comes_from_the_trail(people):
    admin = people["admin_a"]
    worker = PersonFactory()
    membership = MembershipFactory(user=worker, agency=people["a"], role=AgencyRole.CASEWORKER)
    person = record_person(by=people["caseworker_a"])
    start = timezone.now() + datetime.timedelta(minutes=1)
    with time_machine.travel(start, tick=False):
        membership_change_role(
            membership=membership, role=AgencyRole.AGENCY_ADMIN, changed_by=admin
        )
    with time_machine.travel(start + datetime.timedelta(minutes=1), tick=False):
        services.register_read_record(user=worker, action=AuditAction.PERSON_VIEW, person=person)
    with time_machine.travel(start + datetime.timedelta(minutes=2), tick=False):
        membership_change_role(membership=membership, role=AgencyRole.CASEWORKER, changed_by=admin)
    log = subject_access_bundle(person=person, language="en")["access_log"]
    view = next(row for row in log if row["action"]["code"] == AuditAction.PERSON_VIEW)
    assert (view["role"]["code"], view["role_as_of"]) == (AgencyRole.AGENCY_ADMIN, "at-the-time")
    # The fixture's staff joined without a trail: their role is the one they have now.
    created = next(row for row in log if row["action"]["code"] == AuditAction.PERSON_CREATE)
    assert (created["role"]["code"], created["role_as_of"]) == (AgencyRole.CASEWORKER, "now")


# --- The screens ------------------------------------------------------------------------


def test_the_json_download(client, people, record):
    sign_in(client, people["caseworker_a"], recently=True)
    response = export(client, record["person"])
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json; charset=utf-8"
    person_id = record["person"].pk
    assert response["Content-Disposition"] == (
        f'attachment; filename="subject-access-{person_id}.json"'
    )
    assert "no-store" in response["Cache-Control"]
    bundle = json.loads(response.content)
    assert tuple(bundle) == SECTIONS
    assert bundle["schema"] == "subject-access/1"
    assert bundle["person"] == {"id": str(person_id)}
    datetime.datetime.fromisoformat(bundle["generated_at"])
    assert bundle["data"]["identity"]["family_names"] == "Dumitrescu"
    # The export is audited and is itself in the log it exports.
    assert bundle["access_log"][-1]["action"]["code"] == AuditAction.SUBJECT_ACCESS_EXPORT


def test_the_export_is_audited(client, people, record):
    sign_in(client, people["admin_a"], recently=True)
    export(client, record["person"], name_staff="on", output="html", language="fr")
    row = AuditEvent.objects.filter(agency=people["a"]).order_by("-sequence").first()
    assert row.action == AuditAction.SUBJECT_ACCESS_EXPORT
    assert row.person_uuid == record["person"].pk
    assert row.actor == people["admin_a"]
    assert row.detail == "html fr named"


def test_the_printable_page_in_the_persons_language(client, people, record):
    sign_in(client, people["caseworker_a"], recently=True)
    form = client.get(export_url(record["person"]))
    # The first of the person's languages that is a site language.
    assert find(form, "option", selected=True).attributes["value"] == "fr"
    response = export(client, record["person"], output="html", language="fr")
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    assert response["Content-Language"] == "fr"
    page = parse(response)
    assert find(page, "html").attributes["lang"] == "fr"
    assert "Dumitrescu" in text(find(page, "h1"))
    assert "Roumanie" in response.content.decode()  # a country's name, in French
    assert "Asthma" in response.content.decode()
    assert "attachment" not in response.get("Content-Disposition", "")


def test_the_form_defaults_to_the_readers_language_without_a_site_language(client, people):
    person = record_person(by=people["caseworker_a"], languages=["rom"])
    sign_in(client, people["caseworker_a"], recently=True)
    form = client.get(export_url(person))
    assert find(form, "option", selected=True).attributes["value"] == "en"


def test_the_person_page_offers_the_request_to_the_owner_only(client, people, record):
    sign_in(client, people["caseworker_a"])
    page = client.get(reverse("members:register_person", args=[record["person"].pk]))
    assert export_url(record["person"]) in page.content.decode()
    sign_in(client, people["caseworker_b"])
    page = client.get(reverse("members:register_person", args=[record["person"].pk]))
    assert page.status_code == 200
    assert export_url(record["person"]) not in page.content.decode()


def test_the_password_is_asked_first(client, people, record):
    sign_in(client, people["caseworker_a"])
    for response in (client.get(export_url(record["person"])), export(client, record["person"])):
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("account_reauthenticate"))
    assert not AuditEvent.objects.filter(action=AuditAction.SUBJECT_ACCESS_EXPORT).exists()


@pytest.mark.parametrize("who", ["caseworker_b", "member_a", "coordinator"])
def test_anyone_but_the_owner_gets_404(client, people, record, who):
    """A receiving agency with every part in scope is not the owner either."""
    sign_in(client, people[who], recently=True)
    assert client.get(export_url(record["person"])).status_code == 404
    assert export(client, record["person"]).status_code == 404
    assert not AuditEvent.objects.filter(action=AuditAction.SUBJECT_ACCESS_EXPORT).exists()


def test_a_bad_choice_shows_the_form_again_and_exports_nothing(client, people, record):
    sign_in(client, people["caseworker_a"], recently=True)
    response = export(client, record["person"], output="pdf", language="xx")
    assert response.status_code == 200
    form = find(response, "form", action=export_url(record["person"]))
    assert find_all(form, "ul", class_="errorlist")
    assert not AuditEvent.objects.filter(action=AuditAction.SUBJECT_ACCESS_EXPORT).exists()


def test_a_new_user_joining_has_no_role_history_but_still_a_role(people):
    user = PersonFactory()
    give_second_factor(user)
    MembershipFactory(user=user, agency=people["a"], role=AgencyRole.AGENCY_ADMIN)
    person = record_person(by=user)
    log = subject_access_bundle(person=person, language="en")["access_log"]
    assert log[0]["role"] == {"code": "agency-admin", "label": "Agency administrator"}
