"""The authorisation matrix of the register by relation to the person (issue 15, deliverable 9).

Each cell is one relation of a signed-in user to a person recorded by Agency A (the owner's
staff, a receiving agency through a share in or out of scope, a share that no longer opens
anything, strangers) and one action, driven through the real URLs (GET and POST). Every
cell has an expected outcome in ``EXPECTED``: a cell without one fails, so a new relation
or a new action (erase, export, when they exist) must say what it expects.
A refused cell answers 404 to every request and changes nothing.
"""

import datetime
from collections.abc import Callable

import pytest

from django.contrib.auth import get_user_model
from django.urls import reverse

from members.agencies.models import AgencyRole
from members.register.models import CaseNote, Movement, Referral
from members.register.sharing_services import referral_accept
from members.register.vocabulary import ChangeReason, ReferralKind, RevealReason, SharePart
from tests.accounts import give_second_factor, sign_in
from tests.html import find, find_all, links, parse, text
from tests.members.factories import AgencyFactory, MembershipFactory, PersonFactory
from tests.members.register.factories import offer_referral, refer_person, share_person
from tests.members.register.screens import CANARY_HEALTH, person_with_canaries, url
from tests.members.register.test_movement_views import movement_data
from tests.members.register.test_record_person import valid_record
from tests.members.register.test_sharing_views import offer_data

pytestmark = pytest.mark.django_db

NAME = "Dumitrescu"  # the family name of ``person_with_canaries``
EVERY_PART = tuple(SharePart.values)

# Outcomes. The list: the person is on it with their name, on it without (named by the
# agency that shared them), or not there at all. The person page: the same, or 404.
LISTED_NAMED, LISTED_UNNAMED, ABSENT = "listed, named", "listed, unnamed", "absent"
NAMED, UNNAMED = "named", "unnamed"
OK, NOT_FOUND = "ok", "404"


def staff_of(agency, role=AgencyRole.CASEWORKER):
    user = PersonFactory()
    give_second_factor(user)
    MembershipFactory(user=user, agency=agency, role=role)
    return user


# Each relation: given the ``people`` fixture and the person (of Agency A), the user to sign
# in as, after building whatever puts them in that relation.
def owner(people, person):
    return people["caseworker_a"]


def owner_admin(people, person):
    return people["admin_a"]


def share_in_scope(people, person):
    share_person(person, people["b"], scope=EVERY_PART)
    return people["caseworker_b"]


def share_out_of_scope(people, person):
    # Only the identity travels: no movements, notes or sensitive section.
    share_person(person, people["b"], scope=[SharePart.IDENTITY])
    return people["caseworker_b"]


def share_without_identity(people, person):
    share_person(person, people["b"], scope=[SharePart.MOVEMENTS, SharePart.NOTES])
    return people["caseworker_b"]


def expired_share(people, person):
    share_person(person, people["b"], scope=EVERY_PART, expires_in=-datetime.timedelta(days=1))
    return people["caseworker_b"]


def revoked_consent(people, person):
    share_person(person, people["b"], scope=EVERY_PART, revoked=True)
    return people["caseworker_b"]


def ended_share(people, person):
    share_person(person, people["b"], scope=EVERY_PART, ended=True)
    return people["caseworker_b"]


def pending_referral(people, person):
    refer_person(person, people["b"])
    return people["caseworker_b"]


def other_agency_same_country(people, person):
    # A share to B opens nothing to a third agency, even in the owner's country.
    share_person(person, people["b"], scope=EVERY_PART)
    return staff_of(AgencyFactory(country="BE", city="Liège"))


def other_country(people, person):
    share_person(person, AgencyFactory(country="PL", city="Kraków"), scope=EVERY_PART)
    return people["caseworker_b"]


def coordinator(people, person):
    share_person(person, people["b"], scope=EVERY_PART)
    return people["coordinator"]


def plain_member(people, person):
    return people["member_a"]


def plain_member_of_recipient(people, person):
    share_person(person, people["b"], scope=EVERY_PART)
    return staff_of(people["b"], AgencyRole.MEMBER)


# Transfers (issue 15): the old owner after the record was transferred to Agency B.
def transferred_away(people, person):
    referral = offer_referral(
        person, by=people["caseworker_a"], to=people["b"], kind=ReferralKind.TRANSFER
    )
    referral_accept(user=people["caseworker_b"], referral=referral)
    return people["caseworker_a"]


