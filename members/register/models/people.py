"""People in the register, their movements between countries, and case notes.

Every read goes through ``visible_to(user)`` of these querysets: the one access rule
of the register (``members.agencies.access.can_read_personal_records``): the owning
agency's staff, and the staff of agencies an active share opens the person to, within
its scope (``sharing``). Names, date of birth, contact details, notes and the
sensitive section are stored only as ciphertext (``records``); the columns in plain
text are codes from the vocabularies, countries, dates of movements and the keyed
blind indexes. Nothing here is written except through ``members.register.services``.
"""

import uuid

from django.conf import settings
from django.db import models
from django.db.models import Exists, ExpressionWrapper, OuterRef, Q
from django.utils.translation import gettext_lazy as _

from members.agencies.access import RECORD_ROLES, memberships
from members.agencies.models import Agency
from members.register.models.sharing import Share
from members.register.vocabulary import (
    DatePrecision,
    LegalBasis,
    MovementKind,
    MovementReason,
    MovementSource,
    PersonStatus,
    Sex,
    SharePart,
)


def records_agency_ids(user) -> list:
    """The agencies whose records the person may read: where they are admin or caseworker."""
    return [m.agency_id for m in memberships(user) if m.role in RECORD_ROLES]


def _shared(agency_ids, part: str | None, person_field: str) -> Exists:
    """Whether an active share to one of ``agency_ids`` (covering ``part``) opens the
    person named by ``person_field`` of the outer query."""
    shares = Share.objects.active().filter(agency_id__in=agency_ids, person=OuterRef(person_field))
    return Exists(shares.covering(part) if part else shares)


# A person whose data key was destroyed, by erasure (``erasure``) or anonymisation
# (``retention``), is no one's to read, change or rewrap: only their movements count.
READABLE = Q(erased_at__isnull=True, anonymised_at__isnull=True)
PERSON_READABLE = Q(person__erased_at__isnull=True, person__anonymised_at__isnull=True)


class PersonQuerySet(models.QuerySet):
    """People, read only through ``visible_to``."""

    def readable(self):
        """People whose data key still exists (neither erased nor anonymised)."""
        return self.filter(READABLE)

    def visible_to(self, user, part: str | None = None):
        """The people the user may see: those of agencies where they keep records, and
        those an active share opens to such an agency (with ``part``, only shares whose
        scope covers that part, a ``SharePart`` code). An anonymised record is no one's."""
        agency_ids = records_agency_ids(user)
        return self.filter(Q(agency_id__in=agency_ids) | _shared(agency_ids, part, "pk"), READABLE)

    def owned_by(self, user):
        """The people of agencies where the user keeps records: what only the owning
        agency may do (change the identity, refer, transfer, erase, export)."""
        return self.filter(READABLE, agency_id__in=records_agency_ids(user))

    def with_parts_open_to(self, user, *parts: str):
        """Each person annotated ``opens_<part>`` for each of ``parts``: whether the user
        may read that part (as the owner's staff, or through an active share covering
        it). Subqueries of the same query, so a list costs the same however many shares."""
        agency_ids = records_agency_ids(user)
        return self.annotate(
            **{
                f"opens_{part}": ExpressionWrapper(
                    Q(agency_id__in=agency_ids) | _shared(agency_ids, part, "pk"),
                    output_field=models.BooleanField(),
                )
                for part in parts
            }
        )


