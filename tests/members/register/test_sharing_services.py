"""Consents, referrals and shares through the services: who may do what, and what follows.

Agency A (Brussels) owns the people; agency B (Cluj) receives them.
"""

import datetime

import pytest

from django.core.exceptions import ValidationError
from django.test import override_settings
from django.utils import timezone

from members.agencies.models import AgencyRole
from members.agencies.models import AuditAction as Action
from members.notifications.models import Notification
from members.register import sharing_services
from members.register.keys import data_key_of
from members.register.models import Consent, Person, Referral, Share
from members.register.records import REFERRAL_TABLE, unseal
from members.register.tasks import expire_register_offers
from members.register.vocabulary import (
    ConsentMethod,
    DeclineReason,
    ReferralPurpose,
    ReferralState,
    ShareEnd,
)
from network_site.core.scheduling import periodic_tasks
from tests.members.factories import AgencyFactory, MembershipFactory
from tests.members.register.factories import offer_referral, record_consent, record_person
from tests.members.register.screens import audit_rows

pytestmark = pytest.mark.django_db

TODAY = datetime.date(2026, 12, 8)


@pytest.fixture(autouse=True)
def _clock(time_machine):
    time_machine.move_to(datetime.datetime(2026, 12, 8, 10, 0, tzinfo=datetime.UTC), tick=False)


@pytest.fixture
def person(people):
    return record_person(by=people["caseworker_a"], given_names="Ionela", family_names="Vasilescu")


def accept(people, referral):
    return sharing_services.referral_accept(user=people["caseworker_b"], referral=referral)


# --- Consent ------------------------------------------------------------------------


def test_a_consent_is_recorded_with_its_audit_row(people, person):
    with audit_rows(people["a"]) as rows:
        consent = record_consent(person, by=people["caseworker_a"], to=people["b"])
    assert consent.recipient == people["b"] and consent.agency == people["a"]
    assert [(r.action, r.person_uuid, r.detail) for r in rows] == [
        (Action.CONSENT_RECORD, person.pk, str(consent.pk))
    ]


def test_another_legal_basis_needs_its_article(people, person):
    with pytest.raises(ValidationError) as error:
        record_consent(
            person, by=people["caseworker_a"], to=people["b"], method=ConsentMethod.LEGAL_BASIS
        )
    assert "legal_article" in error.value.message_dict
    consent = record_consent(
        person,
        by=people["caseworker_a"],
        to=people["b"],
        method=ConsentMethod.LEGAL_BASIS,
        legal_article="GDPR Art. 9(2)(c)",
    )
    assert consent.legal_article == "GDPR Art. 9(2)(c)"


def test_a_consent_ends_after_it_was_given(people, person):
    with pytest.raises(ValidationError) as error:
        record_consent(
            person, by=people["caseworker_a"], to=people["b"], valid_until=TODAY, given_on=TODAY
        )
    assert "valid_until" in error.value.message_dict
    assert not Consent.objects.exists()


def test_a_spoken_consent_needs_a_witness_of_the_agency(people, person):
    worker = people["caseworker_a"]
    with pytest.raises(ValidationError):
        record_consent(person, by=worker, to=people["b"], method=ConsentMethod.VERBAL_WITNESSED)
    with pytest.raises(ValidationError) as error:
        record_consent(
            person,
            by=worker,
            to=people["b"],
            method=ConsentMethod.VERBAL_WITNESSED,
            witness=people["caseworker_b"],
        )
    assert "witness" in error.value.message_dict
    consent = record_consent(
        person,
        by=worker,
        to=people["b"],
        method=ConsentMethod.VERBAL_WITNESSED,
        witness=people["admin_a"],
    )
    assert consent.witness == people["admin_a"]


def test_only_the_owner_records_a_consent_and_never_for_itself(people, person):
    with pytest.raises(Person.DoesNotExist):
        record_consent(person, by=people["caseworker_b"], to=people["b"])
    with pytest.raises(ValidationError):
        record_consent(person, by=people["caseworker_a"], to=people["a"])
    inactive = AgencyFactory(name="Closed agency", active=False)
    with pytest.raises(ValidationError):
        record_consent(person, by=people["caseworker_a"], to=inactive)


