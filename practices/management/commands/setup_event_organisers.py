"""Creates the event organiser group with its page, collection and registration permissions."""

from django.core.management.base import BaseCommand

from practices.events.organisers import MATERIALS_COLLECTION, ensure_event_organiser_role


class Command(BaseCommand):
    help = "Create or complete the 'Event organisers' group (safe to run again)."

    def handle(self, *args, **options):
        group = ensure_event_organiser_role()
        self.stdout.write(
            f"Group '{group.name}' covers every event index and the "
            f"'{MATERIALS_COLLECTION}' collection."
        )
