"""Loads the demo content, agencies and accounts; running it again only adds what is missing."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from members.agencies.demo import ensure_demo_account, load_demo_agencies
from members.agencies.demo_accounts import DEMO_ACCOUNTS
from members.agencies.demo_mfa import ensure_demo_second_factors
from practices.demo.loader import load_demo_site
from practices.translation.translators import ensure_translation_roles, translation_team_join


class Command(BaseCommand):
    help = "Load demo content and demo accounts (development only; idempotent)."

    def handle(self, *args, **options):
        if not getattr(settings, "DEMO_CONTENT_ALLOWED", False):
            raise CommandError("Demo content is disabled in these settings (never in production).")
        created = load_demo_site()
        created += load_demo_agencies()
        created += ensure_translation_roles()
        created += self._ensure_accounts()
        created += ensure_demo_second_factors()
        if created:
            self.stdout.write(f"Demo content: created {len(created)} items.")
            for line in created:
                self.stdout.write(f"  + {line}")
        else:
            self.stdout.write("Demo content: already complete, nothing changed.")

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
