"""Erasure on request (GDPR Art. 17) and the recipients' confirmations (Art. 19).

An **erasure** is the owning agency's record that the person asked to be erased: who
asked for it on the agency's side and when, a legal hold that postponed it (its reason,
free of personal data), and when the record was erased. It outlives the person's data:
it names the person by UUID only, a pseudonym that no key can link back to anyone once
the data key is gone. A **confirmation** is owed by every agency that received the
record (from the ledger): it is told, without personal data, and confirms that it has
erased its own copy. Nothing here is written except through ``members.register.erasure``.
"""

import uuid

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from members.agencies.models import Agency
from members.register.vocabulary import ErasureState


class Erasure(models.Model):
    """A request to erase one person's record, held or carried out."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    person = models.OneToOneField(
        "register.Person", on_delete=models.PROTECT, related_name="erasure"
    )
    # The owning agency when the request was made: the one that answers to the person.
    agency = models.ForeignKey(Agency, on_delete=models.PROTECT, related_name="+")
    state = models.CharField(max_length=20, choices=ErasureState.choices)
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    requested_at = models.DateTimeField(default=timezone.now)
    # Why the erasure waits (for example a court order and its reference), never a name.
    legal_hold_reason = models.CharField(_("reason for the legal hold"), max_length=300, blank=True)
    hold_lifted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    hold_lifted_at = models.DateTimeField(null=True, blank=True)
    erased_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    erased_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-requested_at"]
        verbose_name = _("erasure")
        verbose_name_plural = _("erasures")

    def __str__(self) -> str:
        return f"erasure {self.pk}"


class ErasureConfirmation(models.Model):
    """What one receiving agency owes an erasure: to confirm it erased its copy."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    erasure = models.ForeignKey(Erasure, on_delete=models.PROTECT, related_name="confirmations")
    agency = models.ForeignKey(
        Agency, on_delete=models.PROTECT, related_name="+", verbose_name=_("receiving agency")
    )
    notified_at = models.DateTimeField(default=timezone.now)
    confirmed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    confirmed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["notified_at"]
        verbose_name = _("erasure confirmation")
        verbose_name_plural = _("erasure confirmations")
        constraints = [
            models.UniqueConstraint(fields=["erasure", "agency"], name="register_erasure_once")
        ]
        indexes = [models.Index(fields=["agency", "confirmed_at"])]

    def __str__(self) -> str:
        return f"erasure confirmation {self.pk}"
