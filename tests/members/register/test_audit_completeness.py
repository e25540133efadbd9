"""Walking every register URL with every method it answers writes exactly the audit rows
expected: reads included, nothing twice, nothing for a request that shows no one.

The URLs come from the resolver: a register URL (or a method) without an entry in
``EXPECTED`` fails ``test_every_register_url_and_method_has_an_expectation``.
"""

import datetime

import pytest

from django.urls import reverse
from django.utils import timezone

from members.agencies.models import AgencyRole, AuditEvent, Membership
from members.agencies.models import AuditAction as Action
from members.register import discovery, services
from members.register.erasure import person_erase
from members.register.models import ContactRequest
from members.register.sharing_services import referral_accept
from members.register.vocabulary import ChangeReason, RevealReason, SharePart
from tests.accounts import give_second_factor, sign_in
from tests.members.factories import MembershipFactory
from tests.members.register.factories import (
    offer_referral,
    record_movement,
    record_person,
    share_person,
)
from tests.members.register.screens import audit_rows, described
from tests.members.register.test_movement_views import movement_data
from tests.members.register.test_record_person import valid_record
from tests.members.test_authorization_matrix import member_url_names

pytestmark = pytest.mark.django_db


def person_args(context) -> dict:
    return {"person_id": context["person"].pk}


def movement_args(context) -> dict:
    return person_args(context) | {"movement_id": context["movement"].pk}


def note_args(context) -> dict:
    return person_args(context) | {"note_id": context["note"].pk}


def identity_change(context) -> dict:
    return valid_record(reason=ChangeReason.CORRECTION, family_names="Kowalska")


def sensitive_change(context) -> dict:
    return {
        "reason": RevealReason.SUPPORT_PLANNING,
        "health": "Asthma",
        "community": "",
        "other": "",
    }


# Discovery and contact requests (issue 15): A's person of the context is known to B
# under the same name; A asks, and B asks A back.
def lookup_args(context) -> dict:
    person = context["person"]
    record_person(by=context["people"]["caseworker_b"], family_names="Popescu")
    answer = discovery.discovery_lookup(user=person.created_by, person=person)
    return person_args(context) | {"lookup_id": answer.lookup_id}


def contact_request_args(context) -> dict:
    worker_b = context["people"]["caseworker_b"]
    theirs = record_person(by=worker_b, family_names="Popescu")
    answer = discovery.discovery_lookup(user=worker_b, person=theirs)
    discovery.contact_request_send(
        user=worker_b, person=theirs, lookup_id=answer.lookup_id, country="BE", purpose="housing"
    )
    return {"request_id": ContactRequest.objects.get(person=theirs).pk}


