"""Walking every register URL with every method it answers writes exactly the audit rows
expected: reads included, nothing twice, nothing for a request that shows no one.

The URLs come from the resolver: a register URL (or a method) without an entry in
``EXPECTED`` fails ``test_every_register_url_and_method_has_an_expectation``.
"""

import pytest

from django.urls import reverse

from members.agencies.models import AuditAction as Action
from members.agencies.models import AuditEvent
from members.register import discovery, services
from members.register.models import ContactRequest
from members.register.vocabulary import ChangeReason, RevealReason
from tests.accounts import sign_in
from tests.members.register.factories import record_movement, record_person
from tests.members.register.screens import audit_rows
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
}


# Rows a request writes in other agencies' trails, on purpose: a contact request is
# recorded by the receiving agency too, naming its own matched person.
ELSEWHERE = {("register_contact_request_new", "POST"): 1}


def register_url_names() -> list[str]:
    return [name for name in member_url_names() if name.startswith("register")]


def test_every_register_url_and_method_has_an_expectation():
    covered = {name for name, _method in EXPECTED}
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
