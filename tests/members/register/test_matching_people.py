"""The name lookup (``selectors.matching_people``) behind the register's search and the
duplicate check: the person searched for is found however common their name is."""

import pytest

from members.register.models import Person
from members.register.records import BirthDate, Identity
from members.register.selectors import matching_people
from members.register.services import person_duplicate_check
from tests.members.register.factories import record_person

pytestmark = pytest.mark.django_db

LIMIT = 50


def test_the_person_searched_for_comes_first_among_many_who_sound_the_same(
    people, django_assert_max_num_queries
):
    worker = people["caseworker_a"]
    # Recorded first, so the oldest: the list's own order would put them last.
    wanted = record_person(
        by=worker, given_names="Ana", family_names="Popescu", birth=BirthDate(1985, 3, 12)
    )
    for number in range(LIMIT + 2):
        record_person(
            by=worker,
            given_names=f"Other{number}",
            family_names="Popescu",
            birth=BirthDate(1985, 1 + number % 12, 1 + number % 28),
        )

    visible = Person.objects.visible_to(worker)
    with django_assert_max_num_queries(2):
        found = matching_people(
            visible, family_names="Popescu", given_names="Ana", birth=BirthDate(1985, 3, 12)
        )

    assert len(found) == LIMIT
    assert found[0] == wanted
    duplicates = person_duplicate_check(
        user=worker, agency=people["a"], identity=Identity("ana", "POPESCU", BirthDate(1985, 3, 12))
    )
    assert duplicates[0] == wanted


def test_without_given_names_those_who_sound_the_same_are_found_newest_first(people):
    worker = people["caseworker_a"]
    older = record_person(by=worker, family_names="Ionescu", birth=BirthDate(1990))
    newer = record_person(by=worker, family_names="Ionesco", birth=BirthDate(1990, 6))
    record_person(by=worker, family_names="Ionescu", birth=BirthDate(1991))

    found = matching_people(
        Person.objects.visible_to(worker),
        family_names="Ионеску",
        given_names="",
        birth=BirthDate(1990),
    )

    assert found == [newer, older]
