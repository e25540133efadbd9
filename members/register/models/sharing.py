"""What crosses from one agency to another, and on what grounds.

A **consent** records that the person (or someone entitled to act for them) agreed
that one agency may receive their record for one purpose until a date, or that
another legal basis, named by its article, covers it. A **referral** offers the
record to another agency (the sender keeps it); a **transfer** hands it over
(ownership moves on acceptance). Both carry a **scope**: which parts of the record
travel. An accepted referral becomes a **share**: the receiving agency's staff see
the person through ``visible_to``, limited to the scope, until the share expires,
is ended, or its consent is revoked. Nothing here is written except through
``members.register.services``.

The models name ``register.Person`` by its label, so that ``people`` can ask these
querysets which people a share opens without a cycle between the two modules.
"""

import uuid

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from members.agencies.models import Agency
from members.register.vocabulary import (
    ConsentGiver,
    ConsentMethod,
    DeclineReason,
    ReferralKind,
    ReferralPurpose,
    ReferralState,
    ShareEnd,
    SharePart,
)


class Scope(models.Model):
    """Which parts of a record travel: identity, movements, notes, the sensitive section.

    Four flags rather than a list, so that every database can filter on them.
    """

    with_identity = models.BooleanField(_("identity"), default=True)
    with_movements = models.BooleanField(_("movements"), default=True)
    with_notes = models.BooleanField(_("case notes"), default=False)
    # Never by default: the sender chooses it explicitly.
    with_sensitive = models.BooleanField(_("sensitive section"), default=False)

    class Meta:
        abstract = True

    @property
    def parts(self) -> frozenset[str]:
        """The parts in scope, as ``SharePart`` codes."""
        flags = {
            SharePart.IDENTITY: self.with_identity,
            SharePart.MOVEMENTS: self.with_movements,
            SharePart.NOTES: self.with_notes,
            SharePart.SENSITIVE: self.with_sensitive,
        }
        return frozenset(str(part) for part, on in flags.items() if on)


class ConsentQuerySet(models.QuerySet):
    def in_force(self, today=None):
        """Consents neither revoked nor past their end date."""
        today = today or timezone.localdate()
        return self.filter(revoked_at__isnull=True, valid_until__gte=today)


class Consent(models.Model):
    """The person's agreement that one agency receives their record for one purpose.

    With ``method`` "legal basis" it records instead which other legal basis covers
    the sharing (``legal_article``, for example "GDPR Art. 9(2)(c)"). It names no
    one: who gave it is a role, and a witness is a member of the recording agency.
    """

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    person = models.ForeignKey("register.Person", on_delete=models.PROTECT, related_name="consents")
    # The agency that recorded the consent (the owner at the time).
    agency = models.ForeignKey(Agency, on_delete=models.PROTECT, related_name="+")
    recipient = models.ForeignKey(
        Agency, on_delete=models.PROTECT, related_name="+", verbose_name=_("receiving agency")
    )
    purpose = models.CharField(_("purpose"), max_length=30, choices=ReferralPurpose.choices)
    method = models.CharField(_("how it was given"), max_length=30, choices=ConsentMethod.choices)
    given_by = models.CharField(
        _("given by"), max_length=30, choices=ConsentGiver.choices, default=ConsentGiver.PERSON
    )
    given_on = models.DateField(_("given on"))
    valid_until = models.DateField(_("valid until"))
    legal_article = models.CharField(_("legal basis and article"), max_length=120, blank=True)
    witness = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("witness"),
    )
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    recorded_at = models.DateTimeField(default=timezone.now)
    revoked_at = models.DateTimeField(null=True, blank=True)
    revoked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )

    objects = ConsentQuerySet.as_manager()

    class Meta:
        ordering = ["-recorded_at"]
        verbose_name = _("consent")
        verbose_name_plural = _("consents")

    def __str__(self) -> str:
        return f"consent {self.pk}"