# (URL name, method) → (URL arguments, POST data, audit actions with "person" when the
# row names the person the URL is about, or "new" for the person being recorded).
EXPECTED = {
    ("register", "GET"): (None, None, [(Action.PERSON_LIST, None)]),
    ("register", "POST"): (
        None,
        lambda c: {"family_names": "Wisniewski", "birth_year": "1990"},
        [(Action.PERSON_SEARCH, None)],
    ),
    ("register_person_new", "GET"): (None, None, []),
    ("register_person_new", "POST"): (
        None,
        lambda c: valid_record(family_names="Nowakowska", birth_year="1977"),
        [
            (Action.DUPLICATE_CHECK, None),
            (Action.PERSON_CREATE, "new"),
            (Action.DISCOVERY_LOOKUP, "new"),
        ],
    ),
    ("register_person", "GET"): (person_args, None, [(Action.PERSON_VIEW, "person")]),
    ("register_person_edit", "GET"): (person_args, None, [(Action.PERSON_VIEW, "person")]),
    ("register_person_edit", "POST"): (
        person_args,
        identity_change,
        [(Action.PERSON_CHANGE, "person")],
    ),
    ("register_sensitive", "GET"): (person_args, None, []),
    ("register_sensitive", "POST"): (
        person_args,
        lambda c: {"reason": RevealReason.SAFEGUARDING},
        [(Action.SENSITIVE_REVEAL, "person")],
    ),
    ("register_sensitive_edit", "POST"): (
        person_args,
        sensitive_change,
        [(Action.SENSITIVE_CHANGE, "person")],
    ),
    ("register_history", "GET"): (person_args, None, [(Action.HISTORY_VIEW, "person")]),
    ("register_movement_new", "GET"): (person_args, None, []),
    ("register_movement_new", "POST"): (
        person_args,
        lambda c: movement_data(),
        [(Action.MOVEMENT_RECORD, "person")],
    ),
    ("register_movement_correct", "GET"): (
        movement_args,
        None,
        [(Action.PERSON_VIEW, "person")],
    ),
    ("register_movement_correct", "POST"): (
        movement_args,
        lambda c: movement_data(to_country="NL"),
        [(Action.MOVEMENT_CORRECT, "person")],
    ),
    ("register_note_new", "GET"): (person_args, None, []),
    ("register_note_new", "POST"): (
        person_args,
        lambda c: {"intent": "write", "written_on": "2026-03-01", "body": "Met at the centre."},
        [(Action.NOTE_WRITE, "person")],
    ),
    ("register_note_edit", "GET"): (note_args, None, [(Action.PERSON_VIEW, "person")]),
    ("register_note_edit", "POST"): (
        note_args,
        lambda c: {"intent": "change", "body": "Met at the day centre."},
        [(Action.NOTE_CHANGE, "person")],
    ),
    # Discovery and contact requests (issue 15). The list shows no personal data; a
    # request's page reads the names of the receiving agency's matched people.
    ("register_discovery", "POST"): (
        person_args,
        lambda c: {},
        [(Action.DISCOVERY_LOOKUP, "person")],
    ),
    ("register_contact_request_new", "GET"): (lookup_args, None, []),
    ("register_contact_request_new", "POST"): (
        lookup_args,
        lambda c: {"country": "RO", "purpose": "housing", "message": "Can we talk?"},
        [(Action.CONTACT_REQUEST, "person")],
    ),
    ("register_contact_requests", "GET"): (None, None, []),
    ("register_contact_request", "GET"): (
        contact_request_args,
        None,
        [(Action.PERSON_VIEW, "person")],
    ),
    ("register_contact_request", "POST"): (
        contact_request_args,
        lambda c: {"decision": "decline"},
        [(Action.CONTACT_ANSWER, "person")],
    ),
    # Retention (issue 15): keeping a record active, with its reason.
    ("register_retention_keep", "POST"): (
        person_args,
        lambda c: {"reason": "still-supported"},
        [(Action.RETENTION_KEEP, "person")],
    ),
}


# Rows a request writes in other agencies' trails, on purpose: a contact request is
# recorded by the receiving agency too, naming its own matched person.
ELSEWHERE = {("register_contact_request_new", "POST"): 1}


def register_url_names() -> list[str]:
    return [name for name in member_url_names() if name.startswith("register")]


def test_every_register_url_and_method_has_an_expectation():
    covered = {name for name, _method in [*EXPECTED, *SHARING_EXPECTED]}
    missing = set(register_url_names()) - covered
    assert not missing, f"Say which audit rows these register URLs write: {missing}"


@pytest.fixture
def context(people):
    worker = people["caseworker_a"]
    person = record_person(by=worker, family_names="Popescu")
    movement = record_movement(person, by=worker)
    note = services.note_write(user=worker, person=person, body="First meeting.")
    return {"person": person, "movement": movement, "note": note, "people": people}


@pytest.mark.parametrize(("name", "method"), sorted(EXPECTED))
def test_a_request_writes_exactly_its_audit_rows(client, people, context, name, method):
    arguments, data, expected = EXPECTED[(name, method)]
    url = reverse(f"members:{name}", kwargs=arguments(context) if arguments else None)
    sign_in(client, people["caseworker_a"])
    before = AuditEvent.objects.count()
    with audit_rows(people["a"]) as rows:
        response = client.get(url) if method == "GET" else client.post(url, data(context))
    assert response.status_code in (200, 302), f"{method} {name}: {response.status_code}"
    about = {"person": context["person"].pk, None: None}
    written = [(row.action, row.person_uuid) for row in rows]
    if expected and expected[-1][1] == "new":
        about["new"] = rows[-1].person_uuid
        assert about["new"] not in (None, context["person"].pk)
    assert written == [(action, about[whom]) for action, whom in expected]
    assert all(row.actor == people["caseworker_a"] for row in rows)
    # Nothing was written to any other agency's trail.
    assert AuditEvent.objects.count() - before == len(rows) + ELSEWHERE.get((name, method), 0)


