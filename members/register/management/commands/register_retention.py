"""``manage.py register_retention [--dry-run]``: run retention now, or count what it would do.

The daily task (``tasks.register_retention``) does the same; this is for an operator
who wants to see the counts before the first run, or to run it by hand. Counts only:
no person is named.
"""

from django.core.management.base import BaseCommand

from members.register.retention import retention_run


class Command(BaseCommand):
    help = "Close expired shares and offers, warn of and anonymise inactive register records."

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Count what would be done and change nothing.",
        )

    def handle(self, *args, dry_run: bool = False, **options):
        report = retention_run(dry_run=dry_run)
        prefix = "Would have: " if dry_run else "Done: "
        self.stdout.write(
            prefix
            + ", ".join(
                f"{name.replace('_', ' ')} {count}" for name, count in report.as_dict().items()
            )
        )
