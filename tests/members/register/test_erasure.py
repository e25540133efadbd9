"""Erasure on request (issue 15, deliverable 4): the data key destroyed, the identifying rows
gone, movements kept as anonymous counts, every recipient told and asked to confirm, the
legal hold, and who may do it (the owning agency's admins only)."""

import pytest

from django.core.exceptions import ValidationError
from django.db import connection
from django.db.models import Count
from django.urls import reverse

from members.agencies.models import AuditAction
from members.notifications.models import Notification
from members.register import discovery, erasure, services, sharing_services
from members.register.crypto import RegisterDecryptionError
from members.register.keys import data_key_of
from members.register.models import (
    CaseNote,
    Consent,
    ContactRequest,
    DiscoveryLookup,
    Erasure,
    ErasureConfirmation,
    Movement,
    Person,
    Referral,
    Share,
)
from members.register.records import NOTE_TABLE, PERSON_TABLE, unseal
from members.register.vocabulary import ErasureState
from tests.accounts import sign_in
from tests.html import find, find_all, parse, text
from tests.members.register.factories import offer_referral, record_movement, record_person
from tests.members.register.screens import CANARIES, audit_rows, person_with_canaries, url

pytestmark = pytest.mark.django_db

NAME = "Dumitrescu"


@pytest.fixture
def shared(people):
    """A person of Agency A with movements, a note, a lookup, and a share accepted by B."""
    worker = people["caseworker_a"]
    person = person_with_canaries(worker)
    record_movement(person, by=worker, note="Slept at the shelter")
    record_movement(person, by=worker, to_country="FR", from_country="BE")
    note = services.note_write(user=worker, person=person, body="Met at the centre")
    referral = offer_referral(person, by=worker, to=people["b"], message="Arrives Monday")
    sharing_services.referral_accept(user=people["caseworker_b"], referral=referral)
    record_person(by=people["caseworker_b"], given_names="Ioana Maria", family_names=NAME)
    discovery.discovery_lookup(user=worker, person=person)
    return {"person": person, "note": note}


def raw_person(person) -> dict:
    with connection.cursor() as cursor:
        cursor.execute("SELECT * FROM register_person WHERE id = %s", [person.pk])
        columns = [column.name for column in cursor.description]
        return dict(zip(columns, cursor.fetchone(), strict=True))


def test_erasure_destroys_the_key_and_the_rows_that_identify_the_person(people, shared):
    person, note = shared["person"], shared["note"]
    identity, body = bytes(person.identity), bytes(note.body)
    key = data_key_of(person)
    assert unseal(key, identity, table=PERSON_TABLE, row=person.pk, name="identity")

    done = erasure.person_erase(user=people["admin_a"], person=person)

    assert done.state == ErasureState.ERASED
    tombstone = Person.objects.get(pk=person.pk)
    assert tombstone.erased_at is not None
    with pytest.raises(RegisterDecryptionError):
        data_key_of(tombstone)
    # A copy of the ciphertexts (a backup) opens only with the old key, which is gone.
    row = raw_person(person)
    assert bytes(row["wrapped_key"]) == b"" and bytes(row["identity"]) == b""
    assert row["contact"] is None and row["sensitive"] is None
    assert row["name_index"] == "" and row["phonetic_index"] == ""
    assert row["citizenship"] == "" and str(row["languages"]) == "[]"
    dump = repr(row)
    assert NAME not in dump and not any(canary in dump for canary in CANARIES)
    assert not CaseNote.objects.filter(person_id=person.pk).exists()
    with pytest.raises(RegisterDecryptionError):
        unseal(b"\x00" * 32, body, table=NOTE_TABLE, row=note.pk, name="body")
    for model in (Consent, Referral, Share, DiscoveryLookup, ContactRequest):
        assert not model.objects.filter(person_id=person.pk).exists(), model


