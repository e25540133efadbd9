"""Subject access and portability (GDPR Art. 15 and 20): everything about one person.

``subject_access_bundle`` reads, for the owning agency's staff, the person's whole
record (identity, contact, profile, the sensitive section, movements with their
notes, case notes), the purposes and legal bases it is kept for (the person's legal
basis and every consent), where it went (offers, shares and contact requests), where
it came from (which agency recorded what), how long it is kept, and who viewed or
changed it and when, from every agency's audit trail. The sensitive section is in:
Art. 15 gives the person a right to all their data, special categories included.

The bundle is a plain dictionary with stable keys (``SCHEMA``), dates in ISO 8601 and
every code with its label in the language the bundle is made in; the JSON download and
the printable page are both made from it. Who read or changed the record is told by
agency and role, never by name, except for the exporting agency's own staff when it
chooses to name them; another agency's staff are never named.

``subject_access_export`` is the write: it audits the export, in the transaction that
builds it. Nothing here is kept: the bundle lives for the response only.
"""

import datetime
from collections import defaultdict

from django.conf import settings
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from members.agencies.models import (
    Agency,
    AgencyRole,
    AuditAction,
    AuditEvent,
    AuditReason,
    Membership,
)
from members.agencies.services import audit_event_record
from members.register.discovery import requests_sent
from members.register.models import CaseNote, Consent, Movement, Person, Referral, Share
from members.register.records import BirthDate
from members.register.selectors import (
    open_contact,
    open_identity,
    open_movement_note,
    open_note,
    open_sensitive,
)
from members.register.sharing_selectors import open_referral_message
from members.register.vocabulary import (
    BirthPrecision,
    ConsentGiver,
    ConsentMethod,
    ContactState,
    DatePrecision,
    DeclineReason,
    LegalBasis,
    MovementKind,
    MovementReason,
    MovementSource,
    PersonStatus,
    ReferralKind,
    ReferralPurpose,
    ReferralState,
    Sex,
    ShareEnd,
    SharePart,
    SupportNeed,
)
from network_site.core.countries import country_name
from network_site.core.spoken_languages import spoken_language_name

SCHEMA = "subject-access/1"
# The keys of the bundle, in order; ``docs/register.md`` describes each.
SECTIONS = (
    "schema",
    "generated_at",
    "language",
    "exporting_agency",
    "person",
    "data",
    "purposes_and_legal_bases",
    "recipients",
    "sources",
    "retention",
    "access_log",
)
# The audit trail's staff events from which a member of staff's role at a time is read.
STAFF_EVENTS = (AuditAction.STAFF_JOIN, AuditAction.STAFF_ROLE_CHANGE, AuditAction.STAFF_REMOVE)
# A read through a share is written in two trails in one transaction: the copy in the
# owner's trail is recognised as the same act if it is this close in time.
SAME_ACT = datetime.timedelta(seconds=5)
ROLE_AT_THE_TIME, ROLE_NOW, ROLE_UNKNOWN = "at-the-time", "now", "unknown"


def retention_months() -> int:
    return getattr(settings, "REGISTER_RETENTION_MONTHS", 24)


def months_after(day: datetime.date, months: int) -> datetime.date:
    """The same day ``months`` later (the month's last day when it has fewer days)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    for last in (31, 30, 29, 28):
        try:
            return datetime.date(year, month, min(day.day, last))
        except ValueError:
            continue
    raise ValueError(day)


# --- Small builders: a code with its label, a date, an agency ----------------------------


def coded(vocabulary, code: str) -> dict | None:
    """``{"code": ..., "label": ...}`` of a vocabulary's code (None for none)."""
    if not code:
        return None
    label = str(vocabulary(code).label) if code in vocabulary.values else code
    return {"code": code, "label": label}


def country(code: str) -> dict | None:
    return {"code": code, "label": country_name(code)} if code else None


def iso(value) -> str | None:
    return value.isoformat() if value else None


