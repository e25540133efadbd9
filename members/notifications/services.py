"""Writes of notifications: ``notification_send`` (the one way other apps tell people things),
marking notifications read, and saving each person's preferences."""

import uuid

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone, translation
from django.utils.text import Truncator

from members.notifications.models import (
    Delivery,
    Notification,
    NotificationKind,
    NotificationPreference,
)
from members.notifications.selectors import delivery_for, forget_unread_count, recipient_language
from members.notifications.tasks import send_notification_email

TITLE_LENGTH = Notification._meta.get_field("title").max_length


def notification_send(
    *, recipient, kind: str, title: str, body: str = "", link: str = ""
) -> Notification | None:
    """Tell one person that something changed; delivered as they chose for the kind.

    This is the only function other apps call to notify someone. The person's
    preference for ``kind`` (else ``DEFAULT_DELIVERY``) decides: in the member area
    only, also by e-mail at once (queued when the transaction commits), also in the
    daily digest, or not at all (nothing is stored and None is returned). Inactive
    people get nothing.

    Notifications must never carry personal data of people in the register: no
    names, birth dates, places or case details of the people agencies support. Write
    "A referral to your agency was accepted" or "Your role changed" and link to the
    page, which checks access itself. Names of staff colleagues are fine ("Ana Pop
    accepted your invitation"). ``link`` is a path on this site ("/en/members/..."),
    never an external address. Lazy translations (``gettext_lazy``, ``format_lazy``)
    are written in the recipient's language.

    A title longer than its column (200 characters: people's names can be long) is
    shortened with an ellipsis. Raises ``ValidationError`` for an unknown kind or a
    link that is not a path on this site, whatever the person's preference.
    """
    if not recipient.is_active:
        return None
    with translation.override(recipient_language(recipient)):
        notification = Notification(
            recipient=recipient,
            kind=kind,
            title=Truncator(str(title)).chars(TITLE_LENGTH),
            body=str(body),
            link=str(link),
        )
    notification.full_clean(exclude=["recipient"], validate_unique=False)
    delivery = delivery_for(recipient, kind)
    if delivery == Delivery.OFF:
        return None
    notification.save()
    forget_unread_count(recipient)
    if delivery == Delivery.EMAIL_NOW:
        transaction.on_commit(lambda: send_notification_email.enqueue(str(notification.pk)))
    return notification


def notification_mark_read(*, user, notification_id: uuid.UUID | str) -> Notification:
    """Mark one of the person's own notifications read; others' raise ``DoesNotExist``."""
    notification = Notification.objects.for_recipient(user).get(pk=notification_id)
    if notification.read_at is None:
        notification.read_at = timezone.now()
        notification.save(update_fields=["read_at"])
        forget_unread_count(user)
    return notification


def notification_mark_all_read(*, user) -> int:
    """Mark all of the person's notifications read; returns how many were unread."""
    marked = Notification.objects.for_recipient(user).unread().update(read_at=timezone.now())
    forget_unread_count(user)
    return marked


def notification_preferences_update(*, user, deliveries: dict[str, str]) -> None:
    """Save how the person wants to receive each kind named in ``deliveries``."""
    unknown_kinds = set(deliveries) - set(NotificationKind.values)
    unknown_deliveries = set(deliveries.values()) - set(Delivery.values)
    if unknown_kinds or unknown_deliveries:
        raise ValidationError(
            f"Unknown kinds {sorted(unknown_kinds)} or deliveries {sorted(unknown_deliveries)}"
        )
    NotificationPreference.objects.bulk_create(
        [
            NotificationPreference(user=user, kind=kind, delivery=delivery)
            for kind, delivery in deliveries.items()
        ],
        update_conflicts=True,
        unique_fields=["user", "kind"],
        update_fields=["delivery"],
    )