RELATIONS: dict[str, Callable] = {
    function.__name__: function
    for function in (
        owner,
        owner_admin,
        share_in_scope,
        share_out_of_scope,
        share_without_identity,
        expired_share,
        revoked_consent,
        ended_share,
        pending_referral,
        other_agency_same_country,
        other_country,
        coordinator,
        plain_member,
        plain_member_of_recipient,
        transferred_away,  # transfers (issue 15)
    )
}

ACTIONS = (
    "list",
    "view",
    "view_sensitive",
    "add_movement",
    "write_note",
    "edit_identity",
    "history",
    # Subject access (issue 15): the owner's alone, after the password.
    "export",
    # Transfers (issue 15): offering through the share form, as a referral or a transfer.
    "refer",
    "transfer",
    # Erasure (issue 15): the owning agency's admins only.
    "erase",
    # Retention (issue 15).
    "keep_active",
)
SEES_NOTHING = dict.fromkeys(ACTIONS, NOT_FOUND) | {"list": ABSENT}
OWNS = {
    "list": LISTED_NAMED,
    "view": NAMED,
    "view_sensitive": OK,
    "add_movement": OK,
    "write_note": OK,
    "edit_identity": OK,
    "history": OK,
    "export": OK,
    "refer": OK,
    "transfer": OK,
    "erase": NOT_FOUND,
    # Retention (issue 15).
    "keep_active": OK,
}

EXPECTED: dict[str, dict[str, str]] = {
    "owner": OWNS,
    "owner_admin": OWNS | {"erase": OK},
    "share_in_scope": OWNS
    | {
        "edit_identity": NOT_FOUND,
        "history": NOT_FOUND,
        "export": NOT_FOUND,
        "refer": NOT_FOUND,
        "transfer": NOT_FOUND,
        "keep_active": NOT_FOUND,
    },
    "share_out_of_scope": SEES_NOTHING | {"list": LISTED_NAMED, "view": NAMED},
    "share_without_identity": SEES_NOTHING
    | {"list": LISTED_UNNAMED, "view": UNNAMED, "add_movement": OK, "write_note": OK},
    "expired_share": SEES_NOTHING,
    "revoked_consent": SEES_NOTHING,
    "ended_share": SEES_NOTHING,
    "pending_referral": SEES_NOTHING,
    "other_agency_same_country": SEES_NOTHING,
    "other_country": SEES_NOTHING,
    "coordinator": SEES_NOTHING,
    "plain_member": SEES_NOTHING,
    "plain_member_of_recipient": SEES_NOTHING,
    "transferred_away": SEES_NOTHING,
}


# Each action: runs its requests and returns the outcome it observed, or NOT_FOUND only
# when every request of it answered 404.
def refused(*responses) -> bool:
    statuses = {response.status_code for response in responses}
    assert statuses == {404} or 404 not in statuses, f"partly refused: {statuses}"
    return statuses == {404}


def do_list(client, person):
    response = client.get(reverse("members:register"))
    if response.status_code == 404:
        return ABSENT
    cards = [
        card
        for card in find_all(response, "li", class_="people-card")
        if url("register_person", person) in links(card)
    ]
    if not cards:
        return ABSENT
    return LISTED_NAMED if NAME in text(cards[0]) else LISTED_UNNAMED


def do_view(client, person):
    response = client.get(url("register_person", person))
    if refused(response):
        return NOT_FOUND
    heading = text(find(parse(response), "h1"))
    if NAME in heading:
        return NAMED
    assert heading == "Person shared by Agency A"
    assert NAME not in response.content.decode()
    return UNNAMED


def do_view_sensitive(client, person):
    shown = client.get(url("register_sensitive", person))
    opened = client.post(url("register_sensitive", person), {"reason": RevealReason.SAFEGUARDING})
    if refused(shown, opened):
        assert CANARY_HEALTH not in opened.content.decode()
        return NOT_FOUND
    assert CANARY_HEALTH in opened.content.decode()
    return OK


def do_add_movement(client, person):
    before = Movement.objects.filter(person=person).count()
    form = client.get(url("register_movement_new", person))
    sent = client.post(url("register_movement_new", person), movement_data())
    if refused(form, sent):
        assert Movement.objects.filter(person=person).count() == before
        return NOT_FOUND
    assert sent.status_code == 302
    assert Movement.objects.filter(person=person).count() == before + 1
    return OK


