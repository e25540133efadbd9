"""Writes of transfers: the steps that make a transfer more than a referral.

``sharing_services.referral_offer`` and ``referral_accept`` call these inside their own
transaction; nothing else does. A transfer is offered like a referral (a consent in force
for the receiving agency and purpose, a scope, a sealed message, an expiry); on
acceptance the person's owning agency becomes the receiving agency.

Decisions, in short (docs/register.md, "Transfers"):

- The data key stays: ownership is an access decision, not a key change.
- The old owner keeps nothing but its audit trail, unless the person agreed that it
  keeps some parts. That agreement is recorded when the offer is made, as a second
  consent from the same statement (same method, giver, dates, witness) naming the old
  owner as recipient, so that the new owner can revoke it on its own later. On
  acceptance a share to the old owner opens those parts under that consent.
- Shares to other agencies stay: consents are the person's, not the agency's; the new
  owner now manages them (ends shares, revokes consents). A share to the new owner
  itself ends: it owns the record now.
- Offers of the person still waiting from the old owner are withdrawn (their receivers
  are told by the caller); the new owner decides afresh.
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from members.agencies.models import AuditAction
from members.agencies.services import audit_event_record
from members.register.models import Consent, Person, Referral, Share
from members.register.vocabulary import ReferralState, ShareEnd


def keep_consent_record(*, user, person: Person, consent: Consent) -> Consent:
    """The person's agreement that the owner (``person.agency``) keeps some parts after a
    transfer: recorded from the same statement as ``consent``, with the owner as the
    recipient, in the owner's trail. ``person`` is locked by the caller."""
    kept = Consent.objects.create(
        person=person,
        agency=person.agency,
        recipient=person.agency,
        purpose=consent.purpose,
        method=consent.method,
        given_by=consent.given_by,
        given_on=consent.given_on,
        valid_until=consent.valid_until,
        legal_article=consent.legal_article,
        witness=consent.witness,
        recorded_by=user,
    )
    audit_event_record(
        actor=user,
        agency=person.agency,
        action=AuditAction.CONSENT_RECORD,
        person_uuid=person.pk,
        detail=str(kept.pk),
    )
    return kept


def ownership_move(*, user, referral: Referral, now) -> list[Referral]:
    """Hand the person of an accepted transfer over to its receiving agency.

    Locks the person's row, checks the sender still owns it, moves ownership, ends the
    new owner's own shares, withdraws the sender's other waiting offers of the person,
    and writes the transfer in both trails. Returns the withdrawn offers, whose
    receivers the caller tells."""
    person = Person.objects.select_for_update(of=("self",)).get(pk=referral.person_id)
    if person.agency_id != referral.from_agency_id:
        raise ValidationError(_("The record has changed hands since this offer was made."))
    person.agency = referral.to_agency
    person.save(update_fields=["agency", "updated_at"])
    Share.objects.filter(person=person, agency=referral.to_agency, ended_at__isnull=True).update(
        ended_at=now, ended_by=user, end_reason=ShareEnd.TRANSFERRED
    )
    withdrawn = list(
        Referral.objects.filter(
            person=person, from_agency=referral.from_agency, state=ReferralState.PENDING
        )
        .exclude(pk=referral.pk)
        .select_for_update(of=("self",))
        .select_related("to_agency")
    )
    for offer in withdrawn:
        offer.state = ReferralState.WITHDRAWN
        offer.decided_by, offer.decided_at = user, now
        offer.save(update_fields=["state", "decided_by", "decided_at"])
        audit_event_record(
            actor=user,
            agency=referral.from_agency,
            action=AuditAction.REFERRAL_WITHDRAW_ON_TRANSFER,
            person_uuid=person.pk,
            detail=str(offer.pk),
        )
    for agency in (referral.from_agency, referral.to_agency):
        audit_event_record(
            actor=user,
            agency=agency,
            action=AuditAction.PERSON_TRANSFER,
            person_uuid=person.pk,
            detail=str(referral.pk),
        )
    return withdrawn
