"""What publishing an event or an event index sets in motion.

Publishing an event tells its registrants about a new status and gives people on the
waiting list the places that opened up; publishing an event index lets organisers work
below it. Both run on Wagtail's ``page_published`` signal rather than the admin's
``after_publish_page`` hook, because only the signal also fires for scheduled
publishing and for publishing from code; each receiver only calls the service that
owns the rule.
"""

from wagtail.signals import page_published

from practices.events.organisers import ensure_event_organiser_role
from practices.events.registrations.services import (
    event_status_announce,
    registration_promote_waiting,
)
from practices.models import EventIndexPage, EventPage


def event_published(sender, instance, **kwargs) -> None:
    """Tell registrants about a new status; more places may promote people waiting."""
    event_status_announce(event=instance)
    registration_promote_waiting(event=instance)


def event_index_published(sender, instance, **kwargs) -> None:
    """Event organisers may work below every event index, including new ones."""
    ensure_event_organiser_role()


def connect() -> None:
    """Connect the receivers (called once, when the app is ready)."""
    page_published.connect(event_published, sender=EventPage, dispatch_uid="event-published")
    page_published.connect(
        event_index_published, sender=EventIndexPage, dispatch_uid="event-index-published"
    )