def test_movements_stay_as_anonymous_counts(people, shared):
    person = shared["person"]
    before = dict(Movement.objects.values_list("to_country").annotate(n=Count("pk")).order_by())
    erasure.person_erase(user=people["admin_a"], person=person)
    after = dict(Movement.objects.values_list("to_country").annotate(n=Count("pk")).order_by())
    assert after == before and after["BE"] >= 1 and after["FR"] >= 1
    # Nobody reads them as a person's history any more.
    assert not Movement.objects.visible_to(people["caseworker_a"]).filter(person=person).exists()


def test_the_person_is_gone_for_everyone(client, people, shared):
    person = shared["person"]
    erasure.person_erase(user=people["admin_a"], person=person)
    for user in ("caseworker_a", "admin_a", "caseworker_b"):
        sign_in(client, people[user])
        assert client.get(url("register_person", person)).status_code == 404
        listed = client.get(reverse("members:register")).content.decode()
        assert str(person.pk) not in listed
        # Agency B has a person of that name of its own (the discovery match).
        assert user == "caseworker_b" or NAME not in listed


def test_every_recipient_is_told_without_personal_data_and_confirms(client, people, shared):
    person = shared["person"]
    done = erasure.person_erase(user=people["admin_a"], person=person)
    confirmation = ErasureConfirmation.objects.get(erasure=done)
    assert confirmation.agency == people["b"] and confirmation.confirmed_at is None
    told = Notification.objects.filter(recipient=people["caseworker_b"]).latest("created_at")
    assert told.title == "Agency A asks your agency to erase a record it shared with you"
    assert told.link == reverse("members:register_erasures")
    for notice in Notification.objects.all():
        content = f"{notice.title} {notice.link}"
        assert NAME not in content and not any(canary in content for canary in CANARIES)

    # The owner sees B waiting.
    sign_in(client, people["admin_a"])
    status = parse(client.get(reverse("members:register_erasure", kwargs={"erasure_id": done.pk})))
    rows = [text(tr) for tr in find_all(find(status, "tbody"), "tr")]
    assert len(rows) == 1
    assert rows[0].startswith("Agency B (Romania)") and rows[0].endswith("Not confirmed yet")

    # B's caseworker confirms from the list.
    sign_in(client, people["caseworker_b"])
    page = parse(client.get(reverse("members:register_erasures")))
    assert "Agency A" in text(find(page, "tbody"))
    confirm = reverse(
        "members:register_erasure_confirm", kwargs={"confirmation_id": confirmation.pk}
    )
    with audit_rows(people["b"]) as b_rows, audit_rows(people["a"]) as a_rows:
        assert client.post(confirm).status_code == 302
    assert [r.action for r in b_rows] == [AuditAction.ERASURE_CONFIRM]
    assert [r.action for r in a_rows] == [AuditAction.ERASURE_CONFIRM]
    assert a_rows[0].person_uuid == person.pk
    # Twice is refused, not recorded twice.
    client.post(confirm)
    confirmation.refresh_from_db()
    assert confirmation.confirmed_by == people["caseworker_b"]
    told = Notification.objects.filter(recipient=people["admin_a"]).latest("created_at")
    assert told.title == "Agency B confirmed it erased its copy of a record"

    sign_in(client, people["admin_a"])
    status = parse(client.get(reverse("members:register_erasure", kwargs={"erasure_id": done.pk})))
    assert "Confirmed on" in text(find(status, "tbody"))


def test_another_agency_cannot_confirm_or_see_an_erasure(client, people, shared):
    done = erasure.person_erase(user=people["admin_a"], person=shared["person"])
    confirmation = ErasureConfirmation.objects.get(erasure=done)
    sign_in(client, people["caseworker_a"])
    confirm = reverse(
        "members:register_erasure_confirm", kwargs={"confirmation_id": confirmation.pk}
    )
    assert client.post(confirm).status_code == 404
    # The status page is the admins' of the agency that asked.
    status = reverse("members:register_erasure", kwargs={"erasure_id": done.pk})
    assert client.get(status).status_code == 404
    sign_in(client, people["caseworker_b"])
    assert client.get(status).status_code == 404
    confirmation.refresh_from_db()
    assert confirmation.confirmed_at is None


