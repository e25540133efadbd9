"""Reads of sharing: an agency's inbox and outbox, and what a person page shows of it.

The inbox and the outbox name agencies, purposes, scopes and dates, never a person:
the receiving agency sees who the person is only once it has accepted (through
``visible_to``). The sharing section of a person page is the owner's: their consents,
shares and the ledger of where the record went; a receiving agency sees its own share.
"""

import datetime
from dataclasses import dataclass

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from members.register.keys import data_key_of
from members.register.models import Consent, Person, Referral, Share, records_agency_ids
from members.register.records import REFERRAL_TABLE, unseal
from members.register.vocabulary import ReferralKind, ReferralState, ShareEnd


def incoming_offers(user) -> list[Referral]:
    """Offers to the user's agencies that wait for an answer, the soonest to expire first."""
    return list(
        Referral.objects.filter(
            to_agency_id__in=records_agency_ids(user),
            state=ReferralState.PENDING,
            expires_at__gt=timezone.now(),
        )
        .select_related("from_agency", "person")
        .order_by("expires_at")
    )


def shares_received(user) -> list[Share]:
    """Active shares to the user's agencies: the records they opened, newest first."""
    return list(
        Share.objects.active()
        .filter(agency_id__in=records_agency_ids(user))
        .select_related("person__agency")
        .order_by("-starts_at")
    )


def outgoing_offers(user, limit: int = 200) -> list[Referral]:
    """Offers the user's agencies made, newest first, with their state."""
    return list(
        Referral.objects.filter(from_agency_id__in=records_agency_ids(user))
        .select_related("to_agency")
        .order_by("-created_at")[:limit]
    )


def open_referral_message(referral: Referral) -> str:
    """The message of an offer (meant to hold no personal data, sealed all the same)."""
    if referral.message is None:
        return ""
    return unseal(
        data_key_of(referral.person),
        referral.message,
        table=REFERRAL_TABLE,
        row=referral.pk,
        name="message",
    )


@dataclass(frozen=True)
class LedgerEntry:
    """One line of where a person's record went: when, which agency, what happened."""

    when: datetime.datetime
    agency: object
    what: str


@dataclass(frozen=True)
class PersonSharing:
    """What the person page shows of sharing to ``user``."""

    owner: bool
    consents: list[Consent]
    shares: list[Share]
    ledger: list[LedgerEntry]

    @property
    def active_shares(self) -> list[Share]:
        now = timezone.now()
        return [
            share
            for share in self.shares
            if share.ended_at is None
            and share.expires_at > now
            and share.consent.revoked_at is None
        ]


SHARE_ENDED = {
    ShareEnd.CONSENT_REVOKED: _("Access ended: consent was revoked"),
    ShareEnd.ENDED_BY_OWNER: _("Access ended by the owning agency"),
    ShareEnd.ENDED_BY_RECIPIENT: _("Access ended by the receiving agency"),
    ShareEnd.EXPIRED: _("Access expired"),
    # Transfers (issue 15)
    ShareEnd.TRANSFERRED: _("Access gave way to ownership: the record was transferred"),
}
OFFER_ANSWERED = {
    ReferralState.ACCEPTED: _("Accepted: access opened"),
    ReferralState.DECLINED: _("Declined"),
    ReferralState.WITHDRAWN: _("Withdrawn by the sending agency"),
    ReferralState.EXPIRED: _("Expired without an answer"),
}


def ledger_of(referrals: list[Referral], shares: list[Share]) -> list[LedgerEntry]:
    """Where the record went and when, newest first: offers, answers, ends of access."""
    entries = []
    for referral in referrals:
        entries.append(
            LedgerEntry(
                referral.created_at,
                referral.to_agency,
                _("Offered (%(kind)s)") % {"kind": referral.get_kind_display()},
            )
        )
        if referral.state == ReferralState.EXPIRED:
            entries.append(
                LedgerEntry(referral.expires_at, referral.to_agency, OFFER_ANSWERED[referral.state])
            )
        elif referral.kind == ReferralKind.TRANSFER and referral.state == ReferralState.ACCEPTED:
            entries.extend(_transferred(referral, shares))
        elif referral.decided_at and referral.state in OFFER_ANSWERED:
            entries.append(
                LedgerEntry(referral.decided_at, referral.to_agency, OFFER_ANSWERED[referral.state])
            )
    for share in shares:
        if share.ended_at:
            what = SHARE_ENDED.get(share.end_reason, SHARE_ENDED[ShareEnd.EXPIRED])
            entries.append(LedgerEntry(share.ended_at, share.agency, what))
        elif share.expires_at <= timezone.now():
            entries.append(
                LedgerEntry(share.expires_at, share.agency, SHARE_ENDED[ShareEnd.EXPIRED])
            )
    return sorted(entries, key=lambda entry: entry.when, reverse=True)


def _transferred(referral: Referral, shares: list[Share]) -> list[LedgerEntry]:
    """A transfer accepted: the record's new owner, and what the old owner kept."""
    entries = [
        LedgerEntry(
            referral.decided_at,
            referral.to_agency,
            _("Transferred to this agency by %(agency)s, which owned it until then")
            % {"agency": referral.from_agency.name},
        )
    ]
    entries += [
        LedgerEntry(share.starts_at, share.agency, _("Kept access after the transfer"))
        for share in shares
        if share.referral_id == referral.pk
    ]
    return entries


def sharing_of(user, person: Person) -> PersonSharing:
    """The sharing section of ``person``'s page for ``user`` (who already sees the person)."""
    agency_ids = records_agency_ids(user)
    if person.agency_id in agency_ids:
        consents = list(
            Consent.objects.filter(person=person).select_related("recipient", "witness")
        )
        shares = list(Share.objects.filter(person=person).select_related("agency", "consent"))
        referrals = list(
            Referral.objects.filter(person=person).select_related("to_agency", "from_agency")
        )
        return PersonSharing(True, consents, shares, ledger_of(referrals, shares))
    shares = list(
        Share.objects.active()
        .filter(person=person, agency_id__in=agency_ids)
        .select_related("agency", "consent")
    )
    return PersonSharing(False, [], shares, [])