def agency_of(agency: Agency | None) -> dict | None:
    if agency is None:
        return None
    return {"id": str(agency.pk), "name": agency.name, "country": country(agency.country)}


def staff_name(user) -> str:
    return user.get_full_name() or user.email


# --- The parts of the bundle --------------------------------------------------------------


def _identity(person: Person) -> dict:
    identity = open_identity(person)
    birth: BirthDate = identity.birth
    return {
        "given_names": identity.given_names,
        "family_names": identity.family_names,
        "other_names": list(identity.other_names),
        "birth": {"date": birth.isoformat(), "precision": coded(BirthPrecision, birth.precision)},
    }


def _profile(person: Person) -> dict:
    return {
        "sex": coded(Sex, person.sex),
        "citizenship": country(person.citizenship),
        "languages": [
            {"code": code, "label": spoken_language_name(code)} for code in person.languages
        ],
        "support_needs": [coded(SupportNeed, need) for need in person.support_needs],
        "status": coded(PersonStatus, person.status),
        "current_country": country(person.current_country),
        "current_place": person.current_place,
        "supported_by": agency_of(person.supported_by),
        "owning_agency": agency_of(person.agency),
        "recorded_at": iso(person.created_at),
        "changed_at": iso(person.updated_at),
    }


def _movements(person: Person, name_staff: bool) -> list[dict]:
    movements = list(
        Movement.objects.filter(person=person)
        .select_related("recording_agency", "recorded_by", "superseded_by")
        .order_by("date", "recorded_at")
    )
    rows = []
    for movement in movements:
        movement.person = person
        try:
            corrected_by = str(movement.superseded_by.pk)
        except Movement.DoesNotExist:
            corrected_by = None
        rows.append(
            {
                "id": str(movement.pk),
                "kind": coded(MovementKind, movement.kind),
                "date": iso(movement.date),
                "date_precision": coded(DatePrecision, movement.date_precision),
                "from": {"country": country(movement.from_country), "place": movement.from_place},
                "to": {"country": country(movement.to_country), "place": movement.to_place},
                "reason": coded(MovementReason, movement.reason),
                "source": coded(MovementSource, movement.source),
                "recording_agency": agency_of(movement.recording_agency),
                "recorded_by": _named(movement.recorded_by, movement.recording_agency_id, person)
                if name_staff
                else None,
                "recorded_at": iso(movement.recorded_at),
                "note": open_movement_note(movement),
                "corrects": str(movement.supersedes_id) if movement.supersedes_id else None,
                "corrected_by": corrected_by,
            }
        )
    return rows


def _named(user, agency_id, person: Person) -> str | None:
    """A member of staff's name, only if they are the exporting agency's."""
    return staff_name(user) if agency_id == person.agency_id else None


def _case_notes(person: Person, name_staff: bool) -> list[dict]:
    notes = list(
        CaseNote.objects.filter(person=person)
        .select_related("agency", "author", "superseded_by")
        .order_by("written_on", "written_at")
    )
    rows = []
    for note in notes:
        note.person = person
        try:
            corrected_by = str(note.superseded_by.pk)
        except CaseNote.DoesNotExist:
            corrected_by = None
        rows.append(
            {
                "id": str(note.pk),
                "agency": agency_of(note.agency),
                "written_by": _named(note.author, note.agency_id, person) if name_staff else None,
                "written_on": iso(note.written_on),
                "written_at": iso(note.written_at),
                "changed_at": iso(note.changed_at),
                "body": open_note(note),
                "corrects": str(note.supersedes_id) if note.supersedes_id else None,
                "corrected_by": corrected_by,
            }
        )
    return rows


