"""Erasure on request (GDPR Art. 17) and telling every recipient (Art. 19).

Only the owning agency's **agency admins** erase: erasure cannot be undone, it is the
controller's decision on a data subject's request, and the admins are the agency's
people who answer for its register (the caseworker who supports the person asks them).

``person_erase`` records the request. With a legal hold (its reason, free of personal
data) the request waits, the record untouched, until an admin lifts the hold
(``erasure_hold_lift``); without one, the record is erased at once:

- the person's wrapped data key is overwritten with nothing, so every field sealed with
  it (identity, contact, sensitive section, movement notes, case notes, referral and
  contact-request messages, discovery answers) no longer opens, in any copy;
- the rows that identify the person or only exist for them go: case notes, consents,
  referrals, shares, discovery lookups and contact requests, the person's place among
  another agency's matched people; the blind indexes and profile columns are cleared;
- the person row stays as an anonymous tombstone (``erased_at``) because movements are
  append-only and point to it: they keep their kind, dates, countries and places for
  the statistics, their sealed notes unreadable;
- every agency that received the record (the ledger: shares, accepted offers either way)
  is told, naming the owning agency and never the person, and owes a confirmation that
  it erased its own copy (``erasure_confirm``).

Audit events keep the person's UUID: a pseudonym that nothing can link back to anyone
once the key is gone, and the proof that the erasure was done.
"""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from members.agencies.access import memberships
from members.agencies.models import Agency, AgencyRole, AuditAction
from members.agencies.services import audit_event_record
from members.register.keys import data_key_destroy
from members.register.models import (
    CaseNote,
    Consent,
    ContactRequest,
    DiscoveryLookup,
    Erasure,
    ErasureConfirmation,
    Person,
    Referral,
    Share,
    records_agency_ids,
)
from members.register.notices import tell_agency, tell_user
from members.register.vocabulary import ErasureState, ReferralState, Sex

HOLD_REASON_LENGTH = 300


def admin_agency_ids(user) -> list:
    """The agencies where the user is an agency admin: whose records they may erase."""
    return [m.agency_id for m in memberships(user) if m.role == AgencyRole.AGENCY_ADMIN]


def erasable_person(user, person_id) -> Person:
    """The person, if the user is an admin of the owning agency; ``DoesNotExist`` else."""
    return (
        Person.objects.owned_by(user)
        .filter(agency_id__in=admin_agency_ids(user))
        .select_related("agency")
        .get(pk=person_id)
    )


def recipients_of(person: Person) -> list[Agency]:
    """Every agency the record went to (from the ledger): shares, whatever their state,
    and accepted offers in either direction (a transfer's earlier owner), not the owner."""
    ids = set(Share.objects.filter(person=person).values_list("agency_id", flat=True))
    for to_id, from_id in Referral.objects.filter(
        person=person, state=ReferralState.ACCEPTED
    ).values_list("to_agency_id", "from_agency_id"):
        ids |= {to_id, from_id}
    ids.discard(person.agency_id)
    return list(Agency.objects.filter(pk__in=ids).order_by("name"))


def person_erase(*, user, person: Person, legal_hold_reason: str = "") -> Erasure:
    """Record the person's request to be erased and, without a legal hold, erase now.

    By an admin of the owning agency only (``DoesNotExist`` for anyone else); once per
    person."""
    legal_hold_reason = legal_hold_reason.strip()
    if len(legal_hold_reason) > HOLD_REASON_LENGTH:
        raise ValidationError({"legal_hold_reason": _("Keep the reason under 300 characters.")})
    with transaction.atomic():
        person = _locked(user, person.pk)
        if Erasure.objects.filter(person=person).exists():
            raise ValidationError(_("An erasure of this record has already been requested."))
        erasure = Erasure.objects.create(
            person=person,
            agency=person.agency,
            state=ErasureState.HELD,
            requested_by=user,
            legal_hold_reason=legal_hold_reason,
        )
        _audit(user, erasure, AuditAction.ERASURE_REQUEST)
        if legal_hold_reason:
            _audit(user, erasure, AuditAction.LEGAL_HOLD, reason="legal-hold")
        else:
            _erase(user, person, erasure)
    return erasure


