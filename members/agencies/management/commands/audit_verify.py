"""Checks that every agency's audit trail is whole: ``manage.py audit_verify [--agency UUID]``.

Walks each agency's chain in sequence order (``members.agencies.audit.broken_links``)
and prints, per agency, either how many events it holds with the chain intact, or
the first link that does not hold: a missing sequence number (a row deleted), a
previous hash that differs (a row inserted or reordered), or content that no longer
matches its hash (a row altered). Exits with status 1 if any chain is broken, so a
scheduler or monitoring can alert on it. Rows are read in chunks, so a trail of
millions of rows is checked in constant memory. What the chain cannot show: rows
removed from the end of a trail (nothing comes after them); compare the latest hash
with one kept elsewhere for that.
"""

import uuid

from django.core.management.base import BaseCommand, CommandError

from members.agencies.audit import BrokenLink, broken_links
from members.agencies.models import Agency, AuditEvent

CHUNK_SIZE = 2000


class Command(BaseCommand):
    help = "Check every agency's audit trail for altered, inserted or deleted rows."

    def add_arguments(self, parser):
        parser.add_argument(
            "--agency", type=uuid.UUID, metavar="UUID", help="check this agency's trail only"
        )

    def handle(self, *args, agency=None, **options):
        agencies = Agency.objects.order_by("name", "pk")
        if agency is not None:
            agencies = agencies.filter(pk=agency)
            if not agencies.exists():
                raise CommandError(f"No agency with the id {agency}.")
        broken = 0
        if not agencies.exists():
            self.stdout.write("No agencies: no audit trail to check.")
        for each in agencies:
            count, link = self.verify(each)
            name = f"{each.name} ({each.pk})"
            if link is None:
                self.stdout.write(self.style.SUCCESS(f"{name}: {count} events, chain intact"))
            else:
                broken += 1
                self.stdout.write(
                    self.style.ERROR(
                        f"{name}: chain broken at sequence {link.sequence}: {link.problem}"
                    )
                )
        if broken:
            raise CommandError(f"{broken} audit trail(s) broken.", returncode=1)

    def verify(self, agency: Agency) -> tuple[int, BrokenLink | None]:
        """How many events the agency's trail holds, and its first broken link, if any."""
        count = 0

        def counted(events):
            nonlocal count
            for event in events:
                count += 1
                yield event

        events = AuditEvent.objects.filter(agency=agency).order_by("sequence")
        link = next(broken_links(counted(events.iterator(chunk_size=CHUNK_SIZE))), None)
        return count, link
