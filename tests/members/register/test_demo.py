"""The demo register: fictional caseloads of every active demo agency, recorded through
the services by each agency's own staff, the same on every run, loaded once."""

import datetime

import pytest

from django.contrib.auth import get_user_model
from django.db.models import Count
from django.utils import timezone

from members.agencies.demo import load_demo_agencies
from members.agencies.models import Agency, AuditAction, AuditEvent
from members.register import services
from members.register.demo import load_demo_register, loader
from members.register.demo.data import PLANS
from members.register.demo.loader import KNOWN_PERSON, KNOWN_PERSON_AGENCY
from members.register.demo.people import Caseload
from members.register.demo.sharing import BRUSSELS, CLUJ, KNOWN_IN_BOTH, load_demo_sharing
from members.register.models import (
    CaseNote,
    ContactRequest,
    Erasure,
    Movement,
    Person,
    Referral,
    Share,
    records_agency_ids,
)
from members.register.records import BirthDate, Identity
from members.register.selectors import open_identity
from members.register.sharing_selectors import incoming_offers
from members.register.vocabulary import ReferralKind, ReferralState


def _user(username: str):
    return get_user_model().objects.get(username=username)


@pytest.mark.django_db
def test_every_active_agency_gets_its_caseload_once_through_its_own_staff():
    load_demo_agencies()
    created = load_demo_register()
    demo_agencies = Agency.objects.filter(name__in=[plan.agency for plan in PLANS])
    active = set(demo_agencies.filter(active=True).values_list("pk", flat=True))
    per_agency = dict(Person.objects.values_list("agency").annotate(people=Count("id")).order_by())
    assert set(per_agency) == active
    assert sum(per_agency.values()) >= 150
    assert Movement.objects.count() >= 600
    # Each person recorded by a caseworker or admin of their own agency, through the
    # services: every act is in that agency's audit trail.
    for person in Person.objects.select_related("created_by"):
        assert person.agency_id in records_agency_ids(person.created_by)
    assert (
        AuditEvent.objects.filter(action=AuditAction.PERSON_CREATE).count()
        == Person.objects.count()
    )
    assert AuditEvent.objects.filter(action=AuditAction.MOVEMENT_CORRECT).exists()
    # The story has every kind of turn, within the last three years, none in the future.
    today = timezone.localdate()
    dates = Movement.objects.values_list("date", flat=True)
    assert today - datetime.timedelta(days=3 * 365) <= min(dates) and max(dates) <= today
    assert set(Movement.objects.values_list("kind", flat=True).distinct()) >= {
        "arrived", "moved-on", "returned", "support-started", "support-ended",
        "whereabouts-unknown", "contact-resumed",
    }  # fmt: skip
    assert CaseNote.objects.filter(supersedes__isnull=False).exists()
    assert 0 < Person.objects.exclude(sensitive=None).count() < Person.objects.count() / 5
    assert Person.objects.exclude(contact=None).exists()
    # The lines say what was made, never a name.
    assert any(line.startswith("person ") for line in created)
    assert not any(KNOWN_PERSON.family_names in line for line in created)

    assert load_demo_register() == []
    assert Person.objects.count() == sum(per_agency.values())


@pytest.mark.django_db
def test_the_brussels_caseworker_can_try_the_duplicate_warning_and_romania_sees_none(
    monkeypatch,
):
    brussels_and_cluj = [plan for plan in PLANS if plan.country in ("BE", "RO")]
    monkeypatch.setattr(loader, "PLANS", brussels_and_cluj)
    load_demo_agencies()
    load_demo_register()
    brussels = Agency.objects.get(name=KNOWN_PERSON_AGENCY)
    caseworker, other = _user("caseworker"), _user("other-caseworker")
    variant = Identity(KNOWN_PERSON.given_names, "Dumitresco", BirthDate(1986))
    matches = services.person_duplicate_check(user=caseworker, agency=brussels, identity=variant)
    assert [open_identity(person) for person in matches] == [KNOWN_PERSON]
    assert Person.objects.visible_to(caseworker).filter(agency=brussels).count() >= 20
    assert not Person.objects.visible_to(other).filter(agency=brussels).exists()
    assert Person.objects.visible_to(other).exists()


def test_the_demo_people_are_the_same_every_day_their_dates_move_with_it():
    plan = PLANS[0]
    monday, later = datetime.date(2026, 3, 2), datetime.date(2027, 1, 15)
    first, again = Caseload(plan, monday).people(), Caseload(plan, later).people()
    assert [person.identity for person in first] == [person.identity for person in again]
    shift = later - monday
    assert [[event.date + shift for event in person.events] for person in first] == [
        [event.date for event in person.events] for person in again
    ]
    names = {person.identity.family_names for person in first}
    assert len(names) > len(first) * 0.9, "names vary"


# --- Sharing between Brussels and Cluj (issue 15) ---------------------------------------


@pytest.mark.django_db
def test_the_demo_shows_each_state_of_sharing_between_brussels_and_cluj(
    monkeypatch,
):
    monkeypatch.setattr(loader, "PLANS", [plan for plan in PLANS if plan.country in ("BE", "RO")])
    load_demo_agencies()
    load_demo_register()
    created = load_demo_sharing()
    brussels, cluj = (Agency.objects.get(name=name) for name in (BRUSSELS, CLUJ))
    caseworker, other = _user("caseworker"), _user("other-caseworker")

    [waiting] = incoming_offers(other)
    assert waiting.from_agency == brussels and waiting.state == ReferralState.PENDING
    [share] = Share.objects.active().filter(agency=cluj)
    assert share.referral.state == ReferralState.ACCEPTED
    # Cluj sees the shared Brussels person, and no other.
    assert list(Person.objects.visible_to(other).filter(agency=brussels)) == [share.person]
    [request] = ContactRequest.objects.to_agencies([brussels.pk])
    assert request.from_agency == cluj and request.open()
    [matched] = request.matched_people.all()
    assert open_identity(matched) == KNOWN_IN_BOTH
    assert Person.objects.visible_to(caseworker).filter(pk=matched.pk).exists()
    assert not any(KNOWN_IN_BOTH.family_names in line for line in created)

    # A transfer accepted: a person Brussels recorded is Cluj's record now.
    [transfer] = Referral.objects.filter(kind=ReferralKind.TRANSFER)
    assert transfer.state == ReferralState.ACCEPTED and transfer.person.agency == cluj
    assert Person.objects.owned_by(other).filter(pk=transfer.person_id).exists()
    assert not Person.objects.visible_to(caseworker).filter(pk=transfer.person_id).exists()
    # An erasure by Brussels waits for Cluj, which had received the person.
    [erasure] = Erasure.objects.filter(agency=brussels)
    [confirmation] = erasure.confirmations.all()
    assert confirmation.agency == cluj and confirmation.confirmed_at is None

    assert load_demo_sharing() == []
    assert Referral.objects.count() == 3 and ContactRequest.objects.count() == 1
    assert Erasure.objects.count() == 1
