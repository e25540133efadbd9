"""Every URL of the member area, for every kind of person: the authorisation matrix.

The URLs come from the URL resolver, so a new member-area URL without a rule
here makes this test fail. Expected outcomes: "login" (redirect to sign-in),
"mfa" (redirect to set up a second factor), "reauth" (redirect to enter the password
again: the matrix signs in without a recent password), 200, 403 or 404 (another
agency's objects are not found, not forbidden).
"""

import pytest

from django.urls import URLPattern, URLResolver, reverse

import members.urls
from members.agencies.models import Membership
from members.agencies.services import invitation_create
from members.register.discovery import contact_request_send, discovery_lookup
from members.register.erasure import person_erase
from members.register.models import ContactRequest
from members.register.services import note_write
from members.register.sharing_services import referral_accept
from tests.accounts import sign_in
from tests.members.register.factories import (
    offer_referral,
    record_consent,
    record_movement,
    record_person,
)

PERSONAS = [
    "anonymous",
    "no_second_factor",
    "outsider",
    "member_a",
    "caseworker_a",
    "admin_a",
    "caseworker_b",
    "coordinator",
]
GATE = {"anonymous": "login", "no_second_factor": "mfa"}
# Agency A's staff pages: its admins and coordinators; its other staff 403; others 404.
STAFF_OF_A = GATE | {
    "outsider": 403,
    "member_a": 403,
    "caseworker_a": 403,
    "admin_a": 200,
    "caseworker_b": 404,
    "coordinator": 200,
}
# The same for actions that only take POST: those let in get 405 for a GET.
STAFF_ACTION_OF_A = STAFF_OF_A | {"admin_a": 405, "coordinator": 405}


# The register: agency admins and caseworkers only; everyone else 404, never 403.
REGISTER = GATE | {
    "outsider": 404,
    "member_a": 404,
    "caseworker_a": 200,
    "admin_a": 200,
    "caseworker_b": 200,
    "coordinator": 404,
}
# A person recorded by agency A: A's admins and caseworkers; everyone else 404.
RECORDS_OF_A = REGISTER | {"caseworker_b": 404}
RECORDS_ACTION_OF_A = RECORDS_OF_A | {"caseworker_a": 405, "admin_a": 405}


# An agency's audit log: its agency admins only; everyone else 404, coordinators too.
AUDIT_LOG_OF_A = GATE | {
    "outsider": 404,
    "member_a": 404,
    "caseworker_a": 404,
    "admin_a": 200,
    "caseworker_b": 404,
    "coordinator": 404,
}
# Its export asks an admin for the password again (allowed through only when recent).
AUDIT_EXPORT_OF_A = AUDIT_LOG_OF_A | {"admin_a": "reauth"}


def person_of_a(people):
    return record_person(by=people["caseworker_a"]).pk


def movement_of_a(people) -> dict:
    movement = record_movement(record_person(by=people["caseworker_a"]), by=people["caseworker_a"])
    return {"person_id": movement.person_id, "movement_id": movement.pk}


def note_of_a(people) -> dict:
    person = record_person(by=people["caseworker_a"])
    note = note_write(user=people["caseworker_a"], person=person, body="Matrix note")
    return {"person_id": person.pk, "note_id": note.pk}


# Discovery and contact requests (issue 15).
def lookup_of_a(people) -> dict:
    """A's person, known to B under the same name, and A's lookup that answered Romania."""
    ours = record_person(by=people["caseworker_a"], family_names="Matrixescu")
    record_person(by=people["caseworker_b"], family_names="Matrixescu")
    answer = discovery_lookup(user=people["caseworker_a"], person=ours)
    return {"person_id": ours.pk, "lookup_id": answer.lookup_id}


def contact_request_to_a(people) -> dict:
    """A contact request from B to A, about B's person whom A knows too."""
    theirs = record_person(by=people["caseworker_b"], family_names="Matrixova")
    record_person(by=people["caseworker_a"], family_names="Matrixova")
    answer = discovery_lookup(user=people["caseworker_b"], person=theirs)
    contact_request_send(
        user=people["caseworker_b"],
        person=theirs,
        lookup_id=answer.lookup_id,
        country="BE",
        purpose="housing",
    )
    return {"request_id": ContactRequest.objects.get(person=theirs).pk}


def url_arguments(kwargs_for, people) -> dict:
    """A rule's URL arguments: each made by its own function, or all by one (related ids)."""
    if callable(kwargs_for):
        return kwargs_for(people)
    return {key: value(people) for key, value in kwargs_for.items()}


def agency_a(people):
    return people["a"].pk


def membership_of_member_a(people):
    return Membership.objects.get(user=people["member_a"], agency=people["a"]).pk


