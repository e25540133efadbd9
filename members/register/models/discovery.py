"""Discovery without disclosure: what a lookup answered, and the contact requests it allows.

A **discovery lookup** compares one person's keyed name index with the people of
every other agency and keeps only what the asking agency was told: the countries
of the agencies that matched, sealed with the person's data key (so an erasure
makes it unreadable too). A **contact request** goes from the asking agency to each
agency of one of those countries that matched; it names, on the receiving side only,
which of the receiving agency's own people matched. The asking agency never learns
which agency that is, nor its person, unless the receiving agency refers them back.
Nothing here is written except through ``members.register.discovery``.
"""

import uuid

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from members.agencies.models import Agency
from members.register.vocabulary import ContactState, ReferralPurpose


class DiscoveryLookup(models.Model):
    """One question "does another agency know this person?" and its sealed answer."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    person = models.ForeignKey(
        "register.Person", on_delete=models.PROTECT, related_name="discovery_lookups"
    )
    agency = models.ForeignKey(Agency, on_delete=models.PROTECT, related_name="+")
    asked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    asked_at = models.DateTimeField(default=timezone.now)
    # The countries answered, as JSON, sealed with the person's data key.
    answer = models.BinaryField()

    class Meta:
        ordering = ["-asked_at"]
        verbose_name = _("discovery lookup")
        verbose_name_plural = _("discovery lookups")
        indexes = [models.Index(fields=["person", "-asked_at"])]

    def __str__(self) -> str:
        return f"discovery lookup {self.pk}"


class ContactRequestQuerySet(models.QuerySet):
    def to_agencies(self, agency_ids):
        """Requests the agencies received (what their staff may see and answer)."""
        return self.filter(to_agency_id__in=agency_ids)


class ContactRequest(models.Model):
    """A request from the asking agency to one agency that may know the same person.

    ``person`` is the asking agency's person; ``matched_people`` are the receiving
    agency's people whose index matched, shown only to the receiving agency. The
    message is sealed with the asking person's data key (``discovery.CONTACT_TABLE``).
    """

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    lookup = models.ForeignKey(DiscoveryLookup, on_delete=models.PROTECT, related_name="requests")
    person = models.ForeignKey(
        "register.Person", on_delete=models.PROTECT, related_name="contact_requests_sent"
    )
    from_agency = models.ForeignKey(Agency, on_delete=models.PROTECT, related_name="+")
    to_agency = models.ForeignKey(Agency, on_delete=models.PROTECT, related_name="+")
    # What the asking agency knows of the receiving one: its country.
    country = models.CharField(_("country"), max_length=2)
    matched_people = models.ManyToManyField("register.Person", related_name="+")
    purpose = models.CharField(_("purpose"), max_length=30, choices=ReferralPurpose.choices)
    message = models.BinaryField(null=True)
    state = models.CharField(
        max_length=20, choices=ContactState.choices, default=ContactState.PENDING
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)
    expires_at = models.DateTimeField()
    answered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    answered_at = models.DateTimeField(null=True, blank=True)

    objects = ContactRequestQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("contact request")
        verbose_name_plural = _("contact requests")
        indexes = [
            models.Index(fields=["to_agency", "state"]),
            models.Index(fields=["person", "country"]),
        ]

    def __str__(self) -> str:
        return f"contact request {self.pk}"

    def open(self, now=None) -> bool:
        """Whether the receiving agency can still answer it."""
        return self.state == ContactState.PENDING and self.expires_at > (now or timezone.now())
