"""Runs the development server and the task worker together; one Ctrl-C stops both.

Wagtail queues its search and reference indexing as tasks, and e-mails go through
the queue too, so a development site without its worker goes quietly stale.
"""

import signal
import subprocess
import sys
import time

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from network_site.demo import DEMO_ACCOUNTS, DEMO_PASSWORD


class Command(BaseCommand):
    help = "Start the development server and the task worker (development only)."

    def add_arguments(self, parser):
        parser.add_argument("--port", type=int, default=8000)
        parser.add_argument("--host", default="127.0.0.1")

    def handle(self, *args, host: str, port: int, **options):
        if not settings.DEBUG:
            raise CommandError("rundev is for development settings only.")
        manage = [sys.executable, "manage.py"]
        processes = [
            subprocess.Popen([*manage, "db_worker", "--reload", "--queue-name", "*"]),
            subprocess.Popen([*manage, "runserver", f"{host}:{port}", "--skip-checks"]),
        ]
        self._print_banner(host, port)
        try:
            while all(process.poll() is None for process in processes):
                time.sleep(0.5)
        except KeyboardInterrupt:
            pass
        finally:
            for process in processes:
                if process.poll() is None:
                    process.send_signal(signal.SIGINT)
            for process in processes:
                try:
                    process.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    process.kill()
        self.stdout.write("Stopped the server and the task worker.")

    def _print_banner(self, host: str, port: int) -> None:
        url = f"http://{host}:{port}/"
        lines = [
            "",
            "=" * 66,
            f"  The site is starting at {url}",
            f"  Wagtail admin (CMS):    {url}cms/",
            "  Demo logins (development only):",
            *(
                f"    user {a['username']} (e-mail {a['email']}), password {DEMO_PASSWORD}\n"
                f"      {a['role']}"
                for a in DEMO_ACCOUNTS
            ),
            "  Press Ctrl-C once to stop the server and the task worker.",
            "=" * 66,
            "",
        ]
        self.stdout.write("\n".join(lines))
