"""The register's part of `make bench` (tests/benchmarks/run.py), run in the bench's database.

``python -m tests.benchmarks.register_tasks pages`` (production settings, as the server):
signs the demo caseworker in as allauth leaves a session after password and second
factor (tests/accounts.py), makes sure their agency has people to show (the demo's,
or ``BENCH_REGISTER_OWN_PEOPLE`` recorded here through the services, with movements
and case notes), and prints as JSON the session cookie and the paths of the member
home (a signed-in page that exists in every branch), the register home and one
person's page, with the status each answers.

``python -m tests.benchmarks.register_tasks lookups``: times ``selectors.matching_people``,
the search of the register home and of the duplicate check, for ``BENCH_LOOKUPS``
names against the synthetic people (``manage.py register_synthetic_people``), as a
caseworker of their agency: half of them people who are there (names opened from
their records), half names that are not, in random order. Each lookup is timed
alone, from the blind indexes to the rows, on a warm connection. It checks that every
person who is there is found, and prints the percentiles, and the plan of the
slowest lookup, as JSON.
"""

import datetime
import json
import os
import random
import statistics
import sys
import time

import django

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "network_site.settings.production")
django.setup()

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from members.agencies.models import Agency, AgencyRole
from members.agencies.services import membership_add
from members.register import services
from members.register.models import Person
from members.register.records import BirthDate, Contact, Identity
from members.register.selectors import matching_people, open_identity
from members.register.synthetic import GIVEN_NAMES, SYNTHETIC_AGENCY_NAME, random_identity
from members.register.vocabulary import LegalBasis, MovementKind, MovementSource
from tests.accounts import sign_in

LOOKUPS = int(os.environ.get("BENCH_LOOKUPS", "500"))
OWN_PEOPLE = int(os.environ.get("BENCH_REGISTER_OWN_PEOPLE", "40"))
TARGET_LOOKUP_P95_MS = 20.0
# Family names of the network's countries that no synthetic person has.
ABSENT_FAMILY_NAMES = (
    "Zammit", "Borg", "Camilleri", "Virtanen", "Korhonen", "Nieminen", "Jensen",
    "Nielsen", "Hansen", "Andersson", "Johansson", "Karlsson", "Gruber", "Huber",
    "Pichler", "Peeters", "Maes", "Janssens", "Schmit", "Byrne", "Ó Briain",
    "Kavaliauskienė", "Liepiņa", "Kask", "Kranjc", "Papageorgiou", "Konstantinou",
    "Mizzi", "Lindqvist", "Halvorsen", "Sigurðsson", "Eriksen", "Laine", "Lehtonen",
)  # fmt: skip


def record_own_people(caseworker, count: int, rng: random.Random) -> None:
    """People of the caseworker's agency, recorded as the record screen does."""
    agency = caseworker.memberships.filter(active=True).first().agency
    for number in range(count):
        identity = random_identity(rng)
        person = services.person_record(
            user=caseworker,
            agency=agency,
            identity=Identity(identity.given_names, identity.family_names, identity.birth),
            contact=Contact(phone=f"+32 470 55 {number:04d}"),
            citizenship="RO",
            legal_basis=LegalBasis.CONSENT,
            legal_basis_on=datetime.date(2025, 1, 6),
        )
        for months, kind in enumerate((MovementKind.ARRIVED, MovementKind.SUPPORT_STARTED)):
            services.movement_record(
                user=caseworker,
                person=person,
                kind=kind,
                date=datetime.date(2025, 2 + months, 1 + number % 28),
                from_country="RO",
                to_country="BE",
                to_place="Brussels",
                source=MovementSource.SELF_REPORTED,
                note="Met at the day centre.",
            )
        for _note in range(2):
            services.note_write(user=caseworker, person=person, body="Talked about housing.")


