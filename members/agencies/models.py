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


class AuditAction(models.TextChoices):
    """What an audit event records: reads and writes of the register, and staff changes.

    The column holds the code only (no database choices), so a later issue adds an
    action here without a migration.
    """

    PERSON_LIST = "person.list", _("Listed people")
    PERSON_SEARCH = "person.search", _("Searched for a person")
    DUPLICATE_CHECK = "person.duplicate-check", _("Checked for an earlier record")
    PERSON_VIEW = "person.view", _("Opened a person's record")
    PERSON_CREATE = "person.create", _("Recorded a person")
    PERSON_CHANGE = "person.change", _("Changed a person's identity")
    SENSITIVE_REVEAL = "sensitive.reveal", _("Opened the sensitive section")
    SENSITIVE_CHANGE = "sensitive.change", _("Changed the sensitive section")
    MOVEMENT_RECORD = "movement.record", _("Recorded a movement")
    MOVEMENT_CORRECT = "movement.correct", _("Corrected a movement")
    NOTE_WRITE = "note.write", _("Wrote a case note")
    NOTE_CHANGE = "note.change", _("Changed a case note")
    HISTORY_VIEW = "history.view", _("Looked at a person's history of changes")
    CONSENT_RECORD = "consent.record", _("Recorded a consent to share")
    CONSENT_REVOKE = "consent.revoke", _("Recorded that consent was revoked")
    REFERRAL_OFFER = "referral.offer", _("Offered a record to another agency")
    REFERRAL_WITHDRAW = "referral.withdraw", _("Withdrew an offer")
    REFERRAL_ACCEPT = "referral.accept", _("Accepted an offer")
    REFERRAL_DECLINE = "referral.decline", _("Declined an offer")
    REFERRAL_EXPIRE = "referral.expire", _("An offer expired")
    SHARE_END = "share.end", _("Ended a share")
    DISCOVERY_LOOKUP = "discovery.lookup", _("Asked whether another agency knows a person")
    DISCOVERY_MATCH = "discovery.match", _("Another agency's question matched a person")
    CONTACT_REQUEST = "contact.request", _("Sent a contact request")
    CONTACT_ANSWER = "contact.answer", _("Answered a contact request")
    AUDIT_EXPORT = "audit.export", _("Exported the audit log")
    STAFF_INVITE = "staff.invite", _("Invited a member of staff")
    STAFF_INVITATION_WITHDRAW = "staff.invitation-withdraw", _("Withdrew an invitation")
    STAFF_JOIN = "staff.join", _("Joined the staff")
    STAFF_ROLE_CHANGE = "staff.role-change", _("Changed a role")
    STAFF_REMOVE = "staff.remove", _("Took someone off the staff")
    # Subject access (issue 15): the person's data exported for them (GDPR Art. 15, 20).
    SUBJECT_ACCESS_EXPORT = "subject-access.export", _("Exported a person's data for them")
    # Transfers (issue 15): ownership of a person's record moving between agencies.
    PERSON_TRANSFER = "person.transfer", _("A person's record changed owning agency")
    REFERRAL_WITHDRAW_ON_TRANSFER = (
        "referral.withdraw-on-transfer",
        _("An offer was withdrawn because the record was transferred"),
    )
    # Erasure on request (issue 15, deliverable 4).
    ERASURE_REQUEST = "erasure.request", _("Recorded a request to erase a record")
    LEGAL_HOLD = "erasure.legal-hold", _("Postponed an erasure with a legal hold")
    LEGAL_HOLD_LIFT = "erasure.hold-lift", _("Lifted a legal hold on an erasure")
    ERASURE_PERFORM = "erasure.perform", _("Erased a record")
    ERASURE_CONFIRM = "erasure.confirm", _("Confirmed erasing a copy of a record")
    # Retention (issue 15, members/register/retention.py).
    RETENTION_KEEP = "retention.keep", _("Kept a record active past the retention period")
    RETENTION_ANONYMISE = "retention.anonymise", _("A record was anonymised after inactivity")
    RETENTION_SHARE_EXPIRE = "retention.share-expire", _("A share expired")