def erasure_hold_lift(*, user, erasure: Erasure) -> Erasure:
    """Lift the legal hold of a waiting request: the record is erased at once."""
    with transaction.atomic():
        erasure = (
            Erasure.objects.filter(agency_id__in=admin_agency_ids(user))
            .select_for_update(of=("self",))
            .get(pk=erasure.pk)
        )
        if erasure.state != ErasureState.HELD:
            raise ValidationError(_("This record has already been erased."))
        person = _locked(user, erasure.person_id)
        erasure.hold_lifted_by, erasure.hold_lifted_at = user, timezone.now()
        _audit(user, erasure, AuditAction.LEGAL_HOLD_LIFT)
        _erase(user, person, erasure)
    return erasure


def erasure_confirm(*, user, confirmation: ErasureConfirmation) -> ErasureConfirmation:
    """Confirm, for a receiving agency, that it erased its copy of the record. Both
    agencies' trails record it, and the admin who asked for the erasure is told."""
    with transaction.atomic():
        confirmation = (
            ErasureConfirmation.objects.filter(agency_id__in=records_agency_ids(user))
            .select_for_update(of=("self",))
            .select_related("agency", "erasure__agency", "erasure__requested_by")
            .get(pk=confirmation.pk)
        )
        if confirmation.confirmed_at is not None:
            raise ValidationError(_("Your agency has already confirmed this erasure."))
        confirmation.confirmed_by, confirmation.confirmed_at = user, timezone.now()
        confirmation.save(update_fields=["confirmed_by", "confirmed_at"])
        erasure = confirmation.erasure
        for agency in (confirmation.agency, erasure.agency):
            audit_event_record(
                actor=user,
                agency=agency,
                action=AuditAction.ERASURE_CONFIRM,
                person_uuid=erasure.person_id,
                detail=str(erasure.pk),
            )
        receiver = confirmation.agency.name
        tell_user(
            erasure.requested_by,
            lambda: _("%(agency)s confirmed it erased its copy of a record") % {"agency": receiver},
            "register_erasure",
            erasure_id=erasure.pk,
        )
    return confirmation


def _locked(user, person_id) -> Person:
    return (
        Person.objects.owned_by(user)
        .filter(agency_id__in=admin_agency_ids(user))
        .select_for_update(of=("self",))
        .select_related("agency")
        .get(pk=person_id)
    )


def _audit(user, erasure: Erasure, action: str, reason: str = "") -> None:
    audit_event_record(
        actor=user,
        agency=erasure.agency,
        action=action,
        person_uuid=erasure.person_id,
        reason=reason,
        detail=str(erasure.pk),
    )


def _erase(user, person: Person, erasure: Erasure) -> None:
    """Destroy the data key, delete what identifies the person, keep the tombstone, and
    tell every recipient. Inside the caller's transaction."""
    now = timezone.now()
    recipients = recipients_of(person)
    # The rows below are read and deleted without visible_to on purpose: ``person`` was
    # found through ``owned_by`` (an admin of the owning agency, row locked), and erasure
    # must reach every note, share and request about them, whoever wrote it.
    # Corrections point at the notes they supersede: delete from the newest down.
    notes = CaseNote.objects.filter(person=person)
    while notes.exists():
        notes.filter(superseded_by__isnull=True).delete()
    ContactRequest.matched_people.through.objects.filter(person_id=person.pk).delete()
    for request in ContactRequest.objects.filter(person=person):
        request.matched_people.clear()
    ContactRequest.objects.filter(person=person).delete()
    DiscoveryLookup.objects.filter(person=person).delete()
    Share.objects.filter(person=person).delete()
    Referral.objects.filter(person=person).delete()
    Consent.objects.filter(person=person).delete()
    data_key_destroy(
        person,
        key_version=0,
        sex=Sex.NOT_RECORDED,
        citizenship="",
        languages=[],
        support_needs=[],
        current_place="",
        erased_at=now,
        updated_at=now,
    )
    erasure.state, erasure.erased_by, erasure.erased_at = ErasureState.ERASED, user, now
    erasure.save()
    _audit(user, erasure, AuditAction.ERASURE_PERFORM)
    owner = person.agency.name
    for agency in recipients:
        ErasureConfirmation.objects.create(erasure=erasure, agency=agency, notified_at=now)
        tell_agency(
            agency,
            lambda: (
                _("%(agency)s asks your agency to erase a record it shared with you")
                % {"agency": owner}
            ),
            "register_erasures",
        )
