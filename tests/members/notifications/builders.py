"""Notifications and preferences for tests, made through the notification services."""

from members.notifications.models import NotificationKind
from members.notifications.services import notification_preferences_update, notification_send


def choose(user, kind: str, delivery: str) -> None:
    """The person chooses how notifications of ``kind`` reach them."""
    notification_preferences_update(user=user, deliveries={kind: delivery})


def tell(user, title: str = "Your role changed", kind: str = NotificationKind.NETWORK, **extra):
    """Send the person a notification."""
    return notification_send(recipient=user, kind=kind, title=title, **extra)