class AuditReason(models.TextChoices):
    """Why someone opened or changed a record: the labels of the audit trail's reason codes.

    The register's vocabularies (``RevealReason``, ``ChangeReason`` in
    ``members.register.vocabulary``) decide the codes; the audit log lives below the
    register and may not import it, so the codes are repeated here, identical (a test
    holds them together). ``person-request`` is in both vocabularies, with one label
    here. Like ``action``, the column holds the code only, without database choices.
    """

    SUPPORT_PLANNING = "support-planning", _("Planning support with the person")
    HEALTH_EMERGENCY = "health-emergency", _("A health emergency")
    SAFEGUARDING = "safeguarding", _("Keeping the person safe")
    REFERRAL = "referral", _("Preparing a referral the person agreed to")
    PERSON_REQUEST = "person-request", _("The person asked for it")
    CORRECTION = "correction", _("Correcting a mistake")
    NEW_INFORMATION = "new-information", _("New information from the person")
    DOCUMENTS_SEEN = "documents-seen", _("Documents seen")


class AuditEventQuerySet(models.QuerySet):
    """An agency's audit trail, in the order it was written."""

    def of_agency(self, agency: Agency):
        return self.filter(agency=agency).order_by("sequence")


class AuditEvent(models.Model):
    """One line of an agency's audit trail: who did what, to whose record, when and why.

    Written only by ``services.audit_event_record``, in the transaction of the act it
    records. Rows are never changed or deleted: database triggers reject UPDATE and
    DELETE (and TRUNCATE on PostgreSQL), see migration 0004. Each row's ``hash`` covers
    its content and the previous row's hash of the same agency (``audit.chain_hash``),
    so a row altered or removed outside the application breaks the chain that
    ``manage.py audit_verify`` walks. The person is named by UUID only: no personal
    data is ever written here.
    """

    id = models.BigAutoField(primary_key=True)
    agency = models.ForeignKey(
        Agency, on_delete=models.PROTECT, related_name="audit_events", verbose_name=_("agency")
    )
    sequence = models.PositiveBigIntegerField()
    occurred_at = models.DateTimeField(verbose_name=_("when"))
    # PROTECT: accounts with a history are deactivated, never deleted (a SET NULL
    # would be an UPDATE, which the trigger rejects anyway).
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("who"),
    )
    action = models.CharField(max_length=40, verbose_name=_("action"))
    person_uuid = models.UUIDField(null=True, blank=True, verbose_name=_("person"))
    subject = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("member of staff concerned"),
    )
    reason = models.CharField(max_length=40, blank=True, verbose_name=_("reason"))
    detail = models.CharField(max_length=200, blank=True, verbose_name=_("detail"))
    previous_hash = models.CharField(max_length=64)
    hash = models.CharField(max_length=64, unique=True)

    objects = AuditEventQuerySet.as_manager()

    class Meta:
        ordering = ["-occurred_at", "-sequence"]
        verbose_name = _("audit event")
        verbose_name_plural = _("audit events")
        constraints = [
            models.UniqueConstraint(fields=["agency", "sequence"], name="one_link_per_place")
        ]
        indexes = [
            models.Index(fields=["agency", "occurred_at"]),
            models.Index(fields=["agency", "person_uuid"]),
            models.Index(fields=["agency", "actor"]),
        ]

    def __str__(self) -> str:
        return f"{self.agency_id} #{self.sequence} {self.action}"

    @property
    def action_label(self) -> str:
        return str(AuditAction(self.action).label) if self.action in AuditAction else self.action

    @property
    def reason_label(self) -> str:
        """The reason in the reader's language (an unknown code is shown as it is)."""
        return str(AuditReason(self.reason).label) if self.reason in AuditReason else self.reason