def _consents(person: Person, name_staff: bool) -> list[dict]:
    today = timezone.localdate()
    consents = Consent.objects.filter(person=person)
    consents = consents.select_related("agency", "recipient", "witness")
    return [
        {
            "id": str(consent.pk),
            "recorded_by_agency": agency_of(consent.agency),
            "recipient": agency_of(consent.recipient),
            "purpose": coded(ReferralPurpose, consent.purpose),
            "method": coded(ConsentMethod, consent.method),
            "given_by": coded(ConsentGiver, consent.given_by),
            "given_on": iso(consent.given_on),
            "valid_until": iso(consent.valid_until),
            "legal_article": consent.legal_article,
            "witnessed": consent.witness_id is not None,
            "witness": _named(consent.witness, consent.agency_id, person)
            if name_staff and consent.witness_id
            else None,
            "recorded_at": iso(consent.recorded_at),
            "revoked_at": iso(consent.revoked_at),
            "in_force": consent.revoked_at is None and consent.valid_until >= today,
        }
        for consent in consents.order_by("recorded_at")
    ]


def _scope(scope) -> list[dict]:
    return [coded(SharePart, part) for part in SharePart.values if part in scope.parts]


def _recipients(person: Person) -> dict:
    """Where the record went: offers (referrals, transfers), the shares they opened, and
    contact requests (by country only: the asking agency never learns which agency)."""
    now = timezone.now()
    offers = Referral.objects.filter(person=person).select_related("from_agency", "to_agency")
    shares = Share.objects.filter(person=person).select_related("agency", "consent")
    return {
        "offers": [
            {
                "id": str(offer.pk),
                "kind": coded(ReferralKind, offer.kind),
                "from_agency": agency_of(offer.from_agency),
                "to_agency": agency_of(offer.to_agency),
                "purpose": coded(ReferralPurpose, offer.purpose),
                "scope": _scope(offer),
                "message": open_referral_message(offer),
                "state": coded(ReferralState, offer.state),
                "offered_at": iso(offer.created_at),
                "expires_at": iso(offer.expires_at),
                "decided_at": iso(offer.decided_at),
                "decline_reason": coded(DeclineReason, offer.decline_reason),
                "consent": str(offer.consent_id),
            }
            for offer in offers.order_by("created_at")
        ],
        "shares": [
            {
                "id": str(share.pk),
                "agency": agency_of(share.agency),
                "offer": str(share.referral_id) if share.referral_id else None,
                "consent": str(share.consent_id),
                "scope": _scope(share),
                "starts_at": iso(share.starts_at),
                "expires_at": iso(share.expires_at),
                "ended_at": iso(share.ended_at),
                "end_reason": coded(ShareEnd, share.end_reason),
                "active": share.ended_at is None
                and share.expires_at > now
                and share.consent.revoked_at is None,
            }
            for share in shares.order_by("starts_at")
        ],
        # As the asking agency sees them: a country, never the agency or its person, and an
        # ignored request looks like a waiting one until it expires (``discovery``).
        "contact_requests": [
            {
                "country": country(sent.country),
                "sent_at": iso(sent.sent_at),
                "state": coded(ContactState, sent.state)
                or {"code": "expired", "label": str(sent.state_label)},
            }
            for sent in requests_sent(person)
        ],
    }


def _sources(person: Person) -> dict:
    """Where the record came from: the agency that recorded the person, which agency
    recorded which movements and notes, and what the movements rest on."""
    by_agency: dict = defaultdict(lambda: {"movements": 0, "case_notes": 0, "consents": 0})
    agencies = {person.agency_id: person.agency}
    movements = Movement.objects.filter(person=person).select_related("recording_agency")
    sources: dict[str, int] = defaultdict(int)
    for movement in movements:
        agencies[movement.recording_agency_id] = movement.recording_agency
        by_agency[movement.recording_agency_id]["movements"] += 1
        sources[movement.source] += 1
    for note in CaseNote.objects.filter(person=person).select_related("agency"):
        agencies[note.agency_id] = note.agency
        by_agency[note.agency_id]["case_notes"] += 1
    for consent in Consent.objects.filter(person=person).select_related("agency"):
        agencies[consent.agency_id] = consent.agency
        by_agency[consent.agency_id]["consents"] += 1
    created = (
        AuditEvent.objects.filter(person_uuid=person.pk, action=AuditAction.PERSON_CREATE)
        .select_related("agency")
        .order_by("occurred_at")
        .first()
    )
    return {
        "recorded_by_agency": agency_of(created.agency if created else person.agency),
        "recorded_at": iso(person.created_at),
        "movement_sources": [
            {"source": coded(MovementSource, code), "movements": count}
            for code, count in sorted(sources.items())
        ],
        "by_agency": [
            {"agency": agency_of(agencies[agency_id]), **counts}
            for agency_id, counts in sorted(
                by_agency.items(), key=lambda item: agencies[item[0]].name
            )
        ],
    }


