"""Member agencies, the services they offer, the staff who work for them, and invitations.

Member-area URLs name agencies and memberships by UUID, never by a sequential id.
"""

import uuid

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from network_site.core.countries import country_name


class AgencyRole(models.TextChoices):
    """What a member of staff may do in the member area for their agency."""

    AGENCY_ADMIN = "agency-admin", _("Agency administrator")
    CASEWORKER = "caseworker", _("Caseworker")
    MEMBER = "member", _("Member")


class ServiceKind(models.TextChoices):
    """The kinds of service an agency offers, used to find agencies in the directory."""

    OUTREACH = "outreach", _("Street outreach")
    SHELTER = "shelter", _("Emergency shelter")
    DAY_CENTRE = "day-centre", _("Day centre")
    HOUSING = "housing", _("Housing and Housing First")
    RIGHTS_ADVICE = "rights-advice", _("Rights and legal advice")
    EMPLOYMENT = "employment", _("Work and training")
    HEALTH = "health", _("Health care")
    RECONNECTION = "reconnection", _("Reconnection and return support")


class Service(models.Model):
    """One kind of service (seeded from ``ServiceKind``); named in the reader's language."""

    code = models.CharField(max_length=30, primary_key=True, choices=ServiceKind.choices)

    class Meta:
        ordering = ["code"]
        verbose_name = _("service")
        verbose_name_plural = _("services")

    def __str__(self) -> str:
        return self.name

    @property
    def name(self) -> str:
        return str(ServiceKind(self.code).label) if self.code in ServiceKind else self.code


class AgencyQuerySet(models.QuerySet):
    """Agencies by how visible they are."""

    def active(self):
        return self.filter(active=True)

    def listed(self):
        """Active agencies that chose to appear in the public directory."""
        return self.active().filter(listed_publicly=True)


class Agency(models.Model):
    """A homeless-service agency that is a member of the network."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    name = models.CharField(max_length=200, verbose_name=_("name"))
    country = models.CharField(max_length=2, verbose_name=_("country"))
    city = models.CharField(max_length=120, verbose_name=_("city"))
    website = models.URLField(blank=True, verbose_name=_("website"))
    contact_email = models.EmailField(
        blank=True,
        verbose_name=_("contact e-mail"),
        help_text=_("Shown to signed-in members only."),
    )
    contact_phone = models.CharField(
        max_length=40,
        blank=True,
        verbose_name=_("contact phone"),
        help_text=_("Shown to signed-in members only."),
    )
    services = models.ManyToManyField(
        Service, blank=True, related_name="agencies", verbose_name=_("services offered")
    )
    languages = models.ManyToManyField(
        "practices.SpokenLanguage",
        blank=True,
        related_name="agencies",
        verbose_name=pgettext_lazy("by the staff of an agency", "languages spoken"),
    )
    description = models.TextField(blank=True, max_length=600, verbose_name=_("short description"))
    listed_publicly = models.BooleanField(
        default=False,
        verbose_name=_("listed in the public directory"),
        help_text=_("Name, place, services and languages appear on the public site."),
    )
    active = models.BooleanField(default=True, verbose_name=_("active"))
    created_at = models.DateTimeField(auto_now_add=True)

    objects = AgencyQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name = _("agency")
        verbose_name_plural = _("agencies")
        indexes = [models.Index(fields=["country", "active", "listed_publicly"])]

    def __str__(self) -> str:
        return self.name

    @property
    def country_name(self) -> str:
        """The agency's country in the reader's language."""
        return country_name(self.country)


class MembershipQuerySet(models.QuerySet):
    """Memberships that count."""

    def active(self):
        """Active memberships of active agencies."""
        return self.filter(active=True, agency__active=True)


class Membership(models.Model):
    """A person's place in an agency, with their role there."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="memberships",
        verbose_name=_("person"),
    )
    agency = models.ForeignKey(
        Agency, on_delete=models.CASCADE, related_name="memberships", verbose_name=_("agency")
    )
    role = models.CharField(
        max_length=20,
        choices=AgencyRole.choices,
        default=AgencyRole.MEMBER,
        verbose_name=_("role"),
    )
    since = models.DateField(auto_now_add=True, verbose_name=_("since"))
    active = models.BooleanField(default=True, verbose_name=_("active"))

    objects = MembershipQuerySet.as_manager()

    class Meta:
        ordering = ["agency__name", "user__email"]
        verbose_name = _("membership")
        verbose_name_plural = _("memberships")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "agency"],
                condition=Q(active=True),
                name="one_active_membership_per_agency",
            )
        ]

    def __str__(self) -> str:
        return f"{self.agency} · {self.get_role_display()}"


class InvitationQuerySet(models.QuerySet):
    """Invitations by state."""

    def pending(self):
        """Neither accepted nor revoked, and not yet expired."""
        return self.filter(accepted_at=None, revoked_at=None, expires_at__gt=timezone.now())


class Invitation(models.Model):
    """An agency's invitation of an e-mail address to join it with a role.

    The link in the e-mail carries a signed token of the invitation's id; the row
    decides whether it is still good (single use, expiry, revocation).
    """

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    agency = models.ForeignKey(
        Agency, on_delete=models.CASCADE, related_name="invitations", verbose_name=_("agency")
    )
    email = models.EmailField(verbose_name=_("e-mail address"))
    role = models.CharField(
        max_length=20,
        choices=AgencyRole.choices,
        default=AgencyRole.MEMBER,
        verbose_name=_("role"),
    )
    language = models.CharField(max_length=10, default="en")
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("invited by"),
    )
    created_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField(verbose_name=_("expires"))
    accepted_at = models.DateTimeField(null=True, blank=True)
    accepted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    revoked_at = models.DateTimeField(null=True, blank=True)

    objects = InvitationQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("invitation")
        verbose_name_plural = _("invitations")
        indexes = [models.Index(fields=["agency", "accepted_at", "revoked_at"])]

    def __str__(self) -> str:
        return f"{self.agency} · {self.get_role_display()}"
