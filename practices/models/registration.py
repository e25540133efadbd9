"""People who registered for an event on this site, kept only as long as needed."""

import uuid

from django.db import models
from django.db.models.functions import Lower
from django.utils.translation import gettext_lazy as _

from practices.choices import EventStatus, RegistrationStatus


class EventRegistrationQuerySet(models.QuerySet):
    """Registrations by where they stand."""

    def active(self):
        """Registrations that hold a place or a spot on the waiting list."""
        return self.exclude(status=RegistrationStatus.CANCELLED)

    def confirmed(self):
        return self.filter(status=RegistrationStatus.CONFIRMED)

    def waitlisted(self):
        """The waiting list, first come first served."""
        return self.filter(status=RegistrationStatus.WAITLISTED).order_by("created_at", "pk")


class EventRegistration(models.Model):
    """One person's registration for an event: a place, a spot on the waiting list, or neither.

    Personal data: deleted automatically a configurable number of days after the
    event (``practices.events.registrations.tasks.purge_past_registrations``).
    """

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    event = models.ForeignKey(
        "practices.EventPage",
        on_delete=models.CASCADE,
        related_name="registrations",
        verbose_name=_("event"),
    )
    status = models.CharField(
        max_length=20, choices=RegistrationStatus.choices, verbose_name=_("status")
    )
    name = models.CharField(max_length=160, verbose_name=_("name"))
    email = models.EmailField(verbose_name=_("e-mail"))
    organisation = models.CharField(max_length=200, blank=True, verbose_name=_("organisation"))
    country = models.ForeignKey(
        "practices.Country",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("country"),
    )
    accessibility_needs = models.TextField(
        blank=True, max_length=500, verbose_name=_("accessibility needs")
    )
    dietary_needs = models.TextField(blank=True, max_length=300, verbose_name=_("dietary needs"))
    language = models.CharField(
        max_length=8, verbose_name=_("language"), help_text=_("E-mails are written in it.")
    )
    consent_given_at = models.DateTimeField(verbose_name=_("consent given"))
    created_at = models.DateTimeField(auto_now_add=True, verbose_name=_("registered"))
    promoted_at = models.DateTimeField(
        null=True, blank=True, verbose_name=_("moved off the waiting list")
    )
    cancelled_at = models.DateTimeField(null=True, blank=True, verbose_name=_("cancelled"))

    objects = EventRegistrationQuerySet.as_manager()

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("event registration")
        verbose_name_plural = _("event registrations")
        constraints = [
            models.UniqueConstraint(
                Lower("email"),
                "event",
                condition=~models.Q(status=RegistrationStatus.CANCELLED),
                name="one_active_registration_per_email",
            )
        ]
        indexes = [models.Index(fields=["event", "status", "created_at"])]

    def __str__(self) -> str:
        # Deliberately no name or e-mail: this string can end up in logs.
        return f"{self._meta.verbose_name} {self.pk}"


class EventStatusAnnouncement(models.Model):
    """The status of an event its registrants were last told about.

    Kept apart from the page: page revisions would otherwise write an old value back.
    """

    event = models.OneToOneField(
        "practices.EventPage",
        on_delete=models.CASCADE,
        primary_key=True,
        related_name="status_announcement",
    )
    status = models.CharField(
        max_length=20, choices=EventStatus.choices, default=EventStatus.SCHEDULED
    )

    def __str__(self) -> str:
        return f"{self.event_id}: {self.status}"
