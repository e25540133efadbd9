"""Rewraps every person's data key with the active master key, after a new one is added.

Rotating the register's master key, while the site runs:

1. add the new key first in ``REGISTER_MASTER_KEYS`` and keep the old ones after it
   (``3:new…,1:old…``) on every process (web, tasks, this command), and restart them:
   new people get the new key, and everyone can still be read;
2. run ``manage.py register_rotate_keys``: it rewraps, in batches of ``--batch-size``
   people each committed in its own transaction, every data key that an older version
   wraps. Rows the site holds at that moment are skipped and left for the next run.
   Ctrl-C stops it between two whole batches (the batch under way rolls back); running
   it again continues with what is left, since it selects people by ``key_version``;
3. its report names the versions still in use. Once no person needs an old version,
   remove it from ``REGISTER_MASTER_KEYS`` when no backup made before the rotation
   may still have to be restored: a backup keeps the data keys as they were wrapped
   on its day.

Only the wrapping of the data keys changes, never a field sealed with them: no
personal data is read, and nothing personal is written to the output.
"""

import time

from django.core.management.base import BaseCommand, CommandError

from members.register.crypto import (
    MasterKeys,
    RegisterDecryptionError,
    RegisterKeyError,
    master_keys,
)
from members.register.management.console import Progress, duration, headcount, positive
from members.register.models import Person
from members.register.selectors import key_versions_in_use
from members.register.services import person_keys_rewrap


def versions(census: dict[int, int]) -> str:
    """``1 (1,200 people), 2 (1 person)``."""
    return ", ".join(f"{version} ({headcount(count)})" for version, count in census.items())


class Command(BaseCommand):
    help = (
        "Rewrap every person's data key that an older master key wraps with the active "
        "one (the first of REGISTER_MASTER_KEYS). Safe to interrupt and to run again."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--batch-size",
            type=positive,
            default=500,
            help="people rewrapped and committed together (default 500)",
        )
        parser.add_argument(
            "--limit",
            type=positive,
            help="stop after this many people (a later run continues)",
        )
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="only count the people to rewrap; change nothing",
        )

    def handle(self, *args, batch_size: int, limit: int | None, dry_run: bool, **options):
        try:
            keys = master_keys()
        except RegisterKeyError as error:
            raise CommandError(str(error)) from error
        census = key_versions_in_use()
        already = census.pop(keys.active_version, 0)
        self._refuse_missing_versions(keys, census)
        waiting = sum(census.values())
        planned = min(waiting, limit) if limit else waiting
        active = keys.active_version
        if dry_run:
            of_waiting = f" (of {waiting:,} on older versions)" if planned < waiting else ""
            self.stdout.write(
                f"Dry run: {headcount(planned)} would be rewrapped to master key version "
                f"{active}{of_waiting}; {headcount(already)} already on version {active}. "
                "Nothing was changed."
            )
            if census:
                self.stdout.write(f"Older versions in use: {versions(census)}.")
            return
        started = time.monotonic()
        # Filtered on the indexed version: each batch finds its people without a scan.
        # The operator's command sees every person (not through visible_to): it rewraps
        # data keys only and never opens a field.
        waiting_people = Person.objects.filter(key_version__in=list(census))
        rewrapped = self._rewrap(
            waiting_people, planned=planned, batch_size=batch_size, started=started
        )
        self._report(keys, rewrapped=rewrapped, already=already, seconds=time.monotonic() - started)

    def _refuse_missing_versions(self, keys: MasterKeys, census: dict[int, int]) -> None:
        missing = {version: count for version, count in census.items() if version not in keys.keys}
        if missing:
            raise CommandError(
                f"Master key versions still in use are missing from REGISTER_MASTER_KEYS: "
                f"{versions(missing)}. Add them back, after the active key "
                f"(version {keys.active_version}), and run again. Nothing was changed."
            )

    def _rewrap(self, waiting_people, *, planned: int, batch_size: int, started: float) -> int:
        """Batch after batch until ``planned`` people are done or none is left to take."""
        progress = Progress(self.stderr, planned, what="people")
        rewrapped = 0
        try:
            while rewrapped < planned:
                size = min(batch_size, planned - rewrapped)
                done = person_keys_rewrap(people=waiting_people, limit=size)
                if not done:
                    break  # the rest is held by other transactions: left for the next run
                rewrapped += done
                progress.advance(rewrapped)
        except KeyboardInterrupt:
            progress.finish()
            raise CommandError(
                f"Interrupted after {duration(time.monotonic() - started)}: {headcount(rewrapped)} "
                "rewrapped and committed; the batch under way was rolled back whole. "
                "Run the command again to continue."
            ) from None
        except (RegisterKeyError, RegisterDecryptionError) as error:
            progress.finish()
            raise CommandError(
                f"Stopped: {error}. {headcount(rewrapped)} rewrapped and committed before; "
                "the batch under way was rolled back whole."
            ) from error
        progress.finish()
        return rewrapped

    def _report(self, keys: MasterKeys, *, rewrapped: int, already: int, seconds: float) -> None:
        active = keys.active_version
        self.stdout.write(
            f"Rewrapped {headcount(rewrapped)} to master key version {active} in "
            f"{duration(seconds)}; {headcount(already)} already on version {active}."
        )
        census = key_versions_in_use()
        census.pop(active, None)
        if census:
            self.stdout.write(
                f"Older versions still in use: {versions(census)}. Run the command again "
                "(people held by the site while it ran are left for the next run); keep "
                "these keys in REGISTER_MASTER_KEYS until then."
            )
        unused = sorted(set(keys.keys) - set(census) - {active})
        if unused:
            which = (
                f"version {unused[0]}"
                if len(unused) == 1
                else f"versions {', '.join(map(str, unused[:-1]))} and {unused[-1]}"
            )
            self.stdout.write(
                f"No person needs master key {which} any more: remove "
                f"{'it' if len(unused) == 1 else 'them'} from REGISTER_MASTER_KEYS once no "
                "backup made before now may have to be restored (a backup keeps the data "
                "keys as they were wrapped then)."
            )
