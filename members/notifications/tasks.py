"""Background work of notifications: e-mail at once, and the daily digest.

Both write plain-text e-mails in the recipient's language and set ``emailed_at``
in the same transaction as the sending, so nothing is e-mailed twice.
"""

import datetime
import logging

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMessage
from django.db import transaction
from django.tasks import task
from django.urls import reverse
from django.utils import timezone, translation

from wagtail.models import Site

from members.notifications.models import Delivery, Notification
from members.notifications.selectors import deliveries_for, recipient_language
from network_site.core.mail import templated_email
from network_site.core.scheduling import periodic

logger = logging.getLogger(__name__)

# The digest runs once a day; looking back two days means a late or missed run
# loses nothing, and ``emailed_at`` keeps anything from being sent twice.
DIGEST_LOOKBACK = datetime.timedelta(days=2)


def site_root_url() -> str:
    """The address of the site, as in links of the e-mails (no trailing slash)."""
    site = Site.objects.filter(is_default_site=True).first()
    return site.root_url if site else settings.WAGTAILADMIN_BASE_URL.rstrip("/")


def _email(user, template: str, context: dict) -> EmailMessage:
    """An e-mail to the person, in their language."""
    root = site_root_url()
    language = recipient_language(user)
    with translation.override(language):
        context = {
            **context,
            "recipient": user,
            "site_root": root,
            "notifications_url": f"{root}{reverse('members:notifications')}",
            "preferences_url": f"{root}{reverse('members:notification_preferences')}",
        }
    return templated_email(
        f"notifications/email/{template}", context, to=user.email, language=language
    )


def notification_email(notification: Notification) -> EmailMessage:
    """The e-mail that tells the person about one notification."""
    return _email(notification.recipient, "notification", {"notification": notification})


def digest_email(user, notifications: list[Notification]) -> EmailMessage:
    """The daily e-mail that lists the person's new notifications."""
    return _email(user, "digest", {"notifications": notifications})


@task()
def send_notification_email(notification_id: str) -> None:
    """E-mail one notification at once, unless it was e-mailed already or its person left."""
    with transaction.atomic():
        notification = (
            Notification.objects.select_for_update(of=("self",))
            .select_related("recipient")
            .filter(pk=notification_id, emailed_at__isnull=True)
            .first()
        )
        if notification is None:  # deleted, or e-mailed already
            return
        recipient = notification.recipient
        if not recipient.is_active or not recipient.email:
            return
        notification_email(notification).send()
        notification.emailed_at = timezone.now()
        notification.save(update_fields=["emailed_at"])
    logger.info("Sent notification e-mail %s", notification.pk)


def _send_digest(user, since: datetime.datetime) -> bool:
    """One digest to one person of their unread, unsent notifications of digest kinds."""
    kinds = [kind for kind, delivery in deliveries_for(user).items() if delivery == Delivery.DIGEST]
    if not kinds:
        return False
    with transaction.atomic():
        notifications = list(
            Notification.objects.for_recipient(user)
            .unread()
            .filter(emailed_at__isnull=True, created_at__gte=since, kind__in=kinds)
            .order_by("created_at")
            .select_for_update(skip_locked=True)
        )
        if not notifications:
            return False
        digest_email(user, notifications).send()
        Notification.objects.filter(pk__in=[n.pk for n in notifications]).update(
            emailed_at=timezone.now()
        )
    return True


# One e-mail a day with the notifications people chose to receive as a digest.
@periodic("send-notification-digests", every_minutes=24 * 60)
@task()
def send_daily_digests() -> int:
    """E-mail every active person their daily digest; returns how many were sent."""
    since = timezone.now() - DIGEST_LOOKBACK
    recipient_ids = (
        Notification.objects.unread()
        .filter(emailed_at__isnull=True, created_at__gte=since)
        .values("recipient_id")
    )
    people = get_user_model().objects.filter(pk__in=recipient_ids, is_active=True).exclude(email="")
    sent = sum(_send_digest(user, since) for user in people)
    logger.info("Sent %d notification digests", sent)
    return sent