def invitation_of_a(people):
    return invitation_create(
        agency=people["a"], email="matrix@example.org", role="member", invited_by=people["admin_a"]
    ).pk


# --- Sharing (issue 15) ---
# Offers to agency B: its admins and caseworkers only (POST: 405 on a GET); all others 404.
RECORDS_ACTION_OF_B = (
    GATE
    | dict.fromkeys(("outsider", "member_a", "caseworker_a", "admin_a", "coordinator"), 404)
    | {"caseworker_b": 405}
)


def consent_of_a(people) -> dict:
    person = record_person(by=people["caseworker_a"])
    consent = record_consent(person, by=people["caseworker_a"], to=people["b"])
    return {"person_id": person.pk, "consent_id": consent.pk}


def offer_from_a_to_b(people):
    return offer_referral(
        record_person(by=people["caseworker_a"]), by=people["caseworker_a"], to=people["b"]
    ).pk


def share_of_a_with_b(people) -> dict:
    person = record_person(by=people["caseworker_a"])
    referral = offer_referral(person, by=people["caseworker_a"], to=people["b"])
    share = referral_accept(user=people["caseworker_b"], referral=referral)
    return {"person_id": person.pk, "share_id": share.pk}


SHARING_RULES = {
    # The form asks for the password again before it is shown.
    "register_share_new": (
        {"person_id": person_of_a},
        RECORDS_OF_A | {"caseworker_a": "reauth", "admin_a": "reauth"},
    ),
    "register_consent_revoke": (consent_of_a, RECORDS_ACTION_OF_A),
    # Either side of a share may end it.
    "register_share_end": (share_of_a_with_b, RECORDS_ACTION_OF_A | {"caseworker_b": 405}),
    "register_inbox": ({}, REGISTER),
    "register_outbox": ({}, REGISTER),
    "register_referral_accept": ({"referral_id": offer_from_a_to_b}, RECORDS_ACTION_OF_B),
    "register_referral_decline": ({"referral_id": offer_from_a_to_b}, RECORDS_ACTION_OF_B),
    "register_referral_withdraw": ({"referral_id": offer_from_a_to_b}, RECORDS_ACTION_OF_A),
}


# --- Erasure (issue 15) ---
# The owning agency's admins only: everyone else 404, the agency's caseworkers too.
ADMIN_OF_A = AUDIT_LOG_OF_A


def held_erasure_of_a(people):
    person = record_person(by=people["caseworker_a"])
    return person_erase(user=people["admin_a"], person=person, legal_hold_reason="Court order").pk


def erasure_confirmation_of_b(people):
    person = record_person(by=people["caseworker_a"])
    referral = offer_referral(person, by=people["caseworker_a"], to=people["b"])
    referral_accept(user=people["caseworker_b"], referral=referral)
    erasure = person_erase(user=people["admin_a"], person=person)
    return erasure.confirmations.get().pk


ERASURE_RULES = {
    # The page asks for the password again before it is shown.
    "register_person_erase": ({"person_id": person_of_a}, ADMIN_OF_A | {"admin_a": "reauth"}),
    "register_erasures": ({}, REGISTER),
    "register_erasure": ({"erasure_id": held_erasure_of_a}, ADMIN_OF_A),
    "register_erasure_lift_hold": (
        {"erasure_id": held_erasure_of_a},
        ADMIN_OF_A | {"admin_a": 405},
    ),
    "register_erasure_confirm": (
        {"confirmation_id": erasure_confirmation_of_b},
        RECORDS_ACTION_OF_B,
    ),
}


