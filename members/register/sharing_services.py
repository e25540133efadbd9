"""Writes of sharing: consents, referrals offered and answered, shares ended, offers expired.

Each function takes the acting user, re-checks their relation to the person or the
offer (the owning agency's staff, or the receiving agency's), and writes its audit
rows in the same transaction: in the owning agency's trail, and for acts of the
receiving agency in that agency's trail too. Someone without that relation gets
``DoesNotExist`` (a 404 in the views), never a hint that the offer exists.

Notifications name agencies, never the person (``notification_send``).
"""

import datetime
from collections.abc import Iterable

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from members.agencies.models import Agency, AuditAction, Membership
from members.agencies.services import audit_event_record
from members.register.keys import data_key_of
from members.register.models import Consent, Person, Referral, Share, records_agency_ids
from members.register.notices import tell_agency, tell_user
from members.register.records import REFERRAL_TABLE, seal
from members.register.services import check_choices, locked_person
from members.register.transfer_services import keep_consent_record, ownership_move
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


def _end_of_day(day: datetime.date) -> datetime.datetime:
    """The first moment after ``day`` in the site's time zone."""
    return timezone.make_aware(
        datetime.datetime.combine(day + datetime.timedelta(days=1), datetime.time.min)
    )


def consent_record(
    *,
    user,
    person: Person,
    recipient: Agency,
    purpose: str,
    method: str,
    given_on: datetime.date,
    valid_until: datetime.date,
    given_by: str = ConsentGiver.PERSON,
    legal_article: str = "",
    witness=None,
) -> Consent:
    """Record that ``recipient`` may receive the person's record for ``purpose`` until
    ``valid_until``: by the owning agency's staff only."""
    check_choices(purpose, ReferralPurpose, "purpose")
    check_choices(method, ConsentMethod, "method")
    check_choices(given_by, ConsentGiver, "given_by")
    legal_article = legal_article.strip()
    if given_on > timezone.localdate():
        raise ValidationError({"given_on": _("Consent cannot be given in the future.")})
    if valid_until <= given_on:
        raise ValidationError(
            {"valid_until": _("The consent must last beyond the day it was given.")}
        )
    if method == ConsentMethod.LEGAL_BASIS and not legal_article:
        raise ValidationError(
            {
                "legal_article": _(
                    "Name the legal basis and its article, for example GDPR Art. 9(2)(c)."
                )
            }
        )
    if method == ConsentMethod.VERBAL_WITNESSED and witness is None:
        raise ValidationError({"witness": _("Say which member of your staff witnessed it.")})
    with transaction.atomic():
        person = locked_person(user, person)
        if (
            not Agency.objects.active()
            .filter(pk=recipient.pk)
            .exclude(pk=person.agency_id)
            .exists()
        ):
            raise ValidationError({"recipient": _("Choose another active agency of the network.")})
        if witness is not None and not (
            Membership.objects.active().filter(agency=person.agency, user=witness).exists()
        ):
            raise ValidationError({"witness": _("The witness must be on your agency's staff.")})
        consent = Consent.objects.create(
            person=person,
            agency=person.agency,
            recipient=recipient,
            purpose=purpose,
            method=method,
            given_by=given_by,
            given_on=given_on,
            valid_until=valid_until,
            legal_article=legal_article,
            witness=witness,
            recorded_by=user,
        )
        audit_event_record(
            actor=user,
            agency=person.agency,
            action=AuditAction.CONSENT_RECORD,
            person_uuid=person.pk,
            detail=str(consent.pk),
        )
    return consent


def _owned_consent(user, consent: Consent) -> Consent:
    return (
        Consent.objects.filter(person__in=Person.objects.owned_by(user))
        .select_for_update(of=("self",))
        .select_related("person__agency", "recipient")
        .get(pk=consent.pk)
    )