# --- Offering ------------------------------------------------------------------------


def test_an_offer_is_sealed_audited_and_notified_without_the_person(people, person):
    MembershipFactory(agency=people["b"], role=AgencyRole.AGENCY_ADMIN)
    member_b = MembershipFactory(agency=people["b"], role=AgencyRole.MEMBER).user
    with audit_rows(people["a"]) as rows:
        referral = offer_referral(
            person,
            by=people["caseworker_a"],
            to=people["b"],
            message="She arrives by bus on Monday",
        )
    assert referral.state == ReferralState.PENDING
    assert referral.expires_at == timezone.now() + datetime.timedelta(days=14)
    assert b"bus on Monday" not in bytes(Referral.objects.get(pk=referral.pk).message)
    opened = unseal(
        data_key_of(person), referral.message, table=REFERRAL_TABLE, row=referral.pk, name="message"
    )
    assert opened == "She arrives by bus on Monday"
    assert [r.action for r in rows] == [Action.CONSENT_RECORD, Action.REFERRAL_OFFER]
    told = Notification.objects.filter(kind="referrals")
    # Caseworkers and admins of B; not its plain members, nobody of A.
    assert told.count() == 2 and not told.filter(recipient=member_b).exists()
    for notification in told:
        assert notification.title == "Agency A offered your agency a referral"
        assert "Vasilescu" not in f"{notification.title} {notification.body} {notification.link}"
        assert "Ionela" not in f"{notification.title} {notification.body}"


@override_settings(REGISTER_OFFER_DAYS=3)
def test_the_offer_expiry_comes_from_the_setting(people, person):
    referral = offer_referral(person, by=people["caseworker_a"], to=people["b"])
    assert referral.expires_at == timezone.now() + datetime.timedelta(days=3)


def test_the_sensitive_section_travels_only_when_chosen(people, person):
    referral = offer_referral(person, by=people["caseworker_a"], to=people["b"])
    assert (referral.with_identity, referral.with_movements) == (True, True)
    assert (referral.with_notes, referral.with_sensitive) == (False, False)
    with pytest.raises(ValidationError):
        offer_referral(person, by=people["caseworker_a"], to=people["b"], scope=())


def test_no_offer_without_a_consent_for_that_agency_and_purpose(people, person):
    worker = people["caseworker_a"]
    other = AgencyFactory(name="Agency C", country="NL", city="Utrecht")
    for_other = record_consent(person, by=worker, to=other)
    with pytest.raises(ValidationError) as error:
        offer_referral(person, by=worker, to=people["b"], consent=for_other)
    assert "consent" in error.value.message_dict
    for_housing = record_consent(person, by=worker, to=people["b"], purpose=ReferralPurpose.HOUSING)
    with pytest.raises(ValidationError):
        offer_referral(
            person,
            by=worker,
            to=people["b"],
            consent=for_housing,
            purpose=ReferralPurpose.CONTINUED_SUPPORT,
        )
    assert not Referral.objects.exists()


def test_no_offer_under_an_expired_or_revoked_consent(people, person, time_machine):
    worker = people["caseworker_a"]
    lapsed = record_consent(
        person, by=worker, to=people["b"], valid_until=TODAY + datetime.timedelta(days=2)
    )
    revoked = record_consent(person, by=worker, to=people["b"])
    sharing_services.consent_revoke(user=worker, consent=revoked)
    with pytest.raises(ValidationError):
        offer_referral(person, by=worker, to=people["b"], consent=revoked)
    time_machine.move_to(datetime.datetime(2026, 12, 11, 10, 0, tzinfo=datetime.UTC))
    with pytest.raises(ValidationError):
        offer_referral(person, by=worker, to=people["b"], consent=lapsed)
    assert not Referral.objects.exists()


def test_only_the_owner_offers(people, person):
    consent = record_consent(person, by=people["caseworker_a"], to=people["b"])
    for outsider in ("caseworker_b", "member_a", "coordinator"):
        with pytest.raises(Person.DoesNotExist):
            sharing_services.referral_offer(
                user=people[outsider],
                person=person,
                to_agency=people["b"],
                consent=consent,
                purpose=consent.purpose,
                scope=["identity"],
            )
    # A receiving agency with a share does not pass the record on.
    accept(
        people, offer_referral(person, by=people["caseworker_a"], to=people["b"], consent=consent)
    )
    with pytest.raises(Person.DoesNotExist):
        offer_referral(person, by=people["caseworker_b"], to=people["hidden"])


