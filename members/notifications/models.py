"""Notifications of the member area and how each person wants to receive them.

A notification tells one person that something changed (their role, their agency's
staff, a network announcement). It is shown in the member area and, depending on
the person's preference for its kind, also e-mailed at once or in a daily digest.
Notifications never carry personal data of people in the register (see ``notification_send``).

Adding a kind is one line in ``NotificationKind`` (plus the migration Django writes
for the new choice); it is delivered in-app only unless ``DEFAULT_DELIVERY`` says
otherwise.
"""

import uuid

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext_lazy as _


class NotificationKind(models.TextChoices):
    """What a notification is about; people choose a delivery per kind."""

    ACCOUNT = "account", _("Changes to your own account and role")
    AGENCY_STAFF = "agency_staff", _("Staff changes in an agency you administer")
    NETWORK = "network", _("Announcements to members of the network")
    REFERRALS = "referrals", _("Referrals to and from your agency")
    REGISTER = "register", _("Requests about people you support, from other agencies")


class Delivery(models.TextChoices):
    """How a person receives notifications of one kind."""

    IN_APP = "in_app", _("In the member area only")
    EMAIL_NOW = "email_now", _("In the member area and by e-mail at once")
    DIGEST = "digest", _("In the member area and in a daily e-mail digest")
    OFF = "off", _("Not at all")


# Deliveries for people who have not chosen one. Changes to your own account (a new
# role, a removal) are security-relevant, so they are e-mailed at once; staff changes
# matter to agency admins but not minute by minute, so they come in the daily digest;
# announcements stay in the member area. Kinds not named here: in-app only.
DEFAULT_DELIVERY: dict[str, str] = {
    NotificationKind.ACCOUNT: Delivery.EMAIL_NOW,
    NotificationKind.AGENCY_STAFF: Delivery.DIGEST,
    NotificationKind.NETWORK: Delivery.IN_APP,
    # An offer waits a fortnight at most (REGISTER_OFFER_DAYS): the receiving agency
    # hears of it at once; the message names agencies only, never the person.
    NotificationKind.REFERRALS: Delivery.EMAIL_NOW,
}


def default_delivery(kind: str) -> str:
    """The delivery of a kind for people who have not chosen one."""
    return DEFAULT_DELIVERY.get(kind, Delivery.IN_APP)


def validate_site_path(value: str) -> None:
    """A link must be a path on this site ("/en/members/..."), never an external address."""
    if not value:
        return
    if (
        not value.startswith("/")
        or value.startswith("//")
        or "\\" in value
        or any(char.isspace() or ord(char) < 32 for char in value)
        or not url_has_allowed_host_and_scheme(value, allowed_hosts=set())
    ):
        raise ValidationError(
            _("Enter a path on this site that starts with “/”."), code="external_link"
        )


class NotificationQuerySet(models.QuerySet):
    """Notifications by whom they are for and whether they were read."""

    def for_recipient(self, user):
        return self.filter(recipient=user)

    def unread(self):
        return self.filter(read_at__isnull=True)


class Notification(models.Model):
    """One thing one person is told about, read or not."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="notifications",
        verbose_name=_("recipient"),
    )
    kind = models.CharField(max_length=30, choices=NotificationKind.choices, verbose_name=_("kind"))
    title = models.CharField(max_length=200, verbose_name=_("title"))
    body = models.TextField(blank=True, verbose_name=_("text"))
    link = models.CharField(
        max_length=500,
        blank=True,
        validators=[validate_site_path],
        verbose_name=_("link"),
        help_text=_("A path on this site, such as /en/members/."),
    )
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    read_at = models.DateTimeField(null=True, blank=True)
    # When it was e-mailed, at once or in a digest: nothing is e-mailed twice.
    emailed_at = models.DateTimeField(null=True, blank=True)

    objects = NotificationQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("notification")
        verbose_name_plural = _("notifications")
        indexes = [models.Index(fields=["recipient", "read_at"])]

    def __str__(self) -> str:
        return self.title

    @property
    def is_unread(self) -> bool:
        return self.read_at is None


class NotificationPreference(models.Model):
    """How one person wants to receive one kind of notification."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="notification_preferences",
        verbose_name=_("person"),
    )
    kind = models.CharField(max_length=30, choices=NotificationKind.choices, verbose_name=_("kind"))
    delivery = models.CharField(max_length=20, choices=Delivery.choices, verbose_name=_("delivery"))

    class Meta:
        verbose_name = _("notification preference")
        verbose_name_plural = _("notification preferences")
        constraints = [
            models.UniqueConstraint(fields=["user", "kind"], name="one_preference_per_kind")
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.get_delivery_display()}"