def consent_revoke(*, user, consent: Consent) -> Consent:
    """Record that the person withdrew their consent: every share under it stops opening
    the record on the next request, and offers under it can no longer be accepted."""
    with transaction.atomic():
        consent = _owned_consent(user, consent)
        if consent.revoked_at is not None:
            raise ValidationError(_("This consent has already been revoked."))
        now = timezone.now()
        consent.revoked_at, consent.revoked_by = now, user
        consent.save(update_fields=["revoked_at", "revoked_by"])
        # Share.active() already leaves them out; ending them says so in the ledger.
        ended = list(Share.objects.filter(consent=consent, ended_at__isnull=True))
        Share.objects.filter(pk__in=[share.pk for share in ended]).update(
            ended_at=now, ended_by=user, end_reason=ShareEnd.CONSENT_REVOKED
        )
        audit_event_record(
            actor=user,
            agency=consent.person.agency,
            action=AuditAction.CONSENT_REVOKE,
            person_uuid=consent.person_id,
            detail=str(consent.pk),
        )
        sender = consent.person.agency.name
        for share in ended:
            tell_agency(
                share.agency,
                lambda: _("%(agency)s ended a share with your agency") % {"agency": sender},
                "register_inbox",
            )
    return consent


def _check_scope(parts: Iterable[str]) -> frozenset[str]:
    parts = frozenset(parts)
    if not parts:
        raise ValidationError({"scope": _("Choose at least one part of the record.")})
    if not parts <= set(SharePart.values):
        raise ValidationError({"scope": _("Choose parts of the record from the list.")})
    return parts


def referral_offer(
    *,
    user,
    person: Person,
    to_agency: Agency,
    consent: Consent,
    purpose: str,
    scope: Iterable[str],
    kind: str = ReferralKind.REFERRAL,
    message: str = "",
    keep: Iterable[str] = (),
) -> Referral:
    """Offer the person's record to another agency, within ``scope`` (``SharePart``
    codes: nothing by default, the sensitive section only when chosen), under a consent
    in force for that agency and purpose. The receiving agency's staff are notified.

    A transfer (``kind``) hands the record over on acceptance; ``keep`` names the parts
    the person agreed the owner keeps afterwards (nothing by default): the consent's
    statement is then recorded a second time with the owner as recipient."""
    check_choices(kind, ReferralKind, "kind")
    check_choices(purpose, ReferralPurpose, "purpose")
    parts = _check_scope(scope)
    kept = frozenset(keep)
    if kept and kind != ReferralKind.TRANSFER:
        raise ValidationError(
            {
                "keep": _(
                    "Keeping access is only for a transfer: after a referral, your "
                    "agency keeps the whole record."
                )
            }
        )
    if not kept <= set(SharePart.values):
        raise ValidationError({"keep": _("Choose parts of the record from the list.")})
    with transaction.atomic():
        person = locked_person(user, person)
        if (
            not Agency.objects.active()
            .filter(pk=to_agency.pk)
            .exclude(pk=person.agency_id)
            .exists()
        ):
            raise ValidationError({"to_agency": _("Choose another active agency of the network.")})
        in_force = Consent.objects.in_force().filter(
            pk=consent.pk, person=person, recipient=to_agency, purpose=purpose
        )
        if not in_force.exists():
            raise ValidationError(
                {
                    "consent": _(
                        "No consent in force covers this agency and purpose: record one first."
                    )
                }
            )
        waiting = Referral.objects.filter(
            person=person, to_agency=to_agency, state=ReferralState.PENDING
        )
        # A transfer may follow a referral: the share gives way to ownership.
        if waiting.exists() or (
            kind == ReferralKind.REFERRAL
            and Share.objects.active().filter(person=person, agency=to_agency).exists()
        ):
            raise ValidationError(
                {"to_agency": _("This agency already has the record or an offer of it.")}
            )
        referral = Referral(
            kind=kind,
            person=person,
            from_agency=person.agency,
            to_agency=to_agency,
            purpose=purpose,
            consent_id=consent.pk,
            expires_at=timezone.now() + datetime.timedelta(days=settings.REGISTER_OFFER_DAYS),
            created_by=user,
            **{f"with_{part}": part in parts for part in SharePart.values},
            **{f"keep_{part}": part in kept for part in SharePart.values},
        )
        if kept:
            referral.keep_consent = keep_consent_record(user=user, person=person, consent=consent)
        if message.strip():
            referral.message = seal(
                data_key_of(person),
                message.strip(),
                table=REFERRAL_TABLE,
                row=referral.pk,
                name="message",
            )
        referral.save(force_insert=True)
        audit_event_record(
            actor=user,
            agency=person.agency,
            action=AuditAction.REFERRAL_OFFER,
            person_uuid=person.pk,
            detail=str(referral.pk),
        )
        sender = person.agency.name
        transfer = kind == ReferralKind.TRANSFER
        tell_agency(
            to_agency,
            lambda: (
                (
                    _("%(agency)s offered to transfer a record to your agency")
                    if transfer
                    else _("%(agency)s offered your agency a referral")
                )
                % {"agency": sender}
            ),
            "register_inbox",
        )
    return referral