def do_write_note(client, person):
    data = {"intent": "write", "written_on": "2026-03-01", "body": "Met at the centre."}
    form = client.get(url("register_note_new", person))
    sent = client.post(url("register_note_new", person), data)
    if refused(form, sent):
        assert not CaseNote.objects.filter(person=person).exists()
        return NOT_FOUND
    assert sent.status_code == 302
    assert CaseNote.objects.filter(person=person).count() == 1
    return OK


def do_edit_identity(client, person):
    form = client.get(url("register_person_edit", person))
    sent = client.post(
        url("register_person_edit", person),
        valid_record(reason=ChangeReason.CORRECTION, family_names="Kowalska"),
    )
    if refused(form, sent):
        person.refresh_from_db()
        return NOT_FOUND
    assert sent.status_code == 302
    return OK


def do_history(client, person):
    response = client.get(url("register_history", person))
    return NOT_FOUND if refused(response) else OK


def do_export(client, person):
    form = client.get(url("register_subject_access", person))
    if refused(form):
        sent = client.post(url("register_subject_access", person), {"output": "json"})
        assert refused(sent)
        return NOT_FOUND
    # Let in: the password first, then the export holds the record.
    assert form["Location"].startswith(reverse("account_reauthenticate"))
    sign_in(client, form.wsgi_request.user, recently=True)
    sent = client.post(url("register_subject_access", person), {"output": "json", "language": "en"})
    assert sent.status_code == 200
    assert sent.json()["data"]["sensitive"]["health"] == CANARY_HEALTH
    return OK


def offer(kind):
    """Offer the person to a third agency through the share form: the form asks for the
    password first (only of those who may offer), then takes the offer and its consent."""

    def do_offer(client, person):
        to = AgencyFactory(name=f"Agency for a {kind}", country="PL", city="Kraków")
        data = offer_data({"b": to}, kind=kind)
        asked = client.get(url("register_share_new", person))
        if asked.status_code != 404:
            assert asked["Location"].startswith(reverse("account_reauthenticate"))
        user = get_user_model().objects.get(pk=client.session["_auth_user_id"])
        sign_in(client, user, recently=True)
        form = client.get(url("register_share_new", person))
        sent = client.post(url("register_share_new", person), data)
        if refused(asked, form, sent):
            assert not Referral.objects.filter(to_agency=to).exists()
            return NOT_FOUND
        assert sent.status_code == 302
        assert Referral.objects.get(to_agency=to).kind == kind
        return OK

    return do_offer


# Erasure (issue 15).
def do_erase(client, person):
    # The screen asks for the password again: give it, so that only the relation decides.
    user = get_user_model().objects.get(pk=client.session["_auth_user_id"])
    sign_in(client, user, recently=True)
    form = client.get(url("register_person_erase", person))
    sent = client.post(url("register_person_erase", person), {"understood": "on"})
    person.refresh_from_db()
    if refused(form, sent):
        assert person.erased_at is None
        return NOT_FOUND
    assert sent.status_code == 302
    assert person.erased_at is not None
    return OK


# Retention (issue 15).
def do_keep_active(client, person):
    sent = client.post(url("register_retention_keep", person), {"reason": "still-supported"})
    person.refresh_from_db()
    if refused(sent):
        assert person.kept_active_at is None
        return NOT_FOUND
    assert sent.status_code == 302 and person.kept_active_reason == "still-supported"
    return OK


DO = {
    "list": do_list,
    "view": do_view,
    "view_sensitive": do_view_sensitive,
    "add_movement": do_add_movement,
    "write_note": do_write_note,
    "edit_identity": do_edit_identity,
    "history": do_history,
    "export": do_export,
    "refer": offer(ReferralKind.REFERRAL),
    "transfer": offer(ReferralKind.TRANSFER),
    "erase": do_erase,
    # Retention (issue 15).
    "keep_active": do_keep_active,
}


def test_the_matrix_names_every_relation_and_action_once():
    assert set(EXPECTED) == set(RELATIONS)
    assert set(DO) == set(ACTIONS)


@pytest.mark.parametrize("action", ACTIONS)
@pytest.mark.parametrize("relation", list(RELATIONS))
def test_relation_by_action(client, people, relation, action):
    expected = EXPECTED.get(relation, {}).get(action)
    if expected is None:
        pytest.fail(f"Say what {relation!r} may do with {action!r}: the cell has no expectation")
    person = person_with_canaries(people["caseworker_a"])
    user = RELATIONS[relation](people, person)
    sign_in(client, user)
    assert DO[action](client, person) == expected
