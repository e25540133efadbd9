"""The register's services: recording people and movements, with their audit events."""

import datetime

import pytest

from members.agencies.models import AuditAction, AuditEvent
from members.register.models import Person
from members.register.selectors import open_identity, timeline
from members.register.vocabulary import MovementKind, PersonStatus
from tests.members.register.factories import record_movement, record_person

pytestmark = pytest.mark.django_db


def test_a_recorded_person_reads_back_and_is_audited(people):
    person = record_person(by=people["caseworker_a"], family_names="Popescu")
    record_movement(person, by=people["caseworker_a"])
    person = Person.objects.visible_to(people["caseworker_a"]).get()
    assert open_identity(person).family_names == "Popescu"
    assert person.current_country == "BE"
    assert len(timeline(people["caseworker_a"], person)) == 1
    assert list(AuditEvent.objects.of_agency(people["a"]).values_list("action", "person_uuid")) == [
        (AuditAction.PERSON_CREATE, person.pk),
        (AuditAction.MOVEMENT_RECORD, person.pk),
    ]


def test_support_and_whereabouts_follow_the_effective_history(people):
    worker = people["caseworker_a"]
    person = record_person(by=worker)
    arrival = record_movement(person, by=worker, date=datetime.date(2025, 5, 1))
    record_movement(
        person, by=worker, kind=MovementKind.SUPPORT_STARTED, date=datetime.date(2025, 6, 1)
    )
    person.refresh_from_db()
    assert (person.current_country, person.status) == ("BE", PersonStatus.SUPPORTED)
    assert person.supported_by == people["a"]
    # A correction: the person had in fact arrived in the Netherlands.
    record_movement(
        person, by=worker, to_country="NL", date=datetime.date(2025, 5, 1), supersedes=arrival
    )
    person.refresh_from_db()
    assert person.current_country == "NL"
    assert len(timeline(worker, person)) == 3