class Person(models.Model):
    """A person an agency supports, recorded by that agency (the owning agency).

    Where the person is now and which agency supports them are derived from their
    movements (``whereabouts``) and kept here by the services, so that lists can be
    filtered and sorted without reading every movement.
    """

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    agency = models.ForeignKey(
        Agency, on_delete=models.PROTECT, related_name="people", verbose_name=_("owning agency")
    )
    # The person's data key, wrapped by the master key of version ``key_version``.
    wrapped_key = models.BinaryField()
    key_version = models.PositiveSmallIntegerField(db_index=True)
    identity = models.BinaryField()
    contact = models.BinaryField(null=True)
    sensitive = models.BinaryField(null=True)
    sex = models.CharField(max_length=20, choices=Sex.choices, default=Sex.NOT_RECORDED)
    citizenship = models.CharField(max_length=2, blank=True, verbose_name=_("citizenship"))
    languages = models.JSONField(default=list, blank=True)
    support_needs = models.JSONField(default=list, blank=True)
    legal_basis = models.CharField(max_length=30, choices=LegalBasis.choices)
    legal_basis_on = models.DateField()
    legal_basis_recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    # Keyed blind indexes (``blind_index``): equality only, never the values.
    name_index = models.CharField(max_length=64, db_index=True)
    phonetic_index = models.CharField(max_length=64, db_index=True)
    current_country = models.CharField(max_length=2, blank=True)
    current_place = models.CharField(max_length=120, blank=True)
    status = models.CharField(
        max_length=30, choices=PersonStatus.choices, default=PersonStatus.NOT_SUPPORTED
    )
    supported_by = models.ForeignKey(
        Agency, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    last_movement_on = models.DateField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    updated_at = models.DateTimeField(auto_now=True)
    # Erasure on request (issue 15): set when the person's data key and identifying
    # rows were destroyed; the row stays as an anonymous tombstone for its movements.
    erased_at = models.DateTimeField(null=True, blank=True)
    # Retention (issue 15, ``members.register.retention``): when the owning agency last
    # kept the record active, and why (a ``RetentionKeepReason`` code); when the agency
    # was last warned; when the record was anonymised (its data key destroyed).
    kept_active_at = models.DateTimeField(null=True, blank=True)
    # Nullable: adding a NOT NULL column makes SQLite rebuild the table, and its copy of
    # the NULLS LAST index (``register_person_sound_recent``) fails on SQLite before 3.44.
    kept_active_reason = models.CharField(max_length=30, null=True, blank=True)  # noqa: DJ001
    retention_warned_at = models.DateTimeField(null=True, blank=True)
    anonymised_at = models.DateTimeField(null=True, blank=True, db_index=True)

    objects = PersonQuerySet.as_manager()

    class Meta:
        ordering = [models.F("last_movement_on").desc(nulls_last=True), "-created_at"]
        verbose_name = _("person")
        verbose_name_plural = _("people")
        indexes = [
            models.Index(fields=["agency", "current_country", "status"]),
            models.Index(fields=["agency", "-last_movement_on"]),
            # The name lookup (``selectors.matching_people``): an agency's people whose
            # family name sounds the same, in the list's order, so that it reads the
            # first 50 of a common name's hundreds and stops.
            models.Index(
                "agency",
                "phonetic_index",
                models.F("last_movement_on").desc(nulls_last=True),
                models.F("created_at").desc(),
                name="register_person_sound_recent",
            ),
        ]

    def __str__(self) -> str:
        # Never a name: a person may end up in a log line or an error page.
        return f"person {self.pk}"


class MovementQuerySet(models.QuerySet):
    """Movement events, read only through ``visible_to``."""

    def visible_to(self, user):
        """Movements of people the user's agencies own, or share with movements in scope."""
        agency_ids = records_agency_ids(user)
        return self.filter(
            Q(person__agency_id__in=agency_ids)
            | _shared(agency_ids, SharePart.MOVEMENTS, "person_id"),
            PERSON_READABLE,
        )

    def effective(self):
        """Events that no later correction has superseded."""
        return self.filter(superseded_by__isnull=True)

    def in_order(self):
        return self.order_by("date", "recorded_at")


class Movement(models.Model):
    """One event in a person's history of movements and support.

    Append-only: rows are never changed or deleted (a database trigger rejects it).
    A correction is a new event whose ``supersedes`` names the event it corrects;
    both stay in the history.
    """

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    person = models.ForeignKey(
        Person, on_delete=models.PROTECT, related_name="movements", verbose_name=_("person")
    )
    kind = models.CharField(max_length=30, choices=MovementKind.choices)
    date = models.DateField()
    date_precision = models.CharField(
        max_length=10, choices=DatePrecision.choices, default=DatePrecision.DAY
    )
    from_country = models.CharField(max_length=2, blank=True)
    from_place = models.CharField(max_length=120, blank=True)
    to_country = models.CharField(max_length=2, blank=True)
    to_place = models.CharField(max_length=120, blank=True)
    reason = models.CharField(max_length=30, choices=MovementReason.choices, blank=True)
    source = models.CharField(max_length=30, choices=MovementSource.choices)
    recording_agency = models.ForeignKey(Agency, on_delete=models.PROTECT, related_name="+")
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    recorded_at = models.DateTimeField()
    note = models.BinaryField(null=True)
    supersedes = models.OneToOneField(
        "self",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="superseded_by",
    )

    objects = MovementQuerySet.as_manager()

    class Meta:
        ordering = ["date", "recorded_at"]
        verbose_name = _("movement")
        verbose_name_plural = _("movements")
        indexes = [models.Index(fields=["person", "date"])]

    def __str__(self) -> str:
        return f"movement {self.pk}"


class CaseNoteQuerySet(models.QuerySet):
    """Case notes, read only through ``visible_to``."""

    def visible_to(self, user):
        """Notes about people the user's agencies own, or share with notes in scope."""
        agency_ids = records_agency_ids(user)
        return self.filter(
            Q(person__agency_id__in=agency_ids) | _shared(agency_ids, SharePart.NOTES, "person_id"),
            PERSON_READABLE,
        )

    def effective(self):
        return self.filter(superseded_by__isnull=True)


class CaseNote(models.Model):
    """A dated note by a caseworker about a person, in Markdown, encrypted.

    Its author may change it for 24 hours after writing it; later, a correction is a
    new note that supersedes it, and both stay.
    """

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    person = models.ForeignKey(
        Person, on_delete=models.PROTECT, related_name="notes", verbose_name=_("person")
    )
    agency = models.ForeignKey(Agency, on_delete=models.PROTECT, related_name="+")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    written_on = models.DateField()
    written_at = models.DateTimeField()
    changed_at = models.DateTimeField(null=True, blank=True)
    body = models.BinaryField()
    supersedes = models.OneToOneField(
        "self",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="superseded_by",
    )

    objects = CaseNoteQuerySet.as_manager()

    class Meta:
        ordering = ["-written_on", "-written_at"]
        verbose_name = _("case note")
        verbose_name_plural = _("case notes")
        indexes = [models.Index(fields=["person", "written_on"])]

    def __str__(self) -> str:
        return f"case note {self.pk}"
