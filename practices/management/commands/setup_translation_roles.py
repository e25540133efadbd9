"""Creates translator groups per language and the translation review workflow (idempotent)."""

from django.core.management.base import BaseCommand

from practices.translation.translators import ensure_translation_roles


class Command(BaseCommand):
    help = "Create translator groups, their page permissions and the review workflow."

    def handle(self, *args, **options):
        created = ensure_translation_roles()
        self.stdout.write(f"Translation roles: created {len(created)} items.")
        for line in created:
            self.stdout.write(f"  + {line}")
