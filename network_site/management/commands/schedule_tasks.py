"""Queues periodic tasks that are due; run it from cron, or with --loop next to a worker."""

import time

from django.core.management.base import BaseCommand

from network_site.scheduling import queue_due_tasks


class Command(BaseCommand):
    help = "Queue the periodic tasks (network_site.core.scheduling) whose interval has passed."

    def add_arguments(self, parser):
        parser.add_argument(
            "--loop",
            type=int,
            default=0,
            metavar="SECONDS",
            help="Keep running, checking every SECONDS (for development).",
        )

    def handle(self, *args, loop: int, **options):
        while True:
            for name in queue_due_tasks():
                self.stdout.write(f"Queued {name}")
            if not loop:
                return
            time.sleep(loop)
