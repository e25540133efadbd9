"""Runs the development server, the task worker and the scheduler; one Ctrl-C stops all.

Wagtail queues its search and reference indexing as tasks, and e-mails go through
the queue too, so a development site without its worker goes quietly stale. The
scheduler queues periodic tasks (such as deleting old event registrations).

The banner with the address and the demo logins is printed once the site answers,
not when the server is merely started, with the time the start took.
"""

import contextlib
import os
import signal
import subprocess
import sys
import time
import urllib.request
from collections.abc import Sequence

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.urls import reverse
from django.utils import translation

from members.agencies.demo_accounts import DEMO_ACCOUNTS, DEMO_PASSWORD
from members.register.demo import DUPLICATE_TRY

READY_PATH = "/health/live/"


def site_answers(url: str, timeout: float = 2.0) -> bool:
    """Whether ``url`` answers 200 now."""
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:  # noqa: S310 - our own
            return response.status == 200
    except (OSError, ValueError):  # refused, reset, timed out, or an HTTP error status
        return False


def wait_until_answering(
    url: str, processes: Sequence[subprocess.Popen], poll: float = 0.25
) -> bool:
    """True as soon as ``url`` answers; False as soon as one of ``processes`` has ended."""
    while all(process.poll() is None for process in processes):
        if site_answers(url):
            return True
        time.sleep(poll)
    return False


class Command(BaseCommand):
    help = "Start the development server and the task worker (development only)."

    def add_arguments(self, parser):
        parser.add_argument("--port", type=int, default=8000)
        parser.add_argument("--host", default="127.0.0.1")
        parser.add_argument(
            "--started-at",
            type=float,
            default=None,
            help="When the start began (seconds since the epoch), e.g. `make run`'s first step.",
        )

    def handle(self, *args, host: str, port: int, started_at: float | None = None, **options):
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
        try:
            self.announce_when_ready(host, port, processes, started_at or time.time())
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

    def announce_when_ready(
        self, host: str, port: int, processes: Sequence[subprocess.Popen], started_at: float
    ) -> bool:
        """Print the banner once the site answers; say so if a process ended before."""
        if not wait_until_answering(f"http://{host}:{port}{READY_PATH}", processes):
            self.stderr.write("The site stopped before it answered: see the messages above.")
            return False
        self._print_banner(host, port, round(time.time() - started_at))
        return True

    def _print_banner(self, host: str, port: int, seconds: int) -> None:
        url = f"http://{host}:{port}/"
        with translation.override("en"):
            register = f"http://{host}:{port}{reverse('members:register')}"
        lines = [
            "",
            "=" * 66,
            f"  Site ready in {seconds} s at {url}",
            f"  Wagtail admin (CMS):    {url}cms/",
            f"  Demo logins (development only), password {DEMO_PASSWORD}:",
            *(f"    {a['email']:<30} {a['role']}" for a in DEMO_ACCOUNTS),
            f"  Register of people:     {register}",
            "    sign in as caseworker@example.org (Brussels); other.caseworker@example.org",
            "    (Romania) sees none of Brussels' people. To see the duplicate warning, record",
            f"    {DUPLICATE_TRY}.",
            "  Every account has a second factor (authenticator app). For its current",
            "  code run `make totp` in another terminal (it also prints the secrets).",
            "  Press Ctrl-C once to stop the server and the task worker.",
            "=" * 66,
            "",
        ]
        self.stdout.write("\n".join(lines))