def _retention(person: Person) -> dict:
    """How long the record is kept: the configured period after its last activity (a
    movement, a note, a share starting or ending; at the least its recording)."""
    months = retention_months()
    dates = [timezone.localdate(person.created_at)]
    if person.last_movement_on:
        dates.append(person.last_movement_on)
    last_note = CaseNote.objects.filter(person=person).order_by("-written_at").first()
    if last_note:
        dates.append(timezone.localdate(last_note.written_at))
    for share in Share.objects.filter(person=person):
        dates += [timezone.localdate(share.starts_at)]
        if share.ended_at:
            dates.append(timezone.localdate(share.ended_at))
    last = max(dates)
    return {
        "period_months": months,
        "last_activity_on": iso(last),
        "kept_until_about": iso(months_after(last, months)),
        "rule": _(
            "A record with no movement, note or share for %(months)s months is anonymised; "
            "the agency may keep it active longer with a reason."
        )
        % {"months": months},
    }


# --- Who viewed or changed the record -------------------------------------------------


class _Roles:
    """Who was what in which agency, read from the agencies' audit trails (joining the
    staff, a change of role, leaving) and, where a trail says nothing (staff added before
    the trail began, or by an operator), from the membership as it is now."""

    def __init__(self, actor_ids):
        self.memberships: dict = defaultdict(list)
        for membership in Membership.objects.filter(user_id__in=actor_ids).order_by(
            "-active", "-since"
        ):
            self.memberships[membership.user_id].append(membership)
        self.history: dict = defaultdict(list)
        staff_events = AuditEvent.objects.filter(action__in=STAFF_EVENTS).filter(
            agency_id__in={m.agency_id for ms in self.memberships.values() for m in ms}
        )
        for event in staff_events.order_by("occurred_at"):
            user_id = event.actor_id if event.action == AuditAction.STAFF_JOIN else event.subject_id
            if user_id not in self.memberships:
                continue
            if event.action == AuditAction.STAFF_JOIN:
                role = event.detail
            elif event.action == AuditAction.STAFF_ROLE_CHANGE:
                role = event.detail.rsplit("→", 1)[-1].strip()
            else:
                role = ""  # left the staff
            self.history[(user_id, event.agency_id)].append((event.occurred_at, role))

    def agencies_of(self, user_id) -> list:
        return [m.agency_id for m in self.memberships[user_id]]

    def role_at(self, user_id, agency_id, when) -> tuple[str, str]:
        """(role code, how it is known): at the time from the trail, else now."""
        known = [role for at, role in self.history[(user_id, agency_id)] if at <= when]
        if known and known[-1]:
            return known[-1], ROLE_AT_THE_TIME
        for membership in self.memberships[user_id]:
            if membership.agency_id == agency_id:
                return membership.role, ROLE_NOW
        return "", ROLE_UNKNOWN


def _same_act(event: AuditEvent, other: AuditEvent) -> bool:
    return (
        other.actor_id == event.actor_id
        and other.action == event.action
        and other.reason == event.reason
        and other.detail == event.detail
        and abs(other.occurred_at - event.occurred_at) <= SAME_ACT
    )


