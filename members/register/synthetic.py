"""Synthetic people for measuring the register at scale (``manage.py register_synthetic_people``).

Each synthetic person is a real record, made the way ``services.person_record`` makes
one: a data key of their own wrapped by the active master key, their identity sealed
to their row, and blind indexes computed by the real functions (``identity_indexes``)
with the real index key, so a lookup finds them as it would find anyone. Their names
are combinations of common family and given names of the network's countries
(a few family names are far more common than the rest, as in life) with random
dates of birth, so that indexes collide as often as real ones do.

What they lack: contact details, a sensitive section, movements, case notes and
audit events. The rows are written with PostgreSQL's COPY, not through the services,
so nothing else happens on the way: they are bench data, never real people, and are
told apart by their author, the inactive account ``SYNTHETIC_USERNAME``.
"""

import datetime
import itertools
import random
import uuid
from collections.abc import Iterator

from django.utils import timezone

from members.register.crypto import MasterKeys, new_data_key, wrap_data_key
from members.register.models import Person
from members.register.records import PERSON_TABLE, BirthDate, Identity, identity_to_json, seal
from members.register.selectors import identity_indexes
from members.register.vocabulary import LegalBasis, PersonStatus, Sex

SYNTHETIC_USERNAME = "synthetic-register-people"
SYNTHETIC_AGENCY_NAME = "Synthetic register people (bench data)"

FAMILY_NAMES = (
    # Romanian
    "Popescu", "Ionescu", "Popa", "Pop", "Radu", "Dumitru", "Stan", "Stoica", "Gheorghe",
    "Matei", "Ciobanu", "Rusu", "Munteanu", "Constantin", "Moldovan", "Lungu", "Dinu",
    "Ștefănescu", "Mihăilă", "Țurcanu", "Lăcătuș", "Dumitrașcu", "Niculescu", "Bălan",
    # Bulgarian
    "Ivanov", "Georgiev", "Dimitrov", "Petrov", "Nikolov", "Hristov", "Stoyanov",
    "Todorov", "Iliev", "Vasilev", "Angelova", "Petrova", "Dimitrova",
    # Polish
    "Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kowalczyk", "Kamiński", "Lewandowski",
    "Zieliński", "Szymański", "Woźniak", "Dąbrowski", "Kozłowski", "Jankowski", "Mazur",
    "Krawczyk", "Piotrowski", "Grabowski", "Nowakowska", "Wróbel", "Pawłowski",
    # Hungarian, Slovak, Czech
    "Nagy", "Kovács", "Tóth", "Szabó", "Horváth", "Varga", "Kiss", "Molnár", "Németh",
    "Farkas", "Balogh", "Lakatos", "Oláh", "Novák", "Svoboda", "Dvořák", "Černý",
    "Procházka", "Kučera", "Horváthová", "Baláž", "Kováčová",
    # Baltic
    "Kazlauskas", "Jankauskas", "Petrauskas", "Stankevičius", "Vasiliauskas", "Bērziņš",
    "Kalniņš", "Ozoliņš", "Jansons", "Tamm", "Saar", "Sepp", "Mägi",
    # Portuguese, Spanish, Italian
    "Silva", "Santos", "Ferreira", "Pereira", "Oliveira", "Costa", "Rodrigues", "Martins",
    "Sousa", "Fernandes", "García", "Fernández", "González", "Rodríguez", "López",
    "Martínez", "Sánchez", "Pérez", "Rossi", "Russo", "Ferrari", "Esposito", "Bianchi",
    "Romano", "Colombo", "Ricci", "Marino", "Greco",
    # Greek (transliterated and in Greek letters), Croatian, Slovenian
    "Papadopoulos", "Georgiou", "Nikolaidis", "Παπαδόπουλος", "Horvat", "Kovačević",
    "Babić", "Marić", "Jurić", "Novak", "Krajnc", "Zupančič",
    # French, German, Dutch, Irish
    "Martin", "Bernard", "Dubois", "Durand", "Lefebvre", "Müller", "Schmidt", "Schneider",
    "Fischer", "Weber", "Meyer", "Wagner", "Becker", "de Jong", "Jansen", "de Vries",
    "van den Berg", "Bakker", "Murphy", "Kelly", "O'Sullivan", "Walsh",
    # Romani family names common across the network
    "Stoian", "Căldărar", "Bogdan", "Mihai", "Rostaș", "Zlatanov", "Asenov", "Orsós",
)  # fmt: skip

