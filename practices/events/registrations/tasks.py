"""Periodic work on registrations: deleting them once their retention period is over."""

import logging

from django.tasks import task

from network_site.core.scheduling import periodic
from practices.events.registrations.services import registration_purge_past

logger = logging.getLogger(__name__)


@periodic("purge-past-event-registrations", every_minutes=60)
@task()
def purge_past_event_registrations() -> int:
    """Delete the personal data of people registered for events past the retention period."""
    deleted = registration_purge_past()
    logger.info("Deleted %d registrations of past events", deleted)
    return deleted
