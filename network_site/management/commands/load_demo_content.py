"""Loads the demo content, agencies and accounts; running it again only adds what is missing.

It says what it does as it goes: one line per stage, with what the stage created and
how long it took (``-v 2`` also lists every item). Wagtail's own log line for each
page created, edited and published (some 700 on a first load) is held back meanwhile.
"""

import logging
import time
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from members.agencies.demo import ensure_demo_account, load_demo_agencies
from members.agencies.demo_accounts import DEMO_ACCOUNTS
from members.agencies.demo_mfa import ensure_demo_second_factors
from members.register.demo import load_demo_register
from members.register.demo.sharing import load_demo_sharing
from practices.demo.stages import DemoStage, demo_site_stages
from practices.translation.translators import ensure_translation_roles, translation_team_join

# Loggers that write a line per page while the demo is built.
CHATTY_LOGGERS = ("wagtail",)


@contextmanager
def quieter(names: tuple[str, ...], level: int = logging.WARNING) -> Iterator[None]:
    """Hold back messages below ``level`` from these loggers (and their children)."""
    loggers = [logging.getLogger(name) for name in names]
    levels = [logger.level for logger in loggers]
    for logger in loggers:
        logger.setLevel(max(level, logger.getEffectiveLevel()))
    try:
        yield
    finally:
        for logger, previous in zip(loggers, levels, strict=True):
            logger.setLevel(previous)


class Command(BaseCommand):
    help = "Load demo content and demo accounts (development only; idempotent)."

    def handle(self, *args, verbosity: int = 1, **options):
        if not getattr(settings, "DEMO_CONTENT_ALLOWED", False):
            raise CommandError("Demo content is disabled in these settings (never in production).")
        stages = [
            *demo_site_stages(),
            DemoStage("member agencies and their staff", load_demo_agencies),
            DemoStage("register: fictional people and movements", load_demo_register),
            # Issue 15: referrals and a contact request between Brussels and Cluj.
            DemoStage("register: referrals and a contact request", load_demo_sharing),
            DemoStage("translator groups", ensure_translation_roles),
            DemoStage("CMS accounts", self._ensure_accounts),
            DemoStage("second factors of the demo accounts", ensure_demo_second_factors),
        ]
        self.stdout.write(f"Loading the demo content in {len(stages)} steps:")
        started = time.monotonic()
        created: list[str] = []
        with quieter(CHATTY_LOGGERS) if verbosity < 2 else nullcontext():
            for number, stage in enumerate(stages, start=1):
                created += self._run(stage, f"[{number:>2}/{len(stages)}]", verbosity)
        seconds = round(time.monotonic() - started)
        if created:
            self.stdout.write(f"Demo content: created {len(created)} items in {seconds} s.")
        else:
            self.stdout.write(f"Demo content: already complete, nothing changed ({seconds} s).")

    def _run(self, stage: DemoStage, counter: str, verbosity: int) -> list[str]:
        """Run one stage, its line begun before and finished after it."""
        self.stdout.write(f"  {counter} {stage.name} ", ending="")
        self.stdout.flush()
        started = time.monotonic()
        created = stage.run()
        seconds = time.monotonic() - started
        done = f"{len(created)} created" if created else "nothing to do"
        self.stdout.write(f"… {done} ({seconds:.1f} s)")
        if verbosity >= 2:
            for line in created:
                self.stdout.write(f"      + {line}")
        return created

    def _ensure_accounts(self) -> list[str]:
        """The CMS accounts; ``load_demo_agencies`` creates the member accounts."""
        created = []
        for account in DEMO_ACCOUNTS:
            kind = account.get("kind")
            if kind == "cms":
                created += ensure_demo_account(account, superuser=True)[1]
            elif kind in ("translator", "reviewer"):
                user, made = ensure_demo_account(account)
                language = account.get("language") if kind == "translator" else None
                created += made + translation_team_join(user=user, language_code=language)
        return created
