"""Retention: records nobody has worked on for ``REGISTER_RETENTION_MONTHS`` are anonymised.

A record is *active* while something happens to it: its creation, a movement or a
case note recorded, a share that started, or the owning agency keeping it active
(``person_keep_active``). A record with an active share is never due. Thirty days
before a record falls due, the owning agency's records staff are told, once, in
their notifications (no personal data: a date and a link by UUID). A record is
anonymised only after that warning has stood for 30 days, so a warning is never
shorter than promised even if the task did not run for a while.

``person_anonymise`` destroys the person's data key (``wrapped_key`` emptied), so
every ciphertext sealed with it, in the database and in every backup, stays
unreadable; it clears the identity, contact and sensitive ciphertexts, the blind
indexes, the case notes and the messages of offers and contact requests. The row and
its movements stay, as anonymous data for statistics (movements are append-only and
are not touched; their notes cannot be opened any more). The erasure of issue 15
does the same and more; see docs/register.md, "Retention".

``retention_run`` is the daily task's work: it closes expired offers and shares,
warns and anonymises, and reports counts only.
"""

import calendar
import datetime
import logging
from dataclasses import asdict, dataclass

from django.conf import settings
from django.db import transaction
from django.db.models import DateTimeField, Exists, F, Max, OuterRef, Subquery
from django.db.models.functions import Coalesce, Greatest
from django.urls import reverse
from django.utils import formats, timezone, translation
from django.utils.translation import gettext as _

from members.agencies.models import AuditAction
from members.agencies.selectors import record_keepers
from members.agencies.services import audit_event_record
from members.notifications.models import NotificationKind
from members.notifications.selectors import recipient_language
from members.notifications.services import notification_send
from members.register.keys import data_key_destroy
from members.register.models import (
    CaseNote,
    ContactRequest,
    Movement,
    Person,
    Referral,
    Share,
)
from members.register.services import check_choices, locked_person
from members.register.sharing_services import offers_expire
from members.register.vocabulary import ReferralState, RetentionKeepReason, ShareEnd

logger = logging.getLogger(__name__)

WARNING_DAYS = 30
WARNING = datetime.timedelta(days=WARNING_DAYS)
RETENTION_REASON = "retention"


def add_months(moment: datetime.datetime, months: int) -> datetime.datetime:
    """``moment`` moved by whole months (negative: back), the day kept within the month."""
    index = moment.year * 12 + moment.month - 1 + months
    year, month = divmod(index, 12)
    day = min(moment.day, calendar.monthrange(year, month + 1)[1])
    return moment.replace(year=year, month=month + 1, day=day)


def _latest(model, field: str) -> Coalesce:
    """The latest ``field`` of the person's rows of ``model``, or their record's creation."""
    latest = (
        model.objects.filter(person=OuterRef("pk"))
        .order_by()
        .values("person")
        .annotate(latest=Max(field))
        .values("latest")[:1]
    )
    return Coalesce(Subquery(latest, output_field=DateTimeField()), F("created_at"))


def with_last_activity(people):
    """``people`` annotated ``last_activity``: the latest of their record's creation, a
    movement or a case note recorded, a share started, the agency keeping it active."""
    return people.annotate(
        last_activity=Greatest(
            F("created_at"),
            Coalesce(F("kept_active_at"), F("created_at")),
            _latest(Movement, "recorded_at"),
            _latest(CaseNote, "written_at"),
            _latest(Share, "starts_at"),
        )
    )


def due_on(person: Person) -> datetime.datetime:
    """When the person's record falls due (needs ``last_activity`` and ``retention_warned_at``):
    the end of the retention period, or 30 days after the warning if that is later."""
    due = add_months(person.last_activity, settings.REGISTER_RETENTION_MONTHS)
    if _warned(person):
        due = max(due, person.retention_warned_at + WARNING)
    return due


def _warned(person: Person) -> bool:
    """Whether the agency was warned since the record was last active."""
    return person.retention_warned_at is not None and (
        person.retention_warned_at >= person.last_activity
    )


def _candidates(now: datetime.datetime):
    """Records that are not anonymised, with no active share, whose period ends within
    the warning time (a day's margin: the exact test is in Python, month by month)."""
    horizon = add_months(
        now + WARNING + datetime.timedelta(days=1), -settings.REGISTER_RETENTION_MONTHS
    )
    return (
        with_last_activity(
            Person.objects.readable().exclude(
                Exists(Share.objects.active(now).filter(person=OuterRef("pk")))
            )
        )
        .filter(last_activity__lte=horizon)
        .select_related("agency", "created_by")
        .order_by("last_activity")
    )


def _tell_owner(person: Person, due: datetime.datetime) -> None:
    """The owning agency's records staff: the date and a link by UUID, never a name."""
    link = reverse("members:register_person", kwargs={"person_id": person.pk})
    for user in record_keepers(person.agency_id):
        with translation.override(recipient_language(user)):
            date = formats.date_format(timezone.localtime(due).date(), "DATE_FORMAT")
            notification_send(
                recipient=user,
                kind=NotificationKind.REGISTER,
                title=_("A record of your agency will be anonymised on %(date)s unless kept active")
                % {"date": date},
                link=link,
            )