def _access_log(person: Person, name_staff: bool) -> list[dict]:
    """Every audit row about the person in every agency's trail, once per act: a read
    through a share is written in the owner's trail and the reader's, and is told once,
    for the reader's agency. Each row says which agency acted, and the role of the member
    of staff in it then (or now, where the trail does not tell)."""
    events = list(
        AuditEvent.objects.filter(person_uuid=person.pk)
        .select_related("agency", "actor")
        .order_by("occurred_at", "id")
    )
    roles = _Roles({event.actor_id for event in events})
    agencies = {event.agency_id: event.agency for event in events}
    missing = {a for ms in roles.memberships.values() for a in (m.agency_id for m in ms)}
    agencies |= {a.pk: a for a in Agency.objects.filter(pk__in=missing - set(agencies))}
    home_rows = [e for e in events if e.agency_id in roles.agencies_of(e.actor_id)]
    rows = []
    for event in events:
        actor_agencies = roles.agencies_of(event.actor_id)
        if event.agency_id in actor_agencies:
            acting = event.agency_id
        else:
            # A copy in another agency's trail (a read through a share, a discovery match):
            # told once, for the actor's own agency.
            if any(_same_act(event, home) for home in home_rows if home is not event):
                continue
            acting = actor_agencies[0] if actor_agencies else event.agency_id
        role, role_known = roles.role_at(event.actor_id, acting, event.occurred_at)
        ours = acting == person.agency_id
        rows.append(
            {
                "at": iso(event.occurred_at),
                "agency": agency_of(agencies.get(acting)),
                "role": coded(AgencyRole, role),
                "role_as_of": role_known,
                "action": coded(AuditAction, event.action),
                "reason": coded(AuditReason, event.reason),
                "staff": staff_name(event.actor) if name_staff and ours else None,
            }
        )
    return rows


# --- The bundle and its export -----------------------------------------------------------


def subject_access_bundle(*, person: Person, language: str, name_staff: bool = False) -> dict:
    """Everything the register holds and knows about ``person``, in ``language``.

    For the owning agency's staff only: callers find the person with ``owned_by``."""
    with translation.override(language):
        contact = open_contact(person)
        sensitive = open_sensitive(person)
        return {
            "schema": SCHEMA,
            "generated_at": iso(timezone.now()),
            "language": language,
            "exporting_agency": agency_of(person.agency),
            "person": {"id": str(person.pk)},
            "data": {
                "identity": _identity(person),
                "contact": {
                    "phone": contact.phone,
                    "email": contact.email,
                    "whereabouts": contact.whereabouts,
                },
                "profile": _profile(person),
                "sensitive": {
                    "health": sensitive.health,
                    "community": sensitive.community,
                    "other": sensitive.other,
                },
                "movements": _movements(person, name_staff),
                "case_notes": _case_notes(person, name_staff),
            },
            "purposes_and_legal_bases": {
                "legal_basis": {
                    **coded(LegalBasis, person.legal_basis),
                    "since": iso(person.legal_basis_on),
                },
                "consents": _consents(person, name_staff),
            },
            "recipients": _recipients(person),
            "sources": _sources(person),
            "retention": _retention(person),
            "access_log": _access_log(person, name_staff),
        }


def subject_access_export(
    *, user, person: Person, language: str, output: str, name_staff: bool = False
) -> dict:
    """Audit an export of ``person``'s data (``output``: "json" or "html") and make it.

    Owner only: the person is read again through ``owned_by`` inside the transaction,
    so a transfer between the form and the export answers ``Person.DoesNotExist``."""
    with transaction.atomic():
        person = (
            Person.objects.owned_by(user).select_related("agency", "supported_by").get(pk=person.pk)
        )
        audit_event_record(
            actor=user,
            agency=person.agency,
            action=AuditAction.SUBJECT_ACCESS_EXPORT,
            person_uuid=person.pk,
            detail=f"{output} {language}{' named' if name_staff else ''}",
        )
        return subject_access_bundle(person=person, language=language, name_staff=name_staff)


def languages_of(person: Person) -> list[str]:
    """The person's languages that are site languages, in the person's order."""
    site = {code for code, _name in settings.LANGUAGES}
    return [code for code in person.languages if code in site]