# URL name → (keyword arguments from the fixture, expected outcome per persona)
RULES = {
    **SHARING_RULES,
    **ERASURE_RULES,
    "staff": ({"agency_id": agency_a}, STAFF_OF_A),
    "staff_invite": ({"agency_id": agency_a}, STAFF_OF_A),
    "staff_change_role": (
        {"agency_id": agency_a, "membership_id": membership_of_member_a},
        STAFF_ACTION_OF_A,
    ),
    "staff_remove": (
        {"agency_id": agency_a, "membership_id": membership_of_member_a},
        STAFF_ACTION_OF_A,
    ),
    "invitation_withdraw": (
        {"agency_id": agency_a, "invitation_id": invitation_of_a},
        STAFF_ACTION_OF_A,
    ),
    "audit_log": ({"agency_id": agency_a}, AUDIT_LOG_OF_A),
    "audit_export": ({"agency_id": agency_a}, AUDIT_EXPORT_OF_A),
    "register": ({}, REGISTER),
    "register_person_new": ({}, REGISTER),
    "register_person": ({"person_id": person_of_a}, RECORDS_OF_A),
    "register_person_edit": ({"person_id": person_of_a}, RECORDS_OF_A),
    "register_sensitive": ({"person_id": person_of_a}, RECORDS_OF_A),
    "register_sensitive_edit": ({"person_id": person_of_a}, RECORDS_ACTION_OF_A),
    "register_history": ({"person_id": person_of_a}, RECORDS_OF_A),
    "register_movement_new": ({"person_id": person_of_a}, RECORDS_OF_A),
    "register_note_new": ({"person_id": person_of_a}, RECORDS_OF_A),
    "register_movement_correct": (movement_of_a, RECORDS_OF_A),
    "register_note_edit": (note_of_a, RECORDS_OF_A),
    # Discovery and contact requests (issue 15): the asking agency's lookup and form,
    # the receiving agency's list (each agency its own) and request.
    "register_discovery": ({"person_id": person_of_a}, RECORDS_ACTION_OF_A),
    "register_contact_request_new": (lookup_of_a, RECORDS_OF_A),
    "register_contact_requests": ({}, REGISTER),
    "register_contact_request": (contact_request_to_a, RECORDS_OF_A),
    # Subject access (issue 15): the owner's staff, after the password; everyone else 404.
    "register_subject_access": (
        {"person_id": person_of_a},
        RECORDS_OF_A | {"caseworker_a": "reauth", "admin_a": "reauth"},
    ),
    # Retention (issue 15): the owning agency keeps a record active (POST only).
    "register_retention_keep": ({"person_id": person_of_a}, RECORDS_ACTION_OF_A),
    "home": (
        {},
        dict.fromkeys(PERSONAS, 200) | {"anonymous": "login", "no_second_factor": "mfa"},
    ),
    # Notifications: members and coordinators, each their own; outsiders 403.
    "notifications": (
        {},
        dict.fromkeys(PERSONAS, 200)
        | {"anonymous": "login", "no_second_factor": "mfa", "outsider": 403},
    ),
    "notification_preferences": (
        {},
        dict.fromkeys(PERSONAS, 200)
        | {"anonymous": "login", "no_second_factor": "mfa", "outsider": 403},
    ),
    # POST only: a GET answers 405 to those let in (someone else's notification: 404 on POST).
    "notification_read": (
        {
            "notification_id": lambda p: (
                p["caseworker_a"].notifications.create(kind="network", title="Matrix").pk
            )
        },
        dict.fromkeys(PERSONAS, 405)
        | {"anonymous": "login", "no_second_factor": "mfa", "outsider": 403},
    ),
    "notifications_read_all": (
        {},
        dict.fromkeys(PERSONAS, 405)
        | {"anonymous": "login", "no_second_factor": "mfa", "outsider": 403},
    ),
}


def member_url_names(patterns=None, prefix="") -> list[str]:
    """Every named URL of the member area, walking included URL lists too."""
    names = []
    for pattern in patterns if patterns is not None else members.urls.urlpatterns:
        if isinstance(pattern, URLResolver):
            names += member_url_names(pattern.url_patterns, prefix)
        elif isinstance(pattern, URLPattern):
            assert pattern.name, f"member-area URL without a name: {pattern.pattern}"
            names.append(f"{prefix}{pattern.name}")
    return names


def test_every_member_url_has_a_rule():
    missing = set(member_url_names()) - set(RULES)
    assert not missing, f"Add these member-area URLs to the authorisation matrix: {missing}"


@pytest.mark.parametrize("persona", PERSONAS)
@pytest.mark.parametrize("name", sorted(RULES))
def test_member_url_for_persona(client, people, name, persona):
    kwargs_for, expected = RULES[name]
    kwargs = url_arguments(kwargs_for, people)
    url = reverse(f"members:{name}", kwargs=kwargs)
    if persona != "anonymous":
        sign_in(client, people[persona], second_factor=persona != "no_second_factor")
    response = client.get(url)
    outcome = expected[persona]
    if outcome == "login":
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("account_login"))
    elif outcome == "mfa":
        assert response.status_code == 302
        assert response["Location"] == reverse("mfa_index")
    elif outcome == "reauth":
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("account_reauthenticate"))
    else:
        assert response.status_code == outcome, f"{name} as {persona}"
    if response.status_code == 200:
        assert "no-store" in response["Cache-Control"]


@pytest.mark.parametrize("name", sorted(RULES))
def test_member_url_asks_a_password_only_session_for_its_second_factor(client, people, name):
    """Signed in without the second step (any other way than allauth's): never let in."""
    kwargs_for, _expected = RULES[name]
    kwargs = url_arguments(kwargs_for, people)
    url = reverse(f"members:{name}", kwargs=kwargs)
    sign_in(client, people["admin_a"], second_factor=False)
    response = client.get(url)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("mfa_reauthenticate"))