class Referral(Scope):
    """An offer of a person's record to another agency: a referral or a transfer.

    The message to the receiving agency is sealed with the person's data key
    (``records.REFERRAL_TABLE``); the rest is codes, agencies and dates.
    """

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    kind = models.CharField(_("kind"), max_length=20, choices=ReferralKind.choices)
    person = models.ForeignKey(
        "register.Person", on_delete=models.PROTECT, related_name="referrals"
    )
    from_agency = models.ForeignKey(Agency, on_delete=models.PROTECT, related_name="referrals_sent")
    to_agency = models.ForeignKey(
        Agency,
        on_delete=models.PROTECT,
        related_name="referrals_received",
        verbose_name=_("receiving agency"),
    )
    purpose = models.CharField(_("purpose"), max_length=30, choices=ReferralPurpose.choices)
    consent = models.ForeignKey(Consent, on_delete=models.PROTECT, related_name="referrals")
    message = models.BinaryField(null=True)
    state = models.CharField(
        max_length=20, choices=ReferralState.choices, default=ReferralState.PENDING
    )
    expires_at = models.DateTimeField()
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    decline_reason = models.CharField(max_length=30, choices=DeclineReason.choices, blank=True)
    # Transfers only: what the sending agency keeps once the receiver owns the record
    # (nothing by default), under a consent naming the sender as the recipient.
    keep_identity = models.BooleanField(_("keep identity"), default=False)
    keep_movements = models.BooleanField(_("keep movements"), default=False)
    keep_notes = models.BooleanField(_("keep case notes"), default=False)
    keep_sensitive = models.BooleanField(_("keep sensitive section"), default=False)
    keep_consent = models.ForeignKey(
        Consent, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("referral")
        verbose_name_plural = _("referrals")
        indexes = [
            models.Index(fields=["to_agency", "state"]),
            models.Index(fields=["from_agency", "state"]),
        ]

    def __str__(self) -> str:
        return f"{self.kind} {self.pk}"

    @property
    def keep_parts(self) -> frozenset[str]:
        """What the sender keeps after a transfer, as ``SharePart`` codes."""
        return frozenset(part for part in SharePart.values if getattr(self, f"keep_{part}"))


class ShareQuerySet(models.QuerySet):
    def active(self, now=None):
        """Shares that open the record now: not ended, not expired, consent not revoked."""
        now = now or timezone.now()
        return self.filter(
            ended_at__isnull=True, expires_at__gt=now, consent__revoked_at__isnull=True
        )

    def to_agencies(self, agency_ids):
        return self.filter(agency_id__in=agency_ids)

    def covering(self, part: str):
        """Shares whose scope includes ``part`` (a ``SharePart`` code)."""
        return self.filter(Q(**{f"with_{part}": True}))


class Share(Scope):
    """Access of a receiving agency to a person's record, within a scope, for a time.

    Created when the agency accepts a referral; it opens the record until
    ``expires_at`` (the consent's end by default), until either side ends it, or
    until the consent is revoked, whichever comes first, on the next request.
    """

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    person = models.ForeignKey("register.Person", on_delete=models.PROTECT, related_name="shares")
    agency = models.ForeignKey(
        Agency, on_delete=models.PROTECT, related_name="shares", verbose_name=_("receiving agency")
    )
    referral = models.OneToOneField(
        Referral, on_delete=models.PROTECT, related_name="share", null=True, blank=True
    )
    consent = models.ForeignKey(Consent, on_delete=models.PROTECT, related_name="shares")
    starts_at = models.DateTimeField(default=timezone.now)
    expires_at = models.DateTimeField()
    ended_at = models.DateTimeField(null=True, blank=True)
    ended_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    end_reason = models.CharField(max_length=30, choices=ShareEnd.choices, blank=True)

    objects = ShareQuerySet.as_manager()

    class Meta:
        ordering = ["-starts_at"]
        verbose_name = _("share")
        verbose_name_plural = _("shares")
        indexes = [models.Index(fields=["agency", "person"])]

    def __str__(self) -> str:
        return f"share {self.pk}"