@pytest.mark.parametrize(
    ("name", "method"), sorted(key for key, (arguments, *_rest) in EXPECTED.items() if arguments)
)
def test_a_refused_request_writes_no_audit_row(client, people, context, name, method):
    """Another agency's caseworker reaches none of A's people and leaves no trace in A."""
    arguments, data, _expected = EXPECTED[(name, method)]
    url = reverse(f"members:{name}", kwargs=arguments(context))
    sign_in(client, people["caseworker_b"])
    with audit_rows(people["a"]) as rows:
        response = client.get(url) if method == "GET" else client.post(url, data(context))
    assert response.status_code == 404
    assert rows == []


# --- Through a share (issue 15) ---------------------------------------------------------
# A receiving agency's caseworker, with every part in scope, writes each row of a person's
# page twice: in the owning agency's trail (the owner, and the person asking what was done
# with their data, see every reader) and in the receiving agency's. The owner's pages stay
# the owner's: 404 and no row anywhere.
OWNER_ONLY = {
    ("register_person_edit", "GET"),
    ("register_person_edit", "POST"),
    ("register_sensitive_edit", "POST"),
    ("register_history", "GET"),
    ("register_discovery", "POST"),
    ("register_contact_request_new", "GET"),
    ("register_contact_request_new", "POST"),
    ("register_retention_keep", "POST"),
}


# --- Sharing (issue 15) ---------------------------------------------------------------------
# Acts of either agency: (URL name, method) → (who acts, URL arguments, POST data, the rows
# expected in agency A's trail and in agency B's). "person" is A's person shared with B,
# "offered" A's person with an offer to B waiting for an answer.


def consent_args(context) -> dict:
    return person_args(context) | {"consent_id": context["consent"].pk}


def share_args(context) -> dict:
    return person_args(context) | {"share_id": context["share"].pk}


def offer_args(context) -> dict:
    return {"referral_id": context["offer"].pk}


def share_offer(context) -> dict:
    today = timezone.localdate()
    return {
        "to_agency": context["hidden"].pk,
        "kind": "referral",
        "purpose": "housing",
        "scope": ["identity"],
        "message": "Arrives next week.",
        "method": "signed-form",
        "given_by": "person",
        "given_on": today.isoformat(),
        "valid_until": (today + datetime.timedelta(days=30)).isoformat(),
    }


SHARING_EXPECTED = {
    ("register_share_new", "GET"): ("caseworker_a", person_args, None, [], []),
    ("register_share_new", "POST"): (
        "caseworker_a",
        person_args,
        share_offer,
        [(Action.CONSENT_RECORD, "person"), (Action.REFERRAL_OFFER, "person")],
        [],
    ),
    ("register_consent_revoke", "POST"): (
        "caseworker_a",
        consent_args,
        lambda c: {},
        [(Action.CONSENT_REVOKE, "person")],
        [],
    ),
    ("register_share_end", "POST"): (
        "caseworker_b",
        share_args,
        lambda c: {},
        [(Action.SHARE_END, "person")],
        [(Action.SHARE_END, "person")],
    ),
    ("register_inbox", "GET"): ("caseworker_b", None, None, [], []),
    ("register_outbox", "GET"): ("caseworker_a", None, None, [], []),
    ("register_referral_accept", "POST"): (
        "caseworker_b",
        offer_args,
        lambda c: {},
        [(Action.REFERRAL_ACCEPT, "offered")],
        [(Action.REFERRAL_ACCEPT, "offered")],
    ),
    ("register_referral_decline", "POST"): (
        "caseworker_b",
        offer_args,
        lambda c: {"reason": "no-capacity"},
        [(Action.REFERRAL_DECLINE, "offered")],
        [(Action.REFERRAL_DECLINE, "offered")],
    ),
    ("register_referral_withdraw", "POST"): (
        "caseworker_a",
        offer_args,
        lambda c: {},
        [(Action.REFERRAL_WITHDRAW, "offered")],
        [],
    ),  # Subject access (issue 15): the form reads nothing; the export is one row in the
    # owner's trail, none in the trail of the agency the person is shared with.
    ("register_subject_access", "GET"): ("caseworker_a", person_args, None, [], []),
    ("register_subject_access", "POST"): (
        "caseworker_a",
        person_args,
        lambda c: {"output": "json", "language": "en"},
        [(Action.SUBJECT_ACCESS_EXPORT, "person")],
        [],
    ),
}


