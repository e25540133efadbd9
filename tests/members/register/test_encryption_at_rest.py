"""What someone with a copy of the database sees of the register: ciphertext only.

Raw SQL reads every register table (and the audit trail) as a backup or a stolen dump
would show it, and looks for the plaintext of every personal field in the forms a
search tool would try. Then ciphertext is moved around in the database, as someone
with SQL access might, and must no longer open.
"""

import base64
import hashlib
import itertools
import json

import jellyfish
import pytest

from django.db import connection
from django.test import override_settings

from members.agencies.models import AuditEvent
from members.register import discovery, erasure, services, sharing_services
from members.register.blind_index import normalise_name
from members.register.crypto import RegisterDecryptionError
from members.register.keys import data_key_of
from members.register.models import CaseNote, Person
from members.register.records import (
    NOTE_TABLE,
    PERSON_TABLE,
    REFERRAL_TABLE,
    BirthDate,
    Contact,
    Identity,
    Sensitive,
)
from members.register.selectors import (
    identity_indexes,
    open_contact,
    open_identity,
    open_note,
)
from tests.members.register.factories import offer_referral, record_movement, record_person

pytestmark = pytest.mark.django_db

IDENTITY = Identity(
    given_names="Ștefănuț Ionuț",
    family_names="Dumitrașcu-Lăcătuș",
    birth=BirthDate(1979, 11, 23),
    other_names=("Stefan Dumitrascu", "Штефан Думитрашку"),
)
CONTACT = Contact(
    phone="+32 470 12 34 56",
    email="stefan.dumitrascu@example.org",
    whereabouts="Gare du Midi, under the bridge",
)
SENSITIVE = Sensitive(
    health="Type 2 diabetes, insulin twice daily",
    community="Roma community of Craiova",
    other="Left after domestic violence",
)
MOVEMENT_NOTE = "Slept at the night shelter on Rue Haute"
CASE_NOTE = "Met at the day centre; needs a referral to a GP"
REFERRAL_MESSAGE = "Arrives at Cluj station on Monday with her brother"

PLAINTEXTS = [
    IDENTITY.given_names,
    IDENTITY.family_names,
    *IDENTITY.given_names.split(),
    *IDENTITY.family_names.split("-"),
    *IDENTITY.other_names,
    *(part for name in IDENTITY.other_names for part in name.split()),
    normalise_name(IDENTITY.given_names),
    normalise_name(IDENTITY.family_names),
    "1979-11-23",
    "23/11/1979",
    "23.11.1979",
    "19791123",
    CONTACT.phone,
    CONTACT.phone.replace(" ", ""),
    CONTACT.email,
    CONTACT.whereabouts,
    SENSITIVE.health,
    SENSITIVE.community,
    SENSITIVE.other,
    MOVEMENT_NOTE,
    CASE_NOTE,
    REFERRAL_MESSAGE,
]


def encodings(text: str) -> set[bytes]:
    """The byte forms a search of a raw dump would try, in the original case and lower."""
    forms = set()
    for variant in (text, text.lower()):
        escaped = json.dumps(variant)[1:-1]  # "Dumitra\u0219cu", as ASCII-only JSON has it
        for encoded in (variant, escaped):
            forms |= {encoded.encode("utf-8"), encoded.encode("utf-16-le")}
            forms.add(encoded.encode("utf-16-be"))
    return forms


def dump(table: str, *, lower: bool = False) -> bytes:
    """Every column of every row of ``table`` as raw SQL returns it, as bytes; with
    ``lower``, text in lower case (Unicode's, so that "Ș" becomes "ș")."""
    with connection.cursor() as cursor:
        cursor.execute(f'SELECT * FROM "{table}"')  # noqa: S608 -- our own table names
        rows = cursor.fetchall()
    assert rows, f"{table} is empty: the test would prove nothing"
    parts = []
    for value in itertools.chain.from_iterable(rows):
        if isinstance(value, bytes | memoryview):
            parts.append(bytes(value).lower() if lower else bytes(value))
            continue
        if isinstance(value, list | dict):
            text = json.dumps(value, ensure_ascii=False)
        else:
            text = str(value)
        parts.append((text.lower() if lower else text).encode())
    return b"\x00".join(parts)


