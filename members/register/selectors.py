"""Reads of the register: the plain form of a person's encrypted parts, their history.

Every queryset here starts from ``visible_to(user)``, except the operators' count of
master key versions, which reads no personal data. Opening a field decrypts it with
the person's data key; it never leaves the request.
"""

from django.db.models import Count

from members.register.blind_index import name_and_birth_index, phonetic_index
from members.register.keys import data_key_of
from members.register.models import CaseNote, Movement, Person
from members.register.records import (
    MOVEMENT_TABLE,
    NOTE_TABLE,
    PERSON_TABLE,
    Contact,
    Identity,
    Sensitive,
    contact_from_json,
    identity_from_json,
    sensitive_from_json,
    unseal,
)

MATCH_LIMIT = 50


def open_identity(person: Person) -> Identity:
    text = unseal(
        data_key_of(person), person.identity, table=PERSON_TABLE, row=person.pk, name="identity"
    )
    return identity_from_json(text)


def open_contact(person: Person) -> Contact:
    if person.contact is None:
        return Contact()
    text = unseal(
        data_key_of(person), person.contact, table=PERSON_TABLE, row=person.pk, name="contact"
    )
    return contact_from_json(text)


def open_sensitive(person: Person) -> Sensitive:
    """Only for ``services.sensitive_reveal`` and the edit that follows it."""
    if person.sensitive is None:
        return Sensitive()
    text = unseal(
        data_key_of(person), person.sensitive, table=PERSON_TABLE, row=person.pk, name="sensitive"
    )
    return sensitive_from_json(text)


def open_movement_note(movement: Movement) -> str:
    if movement.note is None:
        return ""
    return unseal(
        data_key_of(movement.person),
        movement.note,
        table=MOVEMENT_TABLE,
        row=movement.pk,
        name="note",
    )


def open_note(note: CaseNote) -> str:
    return unseal(data_key_of(note.person), note.body, table=NOTE_TABLE, row=note.pk, name="body")


def people_visible_to(user):
    return Person.objects.visible_to(user)


def visible_person(user, person_id) -> Person:
    """The person, if the user may see them; ``Person.DoesNotExist`` otherwise (a 404)."""
    return (
        Person.objects.visible_to(user).select_related("agency", "supported_by").get(pk=person_id)
    )


def identity_indexes(identity: Identity) -> tuple[str, str]:
    """The blind indexes of an identity: exact name and birth, phonetic name and year."""
    birth = identity.birth.isoformat()
    return (
        name_and_birth_index(identity.family_names, identity.given_names, birth),
        phonetic_index(identity.family_names, str(identity.birth.year)),
    )


def matching_people(queryset, *, family_names: str, given_names: str, birth) -> list[Person]:
    """People in ``queryset`` whose blind indexes match: the same normalised name and
    birth, or a family name that sounds the same and the same year of birth.

    At most ``MATCH_LIMIT``, those with the same name and birth first: a common family
    name can sound like that of hundreds of people born the same year, and the person
    searched for must not fall past the limit behind them. Two small queries: the
    second reads the people who sound the same in the list's order straight from an
    index of the agency, the phonetic index and that order, so it stops at the limit
    instead of fetching and sorting everyone who sounds the same."""
    people = queryset.select_related("agency")
    same = []
    if given_names:
        exact = name_and_birth_index(family_names, given_names, birth.isoformat())
        same = list(people.filter(name_index=exact)[:MATCH_LIMIT])
    if len(same) >= MATCH_LIMIT:
        return same
    sounds = phonetic_index(family_names, str(birth.year))
    alike = people.filter(phonetic_index=sounds).exclude(pk__in=[person.pk for person in same])
    return same + list(alike[: MATCH_LIMIT - len(same)])


def timeline(user, person: Person) -> list[Movement]:
    """Every movement of the person, corrections and the events they replace included."""
    return list(
        Movement.objects.visible_to(user)
        .filter(person=person)
        .select_related("recording_agency", "recorded_by", "supersedes")
        .order_by("date", "recorded_at")
    )


def notes_of(user, person: Person) -> list[CaseNote]:
    """Every case note about the person, newest first, superseded ones included."""
    return list(
        CaseNote.objects.visible_to(user)
        .filter(person=person)
        .select_related("author", "supersedes", "superseded_by")
    )


def key_versions_in_use() -> dict[int, int]:
    """How many people's data keys each master key version wraps, for the operators who
    rotate the master keys (``manage.py register_rotate_keys``): no user, no personal data."""
    rows = Person.objects.order_by().values_list("key_version").annotate(people=Count("pk"))
    return dict(sorted(rows))