# --- Erasure (issue 15) ---------------------------------------------------------------------
# By agency A's admin: "person" (shared with B, which is told and confirms), "offered" (an
# offer to B waiting: no recipient) held by a legal hold.


def _admin_of(person):
    return Membership.objects.get(agency=person.agency, role=AgencyRole.AGENCY_ADMIN).user


def held_erasure_args(context) -> dict:
    offered = context["offered"]
    held = person_erase(user=_admin_of(offered), person=offered, legal_hold_reason="Court order")
    return {"erasure_id": held.pk}


def confirmation_args(context) -> dict:
    person = context["person"]
    erasure = person_erase(user=_admin_of(person), person=person)
    return {"confirmation_id": erasure.confirmations.get().pk}


SHARING_EXPECTED |= {
    ("register_person_erase", "GET"): (
        "admin_a",
        person_args,
        None,
        [(Action.PERSON_VIEW, "person")],
        [],
    ),
    ("register_person_erase", "POST"): (
        "admin_a",
        person_args,
        lambda c: {"understood": "on"},
        [(Action.ERASURE_REQUEST, "person"), (Action.ERASURE_PERFORM, "person")],
        [],
    ),
    ("register_erasures", "GET"): ("caseworker_b", None, None, [], []),
    ("register_erasure", "GET"): ("admin_a", held_erasure_args, None, [], []),
    ("register_erasure_lift_hold", "POST"): (
        "admin_a",
        held_erasure_args,
        lambda c: {},
        [(Action.LEGAL_HOLD_LIFT, "offered"), (Action.ERASURE_PERFORM, "offered")],
        [],
    ),
    ("register_erasure_confirm", "POST"): (
        "caseworker_b",
        confirmation_args,
        lambda c: {},
        [(Action.ERASURE_CONFIRM, "person")],
        [(Action.ERASURE_CONFIRM, "person")],
    ),
}


@pytest.fixture
def shared_context(people):
    worker, recipient = people["caseworker_a"], people["caseworker_b"]
    person = record_person(by=worker, family_names="Popescu")
    movement = record_movement(person, by=worker)
    share_person(person, people["b"], scope=SharePart.values)
    # The recipient's own note, so that changing it within 24 hours is theirs to do.
    note = services.note_write(user=recipient, person=person, body="Met in Cluj.")
    return {"person": person, "movement": movement, "note": note, "people": people}


# Contact requests are answered by the agency asked, about its own people: not a share.
NOT_THROUGH_A_SHARE = {"register_contact_request"}