def test_one_offer_at_a_time_to_an_agency(people, person):
    offer_referral(person, by=people["caseworker_a"], to=people["b"])
    with pytest.raises(ValidationError):
        offer_referral(person, by=people["caseworker_a"], to=people["b"])


# --- Answering ------------------------------------------------------------------------


def test_accepting_opens_the_record_within_the_scope_until_the_consent_ends(people, person):
    referral = offer_referral(person, by=people["caseworker_a"], to=people["b"])
    assert not Person.objects.visible_to(people["caseworker_b"]).filter(pk=person.pk).exists()
    with audit_rows(people["a"]) as a_rows, audit_rows(people["b"]) as b_rows:
        share = accept(people, referral)
    assert share.parts == {"identity", "movements"}
    valid_until = referral.consent.valid_until
    assert timezone.localtime(share.expires_at).date() == valid_until + datetime.timedelta(days=1)
    assert timezone.localtime(share.expires_at).time() == datetime.time.min
    assert Person.objects.visible_to(people["caseworker_b"]).filter(pk=person.pk).exists()
    assert not Person.objects.visible_to(people["caseworker_b"], "notes").filter(pk=person.pk)
    assert [r.action for r in a_rows] == [Action.REFERRAL_ACCEPT]
    assert [r.action for r in b_rows] == [Action.REFERRAL_ACCEPT]
    told = Notification.objects.get(recipient=people["caseworker_a"])
    assert told.title == "Agency B accepted your referral"


def test_only_the_receiving_agency_answers(people, person):
    referral = offer_referral(person, by=people["caseworker_a"], to=people["b"])
    for outsider in ("caseworker_a", "admin_a", "member_a", "coordinator"):
        with pytest.raises(Referral.DoesNotExist):
            sharing_services.referral_accept(user=people[outsider], referral=referral)
        with pytest.raises(Referral.DoesNotExist):
            sharing_services.referral_decline(
                user=people[outsider], referral=referral, reason=DeclineReason.NO_CAPACITY
            )
    member_b = MembershipFactory(agency=people["b"], role=AgencyRole.MEMBER).user
    with pytest.raises(Referral.DoesNotExist):
        sharing_services.referral_accept(user=member_b, referral=referral)
    assert not Share.objects.exists()


def test_an_offer_is_answered_once(people, person):
    referral = offer_referral(person, by=people["caseworker_a"], to=people["b"])
    accept(people, referral)
    with pytest.raises(ValidationError):
        accept(people, referral)
    with pytest.raises(ValidationError):
        sharing_services.referral_decline(
            user=people["caseworker_b"], referral=referral, reason=DeclineReason.NO_CAPACITY
        )
    assert Share.objects.count() == 1


def test_declining_takes_a_reason_and_tells_the_sender(people, person):
    referral = offer_referral(person, by=people["caseworker_a"], to=people["b"])
    with pytest.raises(ValidationError):
        sharing_services.referral_decline(
            user=people["caseworker_b"], referral=referral, reason="bored"
        )
    with audit_rows(people["b"]) as b_rows:
        sharing_services.referral_decline(
            user=people["caseworker_b"], referral=referral, reason=DeclineReason.OUT_OF_AREA
        )
    referral.refresh_from_db()
    assert (referral.state, referral.decline_reason) == ("declined", "out-of-area")
    assert [(r.action, r.reason) for r in b_rows] == [(Action.REFERRAL_DECLINE, "out-of-area")]
    told = Notification.objects.get(recipient=people["caseworker_a"])
    assert told.title == "Agency B declined your referral"
    assert not Share.objects.exists()


def test_an_offer_cannot_be_accepted_once_its_consent_is_revoked(people, person):
    referral = offer_referral(person, by=people["caseworker_a"], to=people["b"])
    sharing_services.consent_revoke(user=people["caseworker_a"], consent=referral.consent)
    with pytest.raises(ValidationError):
        accept(people, referral)