def register_tables() -> list[str]:
    """Every table of the register: those to come (shares, referrals) are covered too."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT table_name FROM information_schema.tables "
            "WHERE table_schema = current_schema() AND table_name LIKE 'register\\_%'"
        )
        return sorted(name for (name,) in cursor.fetchall())


@pytest.fixture
def recorded(people):
    worker = people["caseworker_a"]
    person = record_person(
        by=worker,
        given_names=IDENTITY.given_names,
        family_names=IDENTITY.family_names,
        birth=IDENTITY.birth,
        other_names=IDENTITY.other_names,
        contact=CONTACT,
        sensitive=SENSITIVE,
    )
    record_movement(person, by=worker, note=MOVEMENT_NOTE)
    services.note_write(user=worker, person=person, body=CASE_NOTE)
    services.person_duplicate_check(user=worker, agency=people["a"], identity=IDENTITY)
    # Shared with agency B: a consent, a referral with its message, and the share.
    referral = offer_referral(person, by=worker, to=people["b"], message=REFERRAL_MESSAGE)
    sharing_services.referral_accept(user=people["caseworker_b"], referral=referral)
    other = record_person(by=worker, family_names="Someoneelse")
    # Discovery (issue 15): a lookup that matched in B, and a contact request whose
    # message (free of personal data, in principle) carries one anyway.
    record_person(
        by=people["caseworker_b"],
        given_names=IDENTITY.given_names,
        family_names=IDENTITY.family_names,
        birth=IDENTITY.birth,
    )
    answer = discovery.discovery_lookup(user=worker, person=person)
    discovery.contact_request_send(
        user=worker,
        person=person,
        lookup_id=answer.lookup_id,
        country="RO",
        purpose="housing",
        message=CASE_NOTE,
    )
    # Erasure (issue 15): a person shared with B and erased, B's confirmation owed, and a
    # request held by a legal hold.
    erased = record_person(by=worker, family_names=IDENTITY.family_names + "-Erased")
    handed = offer_referral(erased, by=worker, to=people["b"], message=REFERRAL_MESSAGE)
    sharing_services.referral_accept(user=people["caseworker_b"], referral=handed)
    erasure.person_erase(user=people["admin_a"], person=erased)
    erasure.person_erase(user=people["admin_a"], person=other, legal_hold_reason="Court order")
    return {"worker": worker, "person": person, "other": other}


def test_raw_sql_shows_no_plaintext_of_any_personal_field(recorded):
    tables = register_tables()
    assert {PERSON_TABLE, "register_movement", NOTE_TABLE} <= set(tables)
    assert {"register_consent", REFERRAL_TABLE, "register_share"} <= set(tables)
    for table in [*tables, AuditEvent._meta.db_table]:
        raw, lowered = dump(table), dump(table, lower=True)
        for text in PLAINTEXTS:
            for form in encodings(text):
                assert form not in raw, f"{text!r} readable in {table}"
                assert form.lower() not in lowered, f"{text!r} readable in {table}"


def test_the_search_in_the_dump_finds_a_plaintext_that_is_there(recorded):
    """The check above would see a field stored in clear (a canary for the check itself)."""
    with connection.cursor() as cursor:
        cursor.execute(
            "UPDATE register_person SET current_place = %s WHERE id = %s",
            [IDENTITY.family_names.upper(), recorded["person"].pk],
        )
    assert not any(form in dump(PERSON_TABLE) for form in encodings(IDENTITY.family_names))
    lowered = dump(PERSON_TABLE, lower=True)
    assert any(form.lower() in lowered for form in encodings(IDENTITY.family_names))


def _copy(column_to: str, column_from: str, *, to, source) -> Person:
    with connection.cursor() as cursor:
        cursor.execute(
            f"UPDATE register_person SET {column_to} = "  # noqa: S608 -- fixed column names
            f"(SELECT {column_from} FROM register_person WHERE id = %s) WHERE id = %s",
            [source.pk, to.pk],
        )
    return Person.objects.get(pk=to.pk)  # read afresh: no data key kept from before


def test_an_identity_copied_into_another_persons_row_does_not_open(recorded):
    other = _copy("identity", "identity", to=recorded["other"], source=recorded["person"])
    with pytest.raises(RegisterDecryptionError):
        open_identity(other)


def test_a_ciphertext_moved_to_another_field_of_its_row_does_not_open(recorded):
    person = recorded["person"]
    assert open_contact(Person.objects.get(pk=person.pk)) == CONTACT
    moved = _copy("contact", "identity", to=person, source=person)
    with pytest.raises(RegisterDecryptionError):
        open_contact(moved)
    assert open_identity(moved) == IDENTITY  # the data key itself is fine


def test_a_wrapped_data_key_copied_to_another_person_does_not_open(recorded):
    other = _copy("wrapped_key", "wrapped_key", to=recorded["other"], source=recorded["person"])
    with pytest.raises(RegisterDecryptionError):
        data_key_of(other)  # bound to the person it was made for
    with pytest.raises(RegisterDecryptionError):
        open_identity(other)
    # Not even with the identity that key sealed moved along with it.
    both = _copy("identity", "identity", to=other, source=recorded["person"])
    with pytest.raises(RegisterDecryptionError):
        open_identity(both)


def test_a_case_note_copied_onto_another_note_of_the_same_person_does_not_open(recorded):
    worker, person = recorded["worker"], recorded["person"]
    second = services.note_write(user=worker, person=person, body="A second note")
    first = CaseNote.objects.exclude(pk=second.pk).get(person=person)
    with connection.cursor() as cursor:
        cursor.execute(
            "UPDATE register_casenote SET body = (SELECT body FROM register_casenote "
            "WHERE id = %s) WHERE id = %s",
            [first.pk, second.pk],
        )
    copied = CaseNote.objects.select_related("person").get(pk=second.pk)
    with pytest.raises(RegisterDecryptionError):  # same data key: the row binding refuses
        open_note(copied)


def _unkeyed_digests(identity: Identity) -> set[str]:
    """Unkeyed hashes of every normalised value and combination an index could be made of."""
    family, given = normalise_name(identity.family_names), normalise_name(identity.given_names)
    sorted_given = " ".join(sorted(given.split()))
    birth, year = identity.birth.isoformat(), str(identity.birth.year)
    sounds = " ".join(jellyfish.metaphone(word) for word in family.split())
    values = [family, given, sorted_given, birth, year, sounds]
    combinations = [
        (family, sorted_given, birth),
        (family, given, birth),
        (given, family, birth),
        (family, birth),
        (sounds, year),
        ("name+birth", family, sorted_given, birth),
        ("phonetic", sounds, year),
    ]
    texts = set(values)
    for parts in combinations:
        for separator in ("", " ", "|", ":", ",", ";", "\x1f", "\t"):
            texts.add(separator.join(parts))
    digests = set()
    for text in texts:
        for algorithm in ("sha256", "md5", "sha1", "sha512", "sha3_256", "blake2b"):
            digest = hashlib.new(algorithm, text.encode())
            digests |= {digest.hexdigest(), base64.b64encode(digest.digest()).decode()}
    return digests


def test_no_blind_index_is_an_unkeyed_hash_of_a_normalised_value(recorded):
    person = Person.objects.get(pk=recorded["person"].pk)
    assert (person.name_index, person.phonetic_index) == identity_indexes(IDENTITY)
    digests = _unkeyed_digests(IDENTITY)
    assert person.name_index not in digests
    assert person.phonetic_index not in digests
    # Keyed: with another index key, the same person has other indexes.
    with override_settings(REGISTER_INDEX_KEY=base64.b64encode(b"x" * 32).decode()):
        other_key = identity_indexes(IDENTITY)
    assert set(other_key).isdisjoint({person.name_index, person.phonetic_index})


def test_the_unkeyed_hash_check_would_see_an_unkeyed_index():
    """The list of hashes above holds the obvious unkeyed index (a canary for the check)."""
    family = normalise_name(IDENTITY.family_names)
    given = " ".join(sorted(normalise_name(IDENTITY.given_names).split()))
    plain = hashlib.sha256(f"{family}|{given}|1979-11-23".encode()).hexdigest()
    assert plain in _unkeyed_digests(IDENTITY)