@pytest.mark.parametrize(
    ("name", "method"),
    sorted(
        key
        for key, (arguments, *_rest) in EXPECTED.items()
        if arguments and key[0] not in NOT_THROUGH_A_SHARE
    ),
)
def test_a_recipients_request_is_audited_in_the_owners_and_its_own_trail(
    client, people, shared_context, name, method
):
    assert set(EXPECTED) >= OWNER_ONLY
    arguments, data, expected = EXPECTED[(name, method)]
    url = reverse(f"members:{name}", kwargs=arguments(shared_context))
    sign_in(client, people["caseworker_b"])
    before = AuditEvent.objects.count()
    with audit_rows(people["a"]) as owners, audit_rows(people["b"]) as recipients:
        response = client.get(url) if method == "GET" else client.post(url, data(shared_context))
    if (name, method) in OWNER_ONLY:
        assert response.status_code == 404
        assert AuditEvent.objects.count() == before
        return
    assert response.status_code in (200, 302), f"{method} {name}: {response.status_code}"
    person = shared_context["person"].pk
    wanted = [(action, person) for action, _whom in expected]
    for rows in (owners, recipients):
        assert [(row.action, row.person_uuid) for row in rows] == wanted
        assert all(row.actor == people["caseworker_b"] for row in rows)
    assert described(owners) == described(recipients)
    assert AuditEvent.objects.count() - before == 2 * len(wanted)


def test_a_recipients_list_and_search_are_in_its_own_trail_only(client, people, shared_context):
    """A list or a search row names no one, so it is the reader's agency's alone."""
    sign_in(client, people["caseworker_b"])
    with audit_rows(people["a"]) as owners, audit_rows(people["b"]) as recipients:
        client.get(reverse("members:register"))
        client.post(reverse("members:register"), {"family_names": "Popescu", "birth_year": "1985"})
    assert owners == []
    assert [(row.action, row.detail) for row in recipients] == [
        (Action.PERSON_LIST, "page 1"),
        (Action.PERSON_SEARCH, "1"),
    ]


@pytest.fixture
def sharing_context(people):
    worker = people["caseworker_a"]
    person = record_person(by=worker, family_names="Marinescu")
    referral = offer_referral(person, by=worker, to=people["b"])
    share = referral_accept(user=people["caseworker_b"], referral=referral)
    offered = record_person(by=worker, family_names="Georgescu")
    offer = offer_referral(offered, by=worker, to=people["b"])
    return {
        "person": person,
        "consent": share.consent,
        "share": share,
        "offered": offered,
        "offer": offer,
        "hidden": people["hidden"],
    }


@pytest.mark.parametrize(("name", "method"), sorted(SHARING_EXPECTED))
def test_a_sharing_request_writes_exactly_its_audit_rows(
    client, people, sharing_context, name, method
):
    actor, arguments, data, in_a, in_b = SHARING_EXPECTED[(name, method)]
    context = sharing_context
    url = reverse(f"members:{name}", kwargs=arguments(context) if arguments else None)
    sign_in(client, people[actor], recently=True)
    before = AuditEvent.objects.count()
    with audit_rows(people["a"]) as a_rows, audit_rows(people["b"]) as b_rows:
        response = client.get(url) if method == "GET" else client.post(url, data(context))
    assert response.status_code in (200, 302), f"{method} {name}: {response.status_code}"
    assert "reauthenticate" not in response.get("Location", "")
    about = {"person": context["person"].pk, "offered": context["offered"].pk}
    assert [(row.action, row.person_uuid) for row in a_rows] == [(a, about[w]) for a, w in in_a]
    assert [(row.action, row.person_uuid) for row in b_rows] == [(a, about[w]) for a, w in in_b]
    assert all(row.actor == people[actor] for row in [*a_rows, *b_rows])
    assert AuditEvent.objects.count() - before == len(a_rows) + len(b_rows)


@pytest.mark.parametrize(
    ("name", "method"),
    sorted(key for key, (_actor, arguments, *_rest) in SHARING_EXPECTED.items() if arguments),
)
def test_a_refused_sharing_request_writes_no_audit_row(
    client, people, sharing_context, name, method
):
    """A caseworker of a third agency reaches none of it and leaves no trace."""
    _actor, arguments, data, _in_a, _in_b = SHARING_EXPECTED[(name, method)]
    stranger = MembershipFactory(agency=people["hidden"]).user
    give_second_factor(stranger)
    url = reverse(f"members:{name}", kwargs=arguments(sharing_context))
    sign_in(client, stranger, recently=True)
    before = AuditEvent.objects.count()
    response = client.get(url) if method == "GET" else client.post(url, data(sharing_context))
    assert response.status_code == 404
    assert AuditEvent.objects.count() == before