def person_anonymise(*, person: Person, reason: str, actor=None) -> Person:
    """Anonymise the person's record: destroy their data key, clear what identifies them.

    Keeps the row (agency, profile codes, dates) and every movement, as anonymous data
    for statistics; the record is then no one's to read (``visible_to`` leaves it
    out). ``reason`` is a short code for the audit trail (``"retention"``). The audit
    row names ``actor``, by default the member who recorded the person (the trail
    names someone for every row). Raises ``Person.DoesNotExist`` if already anonymised.
    """
    with transaction.atomic():
        person = (
            Person.objects.readable()
            .select_for_update(of=("self",))
            .select_related("agency", "created_by")
            .get(pk=person.pk)
        )
        data_key_destroy(person, kept_active_reason=None, anonymised_at=timezone.now())
        # Sealed with the destroyed key already; cleared so that no page tries to open them.
        CaseNote.objects.filter(person=person).update(body=b"")
        Referral.objects.filter(person=person).update(message=None)
        ContactRequest.objects.filter(person=person).update(message=None)
        audit_event_record(
            actor=actor or person.created_by,
            agency=person.agency,
            action=AuditAction.RETENTION_ANONYMISE,
            person_uuid=person.pk,
            detail=reason,
        )
        person.refresh_from_db()
    return person


def person_keep_active(*, user, person: Person, reason: str) -> Person:
    """Keep the record active for another retention period, for a ``RetentionKeepReason``:
    by the owning agency's staff only (else ``Person.DoesNotExist``). Audited."""
    check_choices(reason, RetentionKeepReason, "reason")
    with transaction.atomic():
        person = locked_person(user, person)
        person.kept_active_at, person.kept_active_reason = timezone.now(), reason
        person.save(update_fields=["kept_active_at", "kept_active_reason"])
        audit_event_record(
            actor=user,
            agency=person.agency,
            action=AuditAction.RETENTION_KEEP,
            person_uuid=person.pk,
            detail=reason,
        )
    return person


def retention_of(*, user, person: Person) -> datetime.datetime | None:
    """When the user's agency's person falls due for anonymisation; None for anyone but
    the owning agency's staff."""
    found = with_last_activity(Person.objects.owned_by(user).filter(pk=person.pk)).first()
    if found is None:
        return None
    return due_on(found)


def shares_expire(*, now: datetime.datetime | None = None) -> int:
    """Close every share past its expiry that nobody ended: ``ended_at`` is its expiry,
    the reason "expired", a row in the owner's trail. Returns how many."""
    now = now or timezone.now()
    with transaction.atomic():
        overdue = list(
            Share.objects.filter(ended_at__isnull=True, expires_at__lte=now)
            .select_for_update(skip_locked=True, of=("self",))
            .select_related("person__agency", "consent__recorded_by")
        )
        for share in overdue:
            Share.objects.filter(pk=share.pk).update(
                ended_at=share.expires_at, end_reason=ShareEnd.EXPIRED
            )
            audit_event_record(
                actor=share.consent.recorded_by,
                agency=share.person.agency,
                action=AuditAction.RETENTION_SHARE_EXPIRE,
                person_uuid=share.person_id,
                detail=str(share.pk),
            )
    return len(overdue)


@dataclass(frozen=True)
class RetentionReport:
    """What one run did (or, dry, would do): counts only, never a person."""

    offers_expired: int = 0
    shares_expired: int = 0
    warned: int = 0
    anonymised: int = 0

    def as_dict(self) -> dict[str, int]:
        return asdict(self)


def retention_run(
    *, now: datetime.datetime | None = None, dry_run: bool = False
) -> RetentionReport:
    """Close expired offers and shares, warn the agencies of records falling due within
    30 days, anonymise the records past due. With ``dry_run``, count and change nothing.

    Contact requests need no closing: one past ``expires_at`` is closed by its date
    (``ContactRequest.open``), and there is no "expired" state to write.
    """
    now = now or timezone.now()
    to_warn, to_anonymise = [], []
    for person in _candidates(now):
        due = due_on(person)
        if not _warned(person):
            if due - WARNING <= now:
                to_warn.append((person, max(due, now + WARNING)))
        elif due <= now:
            to_anonymise.append(person)
    if dry_run:
        return RetentionReport(
            offers_expired=Referral.objects.filter(
                state=ReferralState.PENDING, expires_at__lte=now
            ).count(),
            shares_expired=Share.objects.filter(ended_at__isnull=True, expires_at__lte=now).count(),
            warned=len(to_warn),
            anonymised=len(to_anonymise),
        )
    offers = offers_expire(now=now)
    shares = shares_expire(now=now)
    for person, due in to_warn:
        with transaction.atomic():
            Person.objects.filter(pk=person.pk).update(retention_warned_at=now)
            _tell_owner(person, due)
    for person in to_anonymise:
        person_anonymise(person=person, reason=RETENTION_REASON)
    return RetentionReport(offers, shares, len(to_warn), len(to_anonymise))