def referral_withdraw(*, user, referral: Referral) -> Referral:
    """Withdraw an offer still waiting for an answer: by the sending agency's staff."""
    with transaction.atomic():
        referral = (
            Referral.objects.filter(from_agency_id__in=records_agency_ids(user))
            .select_for_update(of=("self",))
            .select_related("from_agency", "to_agency")
            .get(pk=referral.pk)
        )
        if referral.state != ReferralState.PENDING:
            raise ValidationError(_("This offer has already been answered or closed."))
        referral.state = ReferralState.WITHDRAWN
        referral.decided_by, referral.decided_at = user, timezone.now()
        referral.save(update_fields=["state", "decided_by", "decided_at"])
        audit_event_record(
            actor=user,
            agency=referral.from_agency,
            action=AuditAction.REFERRAL_WITHDRAW,
            person_uuid=referral.person_id,
            detail=str(referral.pk),
        )
        sender = referral.from_agency.name
        tell_agency(
            referral.to_agency,
            lambda: _("%(agency)s withdrew a referral to your agency") % {"agency": sender},
            "register_inbox",
        )
    return referral


def _received(user, referral: Referral) -> Referral:
    """The offer, locked, if it was made to an agency where the user keeps records."""
    referral = (
        Referral.objects.filter(to_agency_id__in=records_agency_ids(user))
        .select_for_update(of=("self",))
        .select_related("from_agency", "to_agency", "consent", "created_by")
        .get(pk=referral.pk)
    )
    if referral.state != ReferralState.PENDING:
        raise ValidationError(_("This offer has already been answered or closed."))
    if referral.expires_at <= timezone.now():
        raise ValidationError(_("This offer has expired."))
    return referral


def _answer_audited(user, referral: Referral, action: str, reason: str = "") -> None:
    """The answer in the trails of both agencies: the owner's and the receiver's."""
    for agency in (referral.from_agency, referral.to_agency):
        audit_event_record(
            actor=user,
            agency=agency,
            action=action,
            person_uuid=referral.person_id,
            reason=reason,
            detail=str(referral.pk),
        )


def _share_back(referral: Referral, now) -> Share | None:
    """After a transfer, the old owner's access to what the person agreed it keeps, under
    the consent recorded for that (if still in force); ``None`` when it keeps nothing."""
    consent = referral.keep_consent
    if (
        not referral.keep_parts
        or not Consent.objects.in_force().filter(pk=referral.keep_consent_id).exists()
    ):
        return None
    return Share.objects.create(
        person_id=referral.person_id,
        agency=referral.from_agency,
        referral=referral,
        consent=consent,
        starts_at=now,
        expires_at=_end_of_day(consent.valid_until),
        **{f"with_{part}": part in referral.keep_parts for part in SharePart.values},
    )


def referral_accept(*, user, referral: Referral) -> Share | None:
    """Accept an offer made to the user's agency: a share opens the record, within the
    offer's scope, until the end of the consent's last day. The sender is notified.

    A transfer instead makes the user's agency the owner (``ownership_move``); the
    share returned, if any, is the old owner's to the parts it keeps."""
    with transaction.atomic():
        referral = _received(user, referral)
        consent = referral.consent
        if not Consent.objects.in_force().filter(pk=consent.pk).exists():
            raise ValidationError(_("The consent for this offer is no longer in force."))
        now = timezone.now()
        referral.state = ReferralState.ACCEPTED
        referral.decided_by, referral.decided_at = user, now
        referral.save(update_fields=["state", "decided_by", "decided_at"])
        if referral.kind == ReferralKind.TRANSFER:
            return _transfer_accepted(user, referral, now)
        share = Share.objects.create(
            person_id=referral.person_id,
            agency=referral.to_agency,
            referral=referral,
            consent=consent,
            starts_at=now,
            expires_at=_end_of_day(consent.valid_until),
            **{f"with_{part}": getattr(referral, f"with_{part}") for part in SharePart.values},
        )
        _answer_audited(user, referral, AuditAction.REFERRAL_ACCEPT)
        receiver = referral.to_agency.name
        tell_user(
            referral.created_by,
            lambda: _("%(agency)s accepted your referral") % {"agency": receiver},
            "register_outbox",
        )
    return share


