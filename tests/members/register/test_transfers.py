"""Transfers through the services and the screens: ownership moves on acceptance.

Agency A (Brussels) owns the person and transfers them; agency B (Cluj) receives them.
"""

import datetime

import pytest

from django.core.exceptions import ValidationError
from django.urls import reverse

from members.agencies.models import AuditAction as Action
from members.notifications.models import Notification
from members.register import sharing_services
from members.register.models import Consent, Person, Referral, Share
from members.register.selectors import open_identity
from members.register.vocabulary import ReferralKind, ReferralState, ShareEnd, SharePart
from tests.accounts import sign_in
from tests.html import attributes, find, find_all, parse, text
from tests.members.factories import AgencyFactory
from tests.members.register.factories import offer_referral, record_consent, record_person
from tests.members.register.screens import audit_rows, url
from tests.members.register.test_relation_matrix import staff_of
from tests.members.register.test_sharing_views import offer_data

pytestmark = pytest.mark.django_db

TRANSFER = ReferralKind.TRANSFER


@pytest.fixture(autouse=True)
def _clock(time_machine):
    time_machine.move_to(datetime.datetime(2026, 12, 8, 10, 0, tzinfo=datetime.UTC), tick=False)


@pytest.fixture
def person(people):
    return record_person(by=people["caseworker_a"], given_names="Ionela", family_names="Vasilescu")


def transfer(people, person, **fields):
    return offer_referral(
        person, by=people["caseworker_a"], to=people["b"], kind=TRANSFER, **fields
    )


def accept(people, referral):
    return sharing_services.referral_accept(user=people["caseworker_b"], referral=referral)


def sees(user, person, part=None) -> bool:
    return Person.objects.visible_to(user, part).filter(pk=person.pk).exists()


# --- Offering -------------------------------------------------------------------------


def test_a_transfer_is_offered_like_a_referral_and_keeps_nothing_by_default(people, person):
    referral = transfer(people, person)
    assert (referral.kind, referral.state) == (TRANSFER, ReferralState.PENDING)
    assert referral.keep_parts == frozenset() and referral.keep_consent is None
    told = Notification.objects.get(recipient=people["caseworker_b"])
    assert told.title == "Agency A offered to transfer a record to your agency"
    assert "Vasilescu" not in told.title


def test_what_the_old_owner_keeps_is_recorded_as_its_own_consent(people, person):
    with audit_rows(people["a"]) as rows:
        referral = transfer(people, person, keep=[SharePart.MOVEMENTS])
    kept = referral.keep_consent
    assert (kept.recipient, kept.agency, kept.person) == (people["a"], people["a"], person)
    assert (kept.method, kept.valid_until) == (
        referral.consent.method,
        referral.consent.valid_until,
    )
    assert [r.action for r in rows] == [
        Action.CONSENT_RECORD,  # the transfer's consent, for B
        Action.CONSENT_RECORD,  # the same statement, for A keeping the movements
        Action.REFERRAL_OFFER,
    ]


def test_no_transfer_without_a_consent_for_that_agency(people, person):
    other = record_consent(person, by=people["caseworker_a"], to=AgencyFactory(country="PL"))
    with pytest.raises(ValidationError) as error:
        transfer(people, person, consent=other)
    assert "consent" in error.value.message_dict
    assert not Referral.objects.exists()


def test_only_the_owner_transfers(people, person):
    consent = record_consent(person, by=people["caseworker_a"], to=people["b"])
    for outsider in ("caseworker_b", "member_a", "coordinator"):
        with pytest.raises(Person.DoesNotExist):
            offer_referral(
                person, by=people[outsider], to=people["b"], consent=consent, kind=TRANSFER
            )
    assert not Referral.objects.exists()


def test_keeping_access_is_for_transfers_only(people, person):
    with pytest.raises(ValidationError) as error:
        offer_referral(person, by=people["caseworker_a"], to=people["b"], keep=["notes"])
    assert "keep" in error.value.message_dict
    with pytest.raises(ValidationError):
        transfer(people, person, keep=["everything"])
    assert not Referral.objects.exists()


# --- Accepting ------------------------------------------------------------------------


def test_accepting_moves_ownership_in_both_trails_and_keeps_the_data_key(people, person):
    wrapped = bytes(person.wrapped_key)
    referral = transfer(people, person)
    with audit_rows(people["a"]) as a_rows, audit_rows(people["b"]) as b_rows:
        assert accept(people, referral) is None
    person.refresh_from_db()
    assert person.agency == people["b"]
    assert bytes(person.wrapped_key) == wrapped
    assert open_identity(person).family_names == "Vasilescu"
    transferred = (Action.PERSON_TRANSFER, person.pk, str(referral.pk))
    assert transferred in [(r.action, r.person_uuid, r.detail) for r in a_rows]
    assert transferred in [(r.action, r.person_uuid, r.detail) for r in b_rows]
    assert Action.REFERRAL_ACCEPT in [r.action for r in b_rows]
    # B owns it: every part, and it may offer it on; A sees nothing any more.
    assert Person.objects.owned_by(people["caseworker_b"]).filter(pk=person.pk).exists()
    assert not sees(people["caseworker_a"], person) and not sees(people["admin_a"], person)
    assert not Share.objects.exists()
    told = Notification.objects.get(recipient=people["caseworker_a"])
    assert told.title == "Agency B accepted your transfer: it owns the record now"