def test_a_legal_hold_postpones_the_erasure_until_lifted(client, people, shared):
    person = shared["person"]
    with audit_rows(people["a"]) as rows:
        held = erasure.person_erase(
            user=people["admin_a"], person=person, legal_hold_reason="Court order 2026/114"
        )
    assert [r.action for r in rows] == [AuditAction.ERASURE_REQUEST, AuditAction.LEGAL_HOLD]
    assert held.state == ErasureState.HELD
    person.refresh_from_db()
    assert person.erased_at is None and data_key_of(person)
    assert not ErasureConfirmation.objects.exists()
    with pytest.raises(ValidationError):
        erasure.person_erase(user=people["admin_a"], person=person)

    sign_in(client, people["admin_a"], recently=True)
    page = parse(client.get(url("register_person", person)))
    assert find(page, "a", href=reverse("members:register_erasure", kwargs={"erasure_id": held.pk}))
    lift = reverse("members:register_erasure_lift_hold", kwargs={"erasure_id": held.pk})
    with audit_rows(people["a"]) as rows:
        assert client.post(lift).status_code == 302
    assert [r.action for r in rows] == [AuditAction.LEGAL_HOLD_LIFT, AuditAction.ERASURE_PERFORM]
    held.refresh_from_db()
    assert held.state == ErasureState.ERASED and held.hold_lifted_by == people["admin_a"]
    assert Person.objects.get(pk=person.pk).erased_at is not None
    assert ErasureConfirmation.objects.filter(erasure=held, agency=people["b"]).exists()


def test_only_the_owning_agencys_admins_erase(client, people, shared):
    person = shared["person"]
    for user in ("caseworker_a", "caseworker_b", "member_a", "coordinator"):
        with pytest.raises(Person.DoesNotExist):
            erasure.person_erase(user=people[user], person=person)
        sign_in(client, people[user], recently=True)
        assert client.get(url("register_person_erase", person)).status_code == 404
        assert (
            client.post(url("register_person_erase", person), {"understood": "on"}).status_code
            == 404
        )
    assert not Erasure.objects.exists()
    # The caseworker's person page offers no erase action.
    sign_in(client, people["caseworker_a"])
    page = parse(client.get(url("register_person", person)))
    assert not find_all(page, "a", href=url("register_person_erase", person))


def test_the_erase_screen_asks_for_the_password_and_an_acknowledgement(client, people, shared):
    person = shared["person"]
    sign_in(client, people["admin_a"])
    page = parse(client.get(url("register_person", person)))
    assert text(find(page, "a", href=url("register_person_erase", person))) == "Erase this record"
    asked = client.get(url("register_person_erase", person))
    assert asked["Location"].startswith(reverse("account_reauthenticate"))
    sign_in(client, people["admin_a"], recently=True)
    form = parse(client.get(url("register_person_erase", person)))
    assert "Agency B (Romania)" in text(form)
    unticked = client.post(url("register_person_erase", person), {"legal_hold_reason": ""})
    assert unticked.status_code == 200
    assert "Tick the box to confirm you understand." in unticked.content.decode()
    assert not Erasure.objects.exists()
    with audit_rows(people["a"]) as rows:
        sent = client.post(url("register_person_erase", person), {"understood": "on"})
    done = Erasure.objects.get()
    assert sent["Location"] == reverse("members:register_erasure", kwargs={"erasure_id": done.pk})
    assert [r.action for r in rows] == [AuditAction.ERASURE_REQUEST, AuditAction.ERASURE_PERFORM]
    assert {r.person_uuid for r in rows} == {person.pk}
    status = client.get(sent["Location"])
    assert NAME not in status.content.decode()
    assert client.get(url("register_person", person)).status_code == 404
