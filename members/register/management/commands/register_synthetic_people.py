"""Adds synthetic people to the register, a million in minutes, to measure it at scale.

For development and bench databases only: it refuses unless the settings allow demo
content (``DEMO_CONTENT_ALLOWED``: the development and test settings, never
production), and there is no flag to override that, since fake people mixed into a
real register could never be told apart safely by anyone but a database
administrator. PostgreSQL only: rows are loaded with COPY in chunks, each committed
whole (Ctrl-C loses at most the chunk under way). Each run adds ``--count`` people.
What a synthetic person is, and what they lack: ``members.register.synthetic``.

    manage.py register_synthetic_people --count 1000000            # a new bench agency
    manage.py register_synthetic_people --count 1000 --agency <uuid>
"""

import random
import time

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction

from members.agencies.models import Agency
from members.agencies.services import agency_save
from members.register.crypto import RegisterKeyError, master_keys
from members.register.management.console import Progress, duration, headcount, positive
from members.register.synthetic import (
    SYNTHETIC_AGENCY_NAME,
    SYNTHETIC_USERNAME,
    person_columns,
    synthetic_people,
)


class Command(BaseCommand):
    help = (
        "Add synthetic people to the register for benchmarks (development and bench "
        "databases on PostgreSQL only)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--count", type=positive, required=True, help="people to add")
        parser.add_argument(
            "--agency",
            help="UUID of the agency to add them to (default: the synthetic bench agency, "
            "created if missing)",
        )
        parser.add_argument(
            "--chunk-size",
            type=positive,
            default=20_000,
            help="people per COPY, each committed whole (default 20,000)",
        )
        parser.add_argument(
            "--seed", type=int, help="the same names and dates of birth on every run"
        )

    def handle(self, *args, count: int, agency: str | None, chunk_size: int, seed, **options):
        if not getattr(settings, "DEMO_CONTENT_ALLOWED", False):
            raise CommandError(
                "Synthetic people are for development and bench databases only: these "
                "settings do not allow demo content (DEMO_CONTENT_ALLOWED)."
            )
        if connection.vendor != "postgresql":
            raise CommandError(
                f"Synthetic people are loaded with PostgreSQL's COPY; this database is "
                f"{connection.vendor}. Point DATABASE_URL at a PostgreSQL database."
            )
        try:
            keys = master_keys()
        except RegisterKeyError as error:
            raise CommandError(str(error)) from error
        owner = self._agency(agency)
        author = self._author()
        rng = random.Random(seed)  # noqa: S311 -- names and dates for a bench, not secrets
        people = synthetic_people(count, agency=owner, author=author, keys=keys, rng=rng)
        started = time.monotonic()
        progress = Progress(self.stderr, count, what="people")
        added = 0
        try:
            while added < count:
                added += self._copy(people, min(chunk_size, count - added))
                progress.advance(added)
        except KeyboardInterrupt:
            progress.finish()
            raise CommandError(
                f"Interrupted: {headcount(added)} added and committed, the chunk under way "
                "was rolled back."
            ) from None
        progress.finish()
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE register_person")  # the planner's statistics, at once
        self.stdout.write(
            f"Added {headcount(added)} to {owner.name} ({owner.pk}) in "
            f"{duration(time.monotonic() - started)}."
        )

    def _agency(self, agency_id: str | None) -> Agency:
        if agency_id:
            try:
                return Agency.objects.get(pk=agency_id)
            except (Agency.DoesNotExist, ValidationError):
                raise CommandError(f"No agency {agency_id}.") from None
        existing = Agency.objects.filter(name=SYNTHETIC_AGENCY_NAME).first()
        return existing or agency_save(
            agency=Agency(name=SYNTHETIC_AGENCY_NAME, country="BE", city="Brussels")
        )

    def _author(self):
        """The inactive account that synthetic people are recorded by (it never signs in)."""
        author, created = get_user_model().objects.get_or_create(
            username=SYNTHETIC_USERNAME, defaults={"is_active": False}
        )
        if created:
            author.set_unusable_password()
            author.save(update_fields=["password"])
        return author

    def _copy(self, people, size: int) -> int:
        """The next ``size`` people, in one COPY and one transaction."""
        columns = person_columns()
        names = ", ".join(f'"{column}"' for _attname, column in columns)
        with transaction.atomic(), connection.cursor() as cursor:
            copy_sql = f"COPY register_person ({names}) FROM STDIN"
            with cursor.cursor.copy(copy_sql) as copy:
                for _number, person in zip(range(size), people, strict=False):
                    # A column the generator leaves out (an erasure or retention date)
                    # is NULL: a synthetic person is neither erased nor anonymised.
                    copy.write_row([person.get(attname) for attname, _column in columns])
        return size