GIVEN_NAMES = (
    "Ion", "Gheorghe", "Vasile", "Constantin", "Mihai", "Andrei", "Ștefan", "Florin",
    "Marius", "Daniel", "Adrian", "Elena", "Maria", "Ana", "Ioana", "Mihaela", "Andreea",
    "Georgeta", "Florentina", "Ivan", "Georgi", "Dimitar", "Petar", "Nikolay", "Hristo",
    "Yordanka", "Desislava", "Ivanka", "Piotr", "Krzysztof", "Tomasz", "Paweł", "Michał",
    "Katarzyna", "Małgorzata", "Agnieszka", "László", "István", "József", "Zoltán",
    "Erzsébet", "Katalin", "Tamás", "Jan", "Petr", "Jana", "Lucie", "Marek", "Tomáš",
    "Jonas", "Tomas", "Andris", "Jānis", "Ilze", "Kristina", "Mart", "Kadri", "João",
    "José", "António", "Manuel", "Ana Rita", "Sofia", "Carlos", "Javier", "Lucía",
    "Giuseppe", "Marco", "Francesca", "Giulia", "Giorgos", "Dimitris", "Eleni",
    "Γιώργος", "Ivana", "Marko", "Luka", "Jean", "Pierre", "Marie", "Thomas", "Anna",
    "Lukas", "Sven", "Pieter", "Sean", "Aoife", "Nicu", "Sorin", "Valentin", "Costel",
    "Fănel", "Mariana", "Rodica", "Angel", "Asen", "Kiril", "Radka", "Béla", "Gyula",
)  # fmt: skip

EARLIEST_BIRTH_YEAR, LATEST_BIRTH_YEAR = 1945, 2007
# Nationalities of the people the network's agencies support most, most common first.
CITIZENSHIPS = ("RO", "BG", "PL", "HU", "SK", "LT", "LV", "PT", "IT", "ES", "CZ", "GR", "HR")
# Common names are much more common: Zipf-like weights by rank (cumulated, which
# ``random.choices`` draws from fastest).
FAMILY_WEIGHTS = tuple(
    itertools.accumulate(1 / rank**0.6 for rank in range(1, 1 + len(FAMILY_NAMES)))
)
GIVEN_WEIGHTS = tuple(
    itertools.accumulate(1 / rank**0.7 for rank in range(1, 1 + len(GIVEN_NAMES)))
)
SEXES, LEGAL_BASES, STATUSES = (
    tuple(Sex.values),
    tuple(LegalBasis.values),
    tuple(PersonStatus.values),
)


def random_identity(rng: random.Random) -> Identity:
    """A plausible identity: one or two given names, a family name, a birth date that
    is known to the day mostly, sometimes to the month or the year only."""
    family = rng.choices(FAMILY_NAMES, cum_weights=FAMILY_WEIGHTS)[0]
    given = rng.choices(GIVEN_NAMES, cum_weights=GIVEN_WEIGHTS, k=2 if rng.random() < 0.25 else 1)
    year = rng.randint(EARLIEST_BIRTH_YEAR, LATEST_BIRTH_YEAR)
    precision = rng.random()
    if precision < 0.85:
        day_of_year = rng.randrange(365)
        born = datetime.date(year, 1, 1) + datetime.timedelta(days=day_of_year)
        birth = BirthDate(year, born.month, born.day)
    elif precision < 0.95:
        birth = BirthDate(year, rng.randint(1, 12))
    else:
        birth = BirthDate(year)
    return Identity(" ".join(dict.fromkeys(given)), family, birth)


def synthetic_people(
    count: int,
    *,
    agency,
    author,
    keys: MasterKeys,
    rng: random.Random,
) -> Iterator[dict]:
    """``count`` synthetic people of ``agency`` as column values by field ``attname``."""
    now = timezone.now()
    for _number in range(count):
        pk = uuid.uuid4()
        data_key = new_data_key()
        identity = random_identity(rng)
        name_index, phonetic_index = identity_indexes(identity)
        created_at = now - datetime.timedelta(seconds=rng.randrange(3 * 365 * 86400))
        last_movement = created_at.date() + datetime.timedelta(days=rng.randrange(365))
        yield {
            "id": pk,
            "agency_id": agency.pk,
            "wrapped_key": wrap_data_key(data_key, person_uuid=str(pk), keys=keys),
            "key_version": keys.active_version,
            "identity": seal(
                data_key, identity_to_json(identity), table=PERSON_TABLE, row=pk, name="identity"
            ),
            "contact": None,
            "sensitive": None,
            "sex": rng.choice(SEXES),
            "citizenship": rng.choice(CITIZENSHIPS),
            "languages": "[]",
            "support_needs": "[]",
            "legal_basis": rng.choice(LEGAL_BASES),
            "legal_basis_on": created_at.date(),
            "legal_basis_recorded_by_id": author.pk,
            "name_index": name_index,
            "phonetic_index": phonetic_index,
            "current_country": agency.country,
            "current_place": "",
            "status": rng.choice(STATUSES),
            "supported_by_id": None,
            "last_movement_on": min(last_movement, now.date()),
            "created_at": created_at,
            "created_by_id": author.pk,
            "updated_at": created_at,
        }


def person_columns() -> list[tuple[str, str]]:
    """(field attname, database column) of every column of a person's row, in order."""
    return [(field.attname, field.column) for field in Person._meta.concrete_fields]
