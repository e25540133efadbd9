"""Signed links to a registrant's private page, valid while the registration is kept."""

import datetime

from django.conf import settings
from django.core import signing
from django.utils import timezone

from practices.models import EventRegistration

# Namespaces the signature of registration links (a salt, not a secret).
TOKEN_SALT = "practices.event-registration"  # noqa: S105


def retention_cutoff(now: datetime.datetime | None = None) -> datetime.datetime:
    """Registrations of events that ended before this moment are past their retention."""
    return (now or timezone.now()) - datetime.timedelta(
        days=settings.EVENT_REGISTRATION_RETENTION_DAYS
    )


def registration_token(registration: EventRegistration) -> str:
    """The signed key of a registration's private page (status, joining details, cancel)."""
    return signing.dumps(str(registration.pk), salt=TOKEN_SALT, compress=True)


def registration_from_token(token: str) -> EventRegistration | None:
    """The registration a token was made for; None for a forged, damaged or stale token.

    A link stops working when the event's retention period is over, even before the
    hourly purge has deleted the registration.
    """
    try:
        registration_id = signing.loads(token, salt=TOKEN_SALT)
    except signing.BadSignature:
        return None
    return (
        EventRegistration.objects.select_related("event")
        .filter(pk=registration_id, event__end__gte=retention_cutoff())
        .first()
    )