def pages() -> dict:
    """The demo caseworker's session and the signed-in pages to drive."""
    caseworker = get_user_model().objects.get(username="caseworker")
    people = Person.objects.visible_to(caseworker)
    recorded = 0
    if not people.exists():
        record_own_people(caseworker, OWN_PEOPLE, random.Random(14))
        recorded = OWN_PEOPLE
    person = people.order_by("pk").first()
    client = Client(HTTP_HOST="127.0.0.1")
    sign_in(client, caseworker)
    with translation.override("en"):
        paths = {
            "member home (signed in)": reverse("members:home"),
            "register home": reverse("members:register"),
            "register person page": reverse("members:register_person", args=[person.pk]),
        }
    cookie = client.cookies[settings.SESSION_COOKIE_NAME].value
    return {
        "cookie": f"{settings.SESSION_COOKIE_NAME}={cookie}",
        "people": people.count(),
        "recorded_here": recorded,
        "pages": {name: [path, client.get(path).status_code] for name, path in paths.items()},
    }


def bench_caseworker():
    """A caseworker of the synthetic agency: they see every synthetic person."""
    user, _created = get_user_model().objects.get_or_create(username="bench-caseworker")
    agency = Agency.objects.get(name=SYNTHETIC_AGENCY_NAME)
    membership_add(user=user, agency=agency, role=AgencyRole.CASEWORKER)
    return get_user_model().objects.get(pk=user.pk)


def lookup_names(rng: random.Random, agency) -> list[tuple[Identity, Person | None]]:
    """Half people who are there (with who they are), half names that are not."""
    present = Person.objects.filter(agency=agency).order_by("?")[: LOOKUPS // 2]
    names = [(open_identity(person), person) for person in present]
    for _number in range(LOOKUPS - len(names)):
        year = rng.randint(1945, 2007)
        birth = BirthDate(year, rng.randint(1, 12), rng.randint(1, 28))
        identity = Identity(rng.choice(GIVEN_NAMES), rng.choice(ABSENT_FAMILY_NAMES), birth)
        names.append((identity, None))
    rng.shuffle(names)
    return names


def lookups() -> dict:
    rng = random.Random(20)
    user = bench_caseworker()
    names = lookup_names(rng, user.memberships.get().agency)
    visible = Person.objects.visible_to(user)  # memberships read once, as in a request
    timings, cpu, missed, found_total = [], [], 0, 0
    for identity, person in names:
        started, cpu_started = time.perf_counter(), time.process_time()
        found = matching_people(
            visible,
            family_names=identity.family_names,
            given_names=identity.given_names,
            birth=identity.birth,
        )
        timings.append((time.perf_counter() - started) * 1000)
        cpu.append((time.process_time() - cpu_started) * 1000)
        found_total += len(found)
        missed += person is not None and person not in found
    slowest = names[max(range(len(timings)), key=timings.__getitem__)][0]
    quantiles = statistics.quantiles(timings, n=100)
    return {
        "people": Person.objects.filter(agency__name=SYNTHETIC_AGENCY_NAME).count(),
        "lookups": len(timings),
        "p50": quantiles[49],
        "p95": quantiles[94],
        "max": max(timings),
        "cpu_p50": statistics.median(cpu),
        "load": ", ".join(f"{load:.1f}" for load in os.getloadavg()),
        "mean_found": found_total / len(timings),
        "missed": missed,
        "target_p95": TARGET_LOOKUP_P95_MS,
        "slowest_plan": plan(visible, slowest),
    }


def plan(visible, identity: Identity) -> str:
    """EXPLAIN ANALYZE of the queries of one lookup, as they ran (their SQL holds blind
    indexes and the agency, never a name)."""
    with CaptureQueriesContext(connection) as queries:
        matching_people(
            visible,
            family_names=identity.family_names,
            given_names=identity.given_names,
            birth=identity.birth,
        )
    plans = []
    with connection.cursor() as cursor:
        for query in queries.captured_queries:
            cursor.execute(f"EXPLAIN (ANALYZE, BUFFERS) {query['sql']}")
            plans.append("\n".join(line for (line,) in cursor.fetchall()))
    return "\n\n".join(plans)


if __name__ == "__main__":
    task = {"pages": pages, "lookups": lookups}[sys.argv[1]]
    json.dump(task(), sys.stdout)
