"""Reads of the register: the plain form of a person's encrypted parts, their history.

Every queryset here starts from ``visible_to(user)``, except the operators' count of
master key versions, which reads no personal data. Opening a field decrypts it with
the person's data key; it never leaves the request.
"""

from dataclasses import dataclass

from django.db.models import Count

from members.agencies.access import memberships
from members.agencies.models import Agency
from members.register.blind_index import name_and_birth_index, phonetic_index
from members.register.keys import data_key_of
from members.register.models import CaseNote, Movement, Person, Share, records_agency_ids
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
from members.register.vocabulary import SharePart

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


EVERY_PART = frozenset(SharePart.values)


@dataclass(frozen=True)
class Access:
    """How a user reaches one person: as the owning agency's staff (every part), or
    through active shares to their agencies (``through``), within the parts those
    shares cover together."""

    owner: bool
    parts: frozenset[str]
    through: tuple[Agency, ...] = ()

    def opens(self, part: str) -> bool:
        return part in self.parts

    # For templates, which cannot pass an argument.
    @property
    def opens_identity(self) -> bool:
        return self.opens(SharePart.IDENTITY)

    @property
    def opens_movements(self) -> bool:
        return self.opens(SharePart.MOVEMENTS)

    @property
    def opens_notes(self) -> bool:
        return self.opens(SharePart.NOTES)

    @property
    def opens_sensitive(self) -> bool:
        return self.opens(SharePart.SENSITIVE)


def access_of(user, person: Person) -> Access:
    """What of ``person`` the user may read and write (nothing: ``parts`` empty).

    Read once per person and user in a request: the page, its audit rows and the
    service that writes all ask."""
    cache = person.__dict__.setdefault("_access", {})
    if user.pk in cache:
        return cache[user.pk]
    agency_ids = records_agency_ids(user)
    if person.agency_id in agency_ids:
        access = Access(owner=True, parts=EVERY_PART)
    else:
        parts, through = set(), set()
        for share in Share.objects.active().to_agencies(agency_ids).filter(person=person):
            parts |= share.parts
            through.add(share.agency_id)
        agencies = tuple(m.agency for m in memberships(user) if m.agency_id in through)
        access = Access(owner=False, parts=frozenset(parts), through=agencies)
    cache[user.pk] = access
    return access


def people_visible_to(user):
    return Person.objects.visible_to(user)


def visible_person(user, person_id, part: str | None = None, *, owner: bool = False) -> Person:
    """The person, if the user may see them (with ``part``: that part of their record;
    with ``owner``: as the owning agency's staff); ``Person.DoesNotExist`` otherwise (a 404)."""
    people = Person.objects.owned_by(user) if owner else Person.objects.visible_to(user, part)
    return people.select_related("agency", "supported_by").get(pk=person_id)


def people_listed(user, lookups: dict):
    """The people of the register's list, with ``opens_identity`` and ``opens_movements``.

    A filter (country, status) is worked out from movements, so with one the list keeps
    only the people whose movements the user may read: a shared person's whereabouts
    must not show through a filter either."""
    part = SharePart.MOVEMENTS if lookups else None
    return (
        Person.objects.visible_to(user, part)
        .filter(**lookups)
        .with_parts_open_to(user, SharePart.IDENTITY, SharePart.MOVEMENTS)
    )


def people_searchable(user):
    """The people a name search may find: only those whose identity the user may read,
    or a match would tell a name the share does not carry."""
    return Person.objects.visible_to(user, SharePart.IDENTITY).with_parts_open_to(
        user, SharePart.IDENTITY, SharePart.MOVEMENTS
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
    # An erased or anonymised person has no data key left to rewrap.
    people = Person.objects.readable()
    rows = people.order_by().values_list("key_version").annotate(people=Count("pk"))
    return dict(sorted(rows))