def _transfer_accepted(user, referral: Referral, now) -> Share | None:
    withdrawn = ownership_move(user=user, referral=referral, now=now)
    share = _share_back(referral, now)
    _answer_audited(user, referral, AuditAction.REFERRAL_ACCEPT)
    receiver, sender = referral.to_agency.name, referral.from_agency.name
    tell_user(
        referral.created_by,
        lambda: (
            _("%(agency)s accepted your transfer: it owns the record now") % {"agency": receiver}
        ),
        "register_outbox",
    )
    for offer in withdrawn:
        tell_agency(
            offer.to_agency,
            lambda: _("%(agency)s withdrew a referral to your agency") % {"agency": sender},
            "register_inbox",
        )
    return share


def referral_decline(*, user, referral: Referral, reason: str) -> Referral:
    """Decline an offer made to the user's agency, for a ``DeclineReason``."""
    check_choices(reason, DeclineReason, "reason")
    with transaction.atomic():
        referral = _received(user, referral)
        referral.state = ReferralState.DECLINED
        referral.decided_by, referral.decided_at = user, timezone.now()
        referral.decline_reason = reason
        referral.save(update_fields=["state", "decided_by", "decided_at", "decline_reason"])
        _answer_audited(user, referral, AuditAction.REFERRAL_DECLINE, reason)
        receiver = referral.to_agency.name
        tell_user(
            referral.created_by,
            lambda: _("%(agency)s declined your referral") % {"agency": receiver},
            "register_outbox",
        )
    return referral


def share_end(*, user, share: Share) -> Share:
    """End a share before its expiry: by the owning agency's staff or the receiving
    agency's (the reason says which). Both trails record it; the other side is told."""
    agency_ids = records_agency_ids(user)
    with transaction.atomic():
        share = (
            Share.objects.active()
            .filter(Q(person__agency_id__in=agency_ids) | Q(agency_id__in=agency_ids))
            .select_for_update(of=("self",))
            .select_related("person__agency", "agency")
            .get(pk=share.pk)
        )
        by_owner = share.person.agency_id in agency_ids
        share.ended_at, share.ended_by = timezone.now(), user
        share.end_reason = ShareEnd.ENDED_BY_OWNER if by_owner else ShareEnd.ENDED_BY_RECIPIENT
        share.save(update_fields=["ended_at", "ended_by", "end_reason"])
        trails = [share.person.agency] if by_owner else [share.person.agency, share.agency]
        for agency in trails:
            audit_event_record(
                actor=user,
                agency=agency,
                action=AuditAction.SHARE_END,
                person_uuid=share.person_id,
                reason=share.end_reason,
                detail=str(share.pk),
            )
        if by_owner:
            owner = share.person.agency.name
            tell_agency(
                share.agency,
                lambda: _("%(agency)s ended a share with your agency") % {"agency": owner},
                "register_inbox",
            )
        else:
            receiver = share.agency.name
            tell_agency(
                share.person.agency,
                lambda: (
                    _("%(agency)s ended a share of your agency's record") % {"agency": receiver}
                ),
                "register_outbox",
            )
    return share


def offers_expire(*, now: datetime.datetime | None = None) -> int:
    """Close every offer still pending past its expiry; return how many.

    Each gets its audit row in the sending agency's trail, with the offer's sender as
    the actor (the trail names a person for every row: the offer was theirs), and the
    sender is told.
    """
    now = now or timezone.now()
    expired = 0
    with transaction.atomic():
        overdue = (
            Referral.objects.filter(state=ReferralState.PENDING, expires_at__lte=now)
            .select_for_update(skip_locked=True, of=("self",))
            .select_related("from_agency", "to_agency", "created_by")
        )
        for referral in overdue:
            referral.state = ReferralState.EXPIRED
            referral.save(update_fields=["state"])
            audit_event_record(
                actor=referral.created_by,
                agency=referral.from_agency,
                action=AuditAction.REFERRAL_EXPIRE,
                person_uuid=referral.person_id,
                detail=str(referral.pk),
            )
            receiver = referral.to_agency.name
            tell_user(
                referral.created_by,
                lambda receiver=receiver: (
                    _("Your referral to %(agency)s expired without an answer")
                    % {"agency": receiver}
                ),
                "register_outbox",
            )
            expired += 1
    return expired
