"""``manage.py register_synthetic_people``: bench people that the register finds as real ones."""

import io

import pytest

from django.core.management import CommandError, call_command
from django.db import connection
from django.test import override_settings

from members.agencies.models import Agency
from members.register.models import Person
from members.register.selectors import identity_indexes, matching_people, open_identity
from members.register.synthetic import SYNTHETIC_AGENCY_NAME, SYNTHETIC_USERNAME

pytestmark = pytest.mark.django_db


def add(*args: str) -> str:
    out = io.StringIO()
    call_command("register_synthetic_people", *args, stdout=out, stderr=io.StringIO())
    return out.getvalue()


def test_synthetic_people_are_real_records_that_a_lookup_finds():
    report = add("--count", "25", "--chunk-size", "7", "--seed", "1")

    agency = Agency.objects.get(name=SYNTHETIC_AGENCY_NAME)
    assert f"Added 25 people to {SYNTHETIC_AGENCY_NAME} ({agency.pk})" in report
    people = list(Person.objects.filter(agency=agency))
    assert len(people) == 25
    for person in people:
        identity = open_identity(person)  # their own data key, the real master key
        assert (person.name_index, person.phonetic_index) == identity_indexes(identity)
        found = matching_people(
            Person.objects.filter(agency=agency),
            family_names=identity.family_names,
            given_names=identity.given_names,
            birth=identity.birth,
        )
        assert person in found
    assert len({bytes(person.wrapped_key) for person in people}) == 25
    author = people[0].created_by
    assert author.username == SYNTHETIC_USERNAME
    assert not author.is_active and not author.has_usable_password()
    assert {person.created_by_id for person in people} == {author.pk}


def test_a_second_run_adds_to_the_same_agency_or_to_the_one_named(people):
    add("--count", "3")
    add("--count", "2")
    assert Person.objects.filter(agency__name=SYNTHETIC_AGENCY_NAME).count() == 5

    add("--count", "4", "--agency", str(people["b"].pk))

    assert Person.objects.filter(agency=people["b"]).count() == 4


def test_an_unknown_agency_is_refused():
    with pytest.raises(CommandError, match="No agency"):
        add("--count", "1", "--agency", "6c1d1c5e-7f1e-4f64-9d55-3f0a4a2b8d11")
    with pytest.raises(CommandError, match="No agency"):
        add("--count", "1", "--agency", "not-a-uuid")


@override_settings(DEMO_CONTENT_ALLOWED=False)
def test_settings_without_demo_content_are_refused():
    with pytest.raises(CommandError, match="DEMO_CONTENT_ALLOWED"):
        add("--count", "1")
    assert not Person.objects.exists()
    assert not Agency.objects.filter(name=SYNTHETIC_AGENCY_NAME).exists()


def test_a_database_other_than_postgresql_is_refused(monkeypatch):
    monkeypatch.setattr(connection, "vendor", "sqlite")
    with pytest.raises(CommandError, match="PostgreSQL's COPY; this database is sqlite"):
        add("--count", "1")
    monkeypatch.undo()
    assert not Person.objects.exists()
