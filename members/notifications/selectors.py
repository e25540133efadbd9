"""Reads of notifications and preferences: counts, lists and each person's deliveries."""

from django.conf import settings
from django.db.models import QuerySet

from members.notifications.models import (
    Notification,
    NotificationKind,
    NotificationPreference,
    default_delivery,
)

# The unread count is read by the header and the page body of the same request.
UNREAD_COUNT_ATTRIBUTE = "_unread_notifications_count"


def unread_count(user) -> int:
    """How many notifications the person has not read (one query per request; none anonymous)."""
    if not user.is_authenticated:
        return 0
    cached = getattr(user, UNREAD_COUNT_ATTRIBUTE, None)
    if cached is None:
        cached = Notification.objects.for_recipient(user).unread().count()
        setattr(user, UNREAD_COUNT_ATTRIBUTE, cached)
    return cached


def forget_unread_count(user) -> None:
    """Drop the count kept for this request, after notifications were read."""
    if hasattr(user, UNREAD_COUNT_ATTRIBUTE):
        delattr(user, UNREAD_COUNT_ATTRIBUTE)


def notifications_for(user) -> QuerySet:
    """The person's own notifications, newest first."""
    return Notification.objects.for_recipient(user).order_by("-created_at")


def recent_notifications(user, limit: int = 5) -> list[Notification]:
    """The person's latest notifications, read or not."""
    return list(notifications_for(user)[:limit])


def delivery_for(user, kind: str) -> str:
    """How the person receives notifications of one kind (their choice, else the default)."""
    chosen = (
        NotificationPreference.objects.filter(user=user, kind=kind)
        .values_list("delivery", flat=True)
        .first()
    )
    return chosen or default_delivery(kind)


def deliveries_for(user) -> dict[str, str]:
    """The person's delivery for every kind, in one query."""
    chosen = dict(NotificationPreference.objects.filter(user=user).values_list("kind", "delivery"))
    return {kind: chosen.get(kind) or default_delivery(kind) for kind in NotificationKind.values}


def preferences_for(user) -> list[tuple[str, str, str]]:
    """(kind, label in the reader's language, delivery) for every kind."""
    deliveries = deliveries_for(user)
    return [(kind, str(kind.label), deliveries[kind]) for kind in NotificationKind]


def recipient_language(user) -> str:
    """The language to write to the person in.

    The project stores no preferred language per person yet (the language cookie
    belongs to a browser, not an account), so this is the site's default language.
    """
    return settings.LANGUAGE_CODE
