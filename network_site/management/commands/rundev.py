"""Runs the development server, the task worker and the scheduler; one Ctrl-C stops all.

Wagtail queues its search and reference indexing as tasks, and e-mails go through
the queue too, so a development site without its worker goes quietly stale. The
scheduler queues periodic tasks (such as deleting old event registrations).
"""

import contextlib
import os
import signal
import subprocess
import sys
import time

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from members.agencies.demo_accounts import DEMO_ACCOUNTS, DEMO_PASSWORD


class Command(BaseCommand):
    help = "Start the development server and the task worker (development only)."

    def add_arguments(self, parser):
        parser.add_argument("--port", type=int, default=8000)
        parser.add_argument("--host", default="127.0.0.1")

    def handle(self, *args, host: str, port: int, **options):
        if not settings.DEBUG:
            raise CommandError("rundev is for development settings only.")
        # Ctrl-C and a plain `kill` both stop everything, even when started from a
        # script (where a background job inherits an ignored SIGINT).
        signal.signal(signal.SIGINT, signal.default_int_handler)
        signal.signal(signal.SIGTERM, signal.default_int_handler)
        manage = [sys.executable, "manage.py"]
        # Each child leads its own process group, so stopping it also stops the
        # auto-reloader's grandchildren.
        processes = [
            subprocess.Popen(
                [*manage, "db_worker", "--reload", "--queue-name", "*"], start_new_session=True
            ),
            subprocess.Popen([*manage, "schedule_tasks", "--loop", "60"], start_new_session=True),
            subprocess.Popen(
                [*manage, "runserver", f"{host}:{port}", "--skip-checks"], start_new_session=True
            ),
        ]
        self._print_banner(host, port)
        try:
            while all(process.poll() is None for process in processes):
                time.sleep(0.5)
        except KeyboardInterrupt:
            pass
        finally:
            for process in processes:
                self._signal_group(process, signal.SIGTERM)
            for process in processes:
                try:
                    process.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    self._signal_group(process, signal.SIGKILL)
        self.stdout.write("Stopped the server and the task worker.")

    @staticmethod
    def _signal_group(process: subprocess.Popen, signum: int) -> None:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signum)

    def _print_banner(self, host: str, port: int) -> None:
        url = f"http://{host}:{port}/"
        lines = [
            "",
            "=" * 66,
            f"  The site is starting at {url}",
            f"  Wagtail admin (CMS):    {url}cms/",
            f"  Demo logins (development only), password {DEMO_PASSWORD}:",
            *(f"    {a['email']:<30} {a['role']}" for a in DEMO_ACCOUNTS),
            "  Every account has a second factor (authenticator app). For its current",
            "  code run `make totp` in another terminal (it also prints the secrets).",
            "  Press Ctrl-C once to stop the server and the task worker.",
            "=" * 66,
            "",
        ]
        self.stdout.write("\n".join(lines))