def test_the_old_owner_keeps_only_what_the_person_agreed(people, person):
    referral = transfer(people, person, keep=[SharePart.MOVEMENTS])
    share = accept(people, referral)
    assert (share.agency, share.consent, share.parts) == (
        people["a"],
        referral.keep_consent,
        frozenset({SharePart.MOVEMENTS}),
    )
    assert sees(people["caseworker_a"], person, SharePart.MOVEMENTS)
    assert not sees(people["caseworker_a"], person, SharePart.IDENTITY)
    assert not Person.objects.owned_by(people["caseworker_a"]).filter(pk=person.pk).exists()
    # The new owner manages that consent: revoking it ends the old owner's access.
    sharing_services.consent_revoke(user=people["caseworker_b"], consent=referral.keep_consent)
    assert not sees(people["caseworker_a"], person)


def test_a_revoked_keep_consent_leaves_the_old_owner_nothing(people, person):
    referral = transfer(people, person, keep=[SharePart.IDENTITY])
    sharing_services.consent_revoke(user=people["caseworker_a"], consent=referral.keep_consent)
    assert accept(people, referral) is None
    assert not sees(people["caseworker_a"], person)


def test_pending_offers_of_the_old_owner_are_withdrawn(people, person):
    elsewhere = AgencyFactory(name="Agency C", country="PL", city="Kraków")
    c_staff = staff_of(elsewhere)
    waiting = offer_referral(person, by=people["caseworker_a"], to=elsewhere)
    referral = transfer(people, person)
    with audit_rows(people["a"]) as a_rows:
        accept(people, referral)
    waiting.refresh_from_db()
    assert waiting.state == ReferralState.WITHDRAWN
    withdrawn = (Action.REFERRAL_WITHDRAW_ON_TRANSFER, str(waiting.pk))
    assert withdrawn in [(r.action, r.detail) for r in a_rows]
    told = Notification.objects.filter(recipient=c_staff).values_list("title", flat=True)
    assert "Agency A withdrew a referral to your agency" in told
    with pytest.raises(ValidationError):
        sharing_services.referral_accept(user=c_staff, referral=waiting)


def test_shares_to_other_agencies_stay_and_the_receivers_own_share_ends(people, person):
    elsewhere = AgencyFactory(name="Agency C", country="PL", city="Kraków")
    to_c = offer_referral(person, by=people["caseworker_a"], to=elsewhere)
    c_share = sharing_services.referral_accept(user=staff_of(elsewhere), referral=to_c)
    b_share = accept(people, offer_referral(person, by=people["caseworker_a"], to=people["b"]))
    # A transfer may follow a referral to the same agency.
    accept(people, transfer(people, person))
    c_share.refresh_from_db()
    b_share.refresh_from_db()
    assert c_share.ended_at is None and Share.objects.active().filter(pk=c_share.pk).exists()
    assert b_share.end_reason == ShareEnd.TRANSFERRED
    # The new owner manages the shares it inherited.
    sharing_services.share_end(user=people["caseworker_b"], share=c_share)


def test_a_transfer_is_accepted_once(people, person):
    referral = transfer(people, person)
    accept(people, referral)
    with pytest.raises(ValidationError):
        accept(people, referral)
    assert Referral.objects.get().state == ReferralState.ACCEPTED


def test_an_expired_transfer_cannot_be_accepted(people, person, time_machine):
    referral = transfer(people, person)
    time_machine.shift(datetime.timedelta(days=15))
    with pytest.raises(ValidationError):
        accept(people, referral)
    person.refresh_from_db()
    assert person.agency == people["a"]


def test_only_the_receiving_agency_accepts_a_transfer(people, person):
    referral = transfer(people, person)
    for outsider in ("caseworker_a", "admin_a", "member_a", "coordinator"):
        with pytest.raises(Referral.DoesNotExist):
            sharing_services.referral_accept(user=people[outsider], referral=referral)
    person.refresh_from_db()
    assert person.agency == people["a"]


def test_a_transfer_under_a_revoked_consent_cannot_be_accepted(people, person):
    referral = transfer(people, person)
    sharing_services.consent_revoke(user=people["caseworker_a"], consent=referral.consent)
    with pytest.raises(ValidationError):
        accept(people, referral)
    assert Person.objects.get(pk=person.pk).agency == people["a"]


# --- Screens --------------------------------------------------------------------------


def test_the_form_offers_a_transfer_keeping_nothing_by_default(client, people, person):
    sign_in(client, people["caseworker_a"], recently=True)
    form = parse(client.get(url("register_share_new", person)))
    boxes = find_all(form, "input", type="checkbox", name="keep")
    assert len(boxes) == len(SharePart.values)
    assert not any("checked" in attributes(box) for box in boxes)
    response = client.post(
        url("register_share_new", person), offer_data(people, kind="transfer", keep=["notes"])
    )
    assert response.status_code == 302
    referral = Referral.objects.get()
    assert (referral.kind, referral.keep_parts) == (TRANSFER, frozenset({"notes"}))


def test_after_the_transfer_the_old_owner_gets_404_and_the_ledger_tells(client, people, person):
    referral = transfer(people, person)
    receiver = client.__class__()
    sign_in(receiver, people["caseworker_b"], recently=True)
    response = receiver.post(reverse("members:register_referral_accept", args=[referral.pk]))
    assert response["Location"] == url("register_person", person)
    page = parse(receiver.get(url("register_person", person)))
    assert "Your agency owns the record now" in text(page)
    ledger = text(find(page, "section", id="sharing"))
    assert "Transferred to this agency by Agency A, which owned it until then" in ledger
    assert "Offered (Transfer)" in ledger
    assert receiver.get(url("register_person_edit", person)).status_code == 200
    sign_in(client, people["caseworker_a"])
    assert client.get(url("register_person", person)).status_code == 404
    assert Consent.objects.filter(person=person).count() == 1