def test_the_sender_withdraws_a_pending_offer(people, person):
    referral = offer_referral(person, by=people["caseworker_a"], to=people["b"])
    with pytest.raises(Referral.DoesNotExist):
        sharing_services.referral_withdraw(user=people["caseworker_b"], referral=referral)
    sharing_services.referral_withdraw(user=people["admin_a"], referral=referral)
    with pytest.raises(ValidationError):
        accept(people, referral)
    assert Referral.objects.get().state == ReferralState.WITHDRAWN


# --- Expiry ------------------------------------------------------------------------------


def test_an_offer_expires_unanswered(people, person, time_machine):
    referral = offer_referral(person, by=people["caseworker_a"], to=people["b"])
    time_machine.move_to(datetime.datetime(2026, 12, 22, 9, 0, tzinfo=datetime.UTC))
    assert sharing_services.offers_expire() == 0  # 14 days are not over yet
    time_machine.move_to(datetime.datetime(2026, 12, 22, 11, 0, tzinfo=datetime.UTC))
    with pytest.raises(ValidationError):
        accept(people, referral)
    with audit_rows(people["a"]) as rows:
        assert sharing_services.offers_expire() == 1
    assert Referral.objects.get().state == ReferralState.EXPIRED
    assert [(r.action, r.person_uuid) for r in rows] == [(Action.REFERRAL_EXPIRE, person.pk)]
    assert sharing_services.offers_expire() == 0
    assert Notification.objects.filter(recipient=people["caseworker_a"]).exists()


def test_the_periodic_task_closes_expired_offers(people, person, time_machine):
    assert periodic_tasks()["expire-register-offers"].task is expire_register_offers
    offer_referral(person, by=people["caseworker_a"], to=people["b"])
    time_machine.move_to(datetime.datetime(2027, 1, 1, tzinfo=datetime.UTC))
    assert expire_register_offers.call() == 1


# --- Ending access -------------------------------------------------------------------------


def test_revoking_consent_ends_the_share(people, person):
    share = accept(people, offer_referral(person, by=people["caseworker_a"], to=people["b"]))
    with pytest.raises(Consent.DoesNotExist):
        sharing_services.consent_revoke(user=people["caseworker_b"], consent=share.consent)
    with audit_rows(people["a"]) as rows:
        sharing_services.consent_revoke(user=people["caseworker_a"], consent=share.consent)
    assert not Person.objects.visible_to(people["caseworker_b"]).filter(pk=person.pk).exists()
    share.refresh_from_db()
    assert share.end_reason == ShareEnd.CONSENT_REVOKED
    assert [r.action for r in rows] == [Action.CONSENT_REVOKE]
    with pytest.raises(ValidationError):
        sharing_services.consent_revoke(user=people["caseworker_a"], consent=share.consent)


@pytest.mark.parametrize(
    ("who", "reason", "b_rows"),
    [("admin_a", ShareEnd.ENDED_BY_OWNER, 0), ("caseworker_b", ShareEnd.ENDED_BY_RECIPIENT, 1)],
)
def test_either_side_ends_a_share(people, person, who, reason, b_rows):
    share = accept(people, offer_referral(person, by=people["caseworker_a"], to=people["b"]))
    with audit_rows(people["a"]) as a_trail, audit_rows(people["b"]) as b_trail:
        sharing_services.share_end(user=people[who], share=share)
    share.refresh_from_db()
    assert share.end_reason == reason
    assert [r.action for r in a_trail] == [Action.SHARE_END]
    assert len(b_trail) == b_rows
    assert not Person.objects.visible_to(people["caseworker_b"]).filter(pk=person.pk).exists()
    with pytest.raises(Share.DoesNotExist):
        sharing_services.share_end(user=people[who], share=share)


def test_a_share_ends_for_nobody_else(people, person):
    share = accept(people, offer_referral(person, by=people["caseworker_a"], to=people["b"]))
    stranger = MembershipFactory(agency=people["hidden"], role=AgencyRole.CASEWORKER).user
    for outsider in (stranger, people["member_a"], people["coordinator"]):
        with pytest.raises(Share.DoesNotExist):
            sharing_services.share_end(user=outsider, share=share)
