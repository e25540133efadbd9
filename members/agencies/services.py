"""Every write of agencies, memberships and invitations.

Agencies are created and edited by coordinators in the CMS, through ``agency_save``.
Staff: the only way a role in an agency changes (the CMS shows memberships read-only).
An agency always keeps at least one agency admin, so nobody can lock the agency out
of its own staff pages; nobody changes their own role; a network coordinator's
place on a staff is decided by that agency's admins (``access.can_change_role``,
``access.can_remove_from_staff``). The person concerned is notified, someone who
loses their last place is signed out everywhere, and when a coordinator changes an
agency's staff the agency's admins are told (``tell_agency_admins``). Every staff
change (invitation, withdrawal, joining, new role, removal) writes an event to the
agency's audit trail in the transaction of the change; its detail holds role codes,
never an e-mail address.
Invitations: see ``members.agencies.invitations`` for how a link is read.
"""

import datetime
from dataclasses import dataclass

from allauth.account.models import EmailAddress

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Max, QuerySet
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from members.agencies.access import (
    acts_as_coordinator,
    can_change_role,
    can_invite,
    can_manage_staff,
    can_read_audit_log,
    can_remove_from_staff,
    is_coordinator,
    role_in,
)
from members.agencies.adapter import person_display
from members.agencies.audit import GENESIS, chain_hash
from members.agencies.invitations import (
    InvitationError,
    InvitationProblem,
    account_for_email,
    invitation_from_token,
)
from members.agencies.models import (
    Agency,
    AgencyRole,
    AuditAction,
    AuditEvent,
    Invitation,
    Membership,
)
from members.agencies.security import end_all_sessions
from members.agencies.selectors import AuditLogFilters, audit_log
from members.agencies.tasks import send_invitation_email
from members.notifications.models import NotificationKind
from members.notifications.selectors import recipient_language
from members.notifications.services import notification_send
from network_site.core.content_cache import retire_cached_content


def agency_save(*, agency: Agency, services=None, languages=None) -> Agency:
    """Create or update an agency (the CMS form's fields), with its services and languages.

    Agencies appear on public pages (country pages, the directory), so cached content
    is retired once the change is committed.
    """
    with transaction.atomic():
        agency.full_clean()
        agency.save()
        if services is not None:
            agency.services.set(services)
        if languages is not None:
            agency.languages.set(languages)
        transaction.on_commit(retire_cached_content)
    return agency


def membership_add(*, user, agency: Agency, role: str) -> Membership:
    """Give a person a place on an agency's staff; an active place they hold is kept as is.

    Reached through an accepted invitation (and the demo content), never directly from
    a view: who may join is the invitation's rule.
    """
    membership = Membership.objects.filter(user=user, agency=agency, active=True).first()
    if membership is None:
        membership = Membership.objects.create(user=user, agency=agency, role=role)
    return membership


def _keeps_an_admin(membership: Membership) -> None:
    """Refuse a change that would leave the agency without an agency admin."""
    if membership.role != AgencyRole.AGENCY_ADMIN:
        return
    others = (
        Membership.objects.active()
        .select_for_update()
        .filter(agency=membership.agency, role=AgencyRole.AGENCY_ADMIN)
        .exclude(pk=membership.pk)
    )
    if not others.exists():
        raise ValidationError(
            _("The agency needs at least one agency admin. Give the role to someone else first.")
        )


def tell_agency_admins(*, agency: Agency, actor, message) -> None:
    """Tell the agency's admins of a staff change a network coordinator made.

    ``message(actor_name)`` writes the text; it is called in each admin's language.
    Coordinators may manage any agency's staff: their changes are never silent.
    """
    if not acts_as_coordinator(actor, agency):
        return
    admins = (
        Membership.objects.active()
        .filter(agency=agency, role=AgencyRole.AGENCY_ADMIN)
        .exclude(user=actor)
        .select_related("user")
    )
    for admin in admins:
        with translation.override(recipient_language(admin.user)):
            notification_send(
                recipient=admin.user,
                kind=NotificationKind.AGENCY_STAFF,
                title=message(person_display(actor)),
                link=reverse("members:staff", kwargs={"agency_id": agency.pk}),
            )


def _coordinators_place(membership: Membership) -> ValidationError:
    return ValidationError(
        _(
            "This person is also a network coordinator: only an agency admin of "
            "%(agency)s decides their role there."
        )
        % {"agency": membership.agency.name}
    )


def _may_change_role(membership: Membership, changed_by) -> None:
    if can_change_role(changed_by, membership):
        return
    if membership.user_id == changed_by.pk:
        raise ValidationError(
            _("Nobody changes their own role: ask another agency admin of the agency.")
        )
    raise _coordinators_place(membership)


def membership_change_role(*, membership: Membership, role: str, changed_by) -> Membership:
    """Give a member of staff another role in their agency (``changed_by`` decides it)."""
    if role not in AgencyRole.values:
        raise ValidationError(_("Choose a role from the list."))
    _may_change_role(membership, changed_by)
    if role == membership.role:
        return membership
    with transaction.atomic():
        membership = Membership.objects.select_for_update().get(pk=membership.pk)
        if role != AgencyRole.AGENCY_ADMIN:
            _keeps_an_admin(membership)
        old_role = membership.role
        membership.role = role
        membership.save(update_fields=["role"])
        audit_event_record(
            actor=changed_by,
            agency=membership.agency,
            action=AuditAction.STAFF_ROLE_CHANGE,
            subject=membership.user,
            detail=f"{old_role} → {role}",
        )
        notification_send(
            recipient=membership.user,
            kind=NotificationKind.ACCOUNT,
            title=_("Your role in %(agency)s is now: %(role)s")
            % {"agency": membership.agency.name, "role": membership.get_role_display()},
            link=reverse("members:home"),
        )
        tell_agency_admins(
            agency=membership.agency,
            actor=changed_by,
            message=lambda actor: (
                _(
                    "%(coordinator)s, a network coordinator, changed the role of %(name)s in "
                    "%(agency)s to: %(role)s"
                )
                % {
                    "coordinator": actor,
                    "name": person_display(membership.user),
                    "role": membership.get_role_display(),
                    "agency": membership.agency.name,
                }
            ),
        )
    return membership


def membership_remove(*, membership: Membership, removed_by) -> None:
    """Take a person off the agency's staff; sign them out if it was their last place."""
    if not can_remove_from_staff(removed_by, membership):
        raise _coordinators_place(membership)
    with transaction.atomic():
        membership = Membership.objects.select_for_update().get(pk=membership.pk)
        _keeps_an_admin(membership)
        membership.active = False
        membership.save(update_fields=["active"])
        audit_event_record(
            actor=removed_by,
            agency=membership.agency,
            action=AuditAction.STAFF_REMOVE,
            subject=membership.user,
            detail=membership.role,
        )
        notification_send(
            recipient=membership.user,
            kind=NotificationKind.ACCOUNT,
            title=_("You are no longer on the staff of %(agency)s")
            % {"agency": membership.agency.name},
        )
        user = membership.user
        still_needs_access = (
            Membership.objects.active().filter(user=user).exists()
            or user.is_staff
            or user.is_superuser
            or is_coordinator(user)
        )
        if not still_needs_access:
            end_all_sessions(user)
        tell_agency_admins(
            agency=membership.agency,
            actor=removed_by,
            message=lambda actor: (
                _(
                    "%(coordinator)s, a network coordinator, took %(name)s off the staff of "
                    "%(agency)s."
                )
                % {
                    "coordinator": actor,
                    "name": person_display(user),
                    "agency": membership.agency.name,
                }
            ),
        )


# --- Invitations ------------------------------------------------------------------


def _refusal(agency: Agency, invitee, invited_by) -> str:
    """Why ``access.can_invite`` refused, in words for the inviter."""
    if invitee is not None and invitee.pk == invited_by.pk:
        return _("You cannot invite yourself.")
    if invitee is not None and is_coordinator(invitee):
        return _(
            "This address belongs to a network coordinator: only an agency admin of "
            "%(agency)s can invite them onto its staff."
        ) % {"agency": agency.name}
    return _("You do not manage the staff of %(agency)s.") % {"agency": agency.name}


def invitation_create(*, agency: Agency, email: str, role: str, invited_by) -> Invitation:
    """Invite an address to the agency and send the e-mail (after the commit)."""
    email = email.strip()
    existing = account_for_email(email)
    if not can_invite(invited_by, agency, existing):
        raise ValidationError(_refusal(agency, existing, invited_by))
    if existing and Membership.objects.active().filter(user=existing, agency=agency).exists():
        raise ValidationError(_("This person is already on the staff of the agency."))
    if Invitation.objects.pending().filter(agency=agency, email__iexact=email).exists():
        raise ValidationError(
            _("This address already has a pending invitation. Withdraw it to send a new one.")
        )
    with transaction.atomic():
        invitation = Invitation.objects.create(
            agency=agency,
            email=email,
            role=role,
            invited_by=invited_by,
            language=translation.get_language() or settings.LANGUAGE_CODE,
            expires_at=timezone.now() + datetime.timedelta(days=settings.INVITATION_VALID_DAYS),
        )
        transaction.on_commit(lambda: send_invitation_email.enqueue(str(invitation.pk)))
        # The invitee's address is not written to the trail: their account, if any.
        audit_event_record(
            actor=invited_by,
            agency=agency,
            action=AuditAction.STAFF_INVITE,
            subject=existing,
            detail=role,
        )
        tell_agency_admins(
            agency=agency,
            actor=invited_by,
            message=lambda actor: (
                _(
                    "%(coordinator)s, a network coordinator, invited %(email)s to %(agency)s "
                    "with the role: %(role)s"
                )
                % {
                    "coordinator": actor,
                    "email": email,
                    "agency": agency.name,
                    "role": invitation.get_role_display(),
                }
            ),
        )
    return invitation


def invitation_revoke(*, invitation: Invitation, revoked_by) -> None:
    """Withdraw a pending invitation; its link stops working at once.

    Only those who manage the agency's staff withdraw its invitations. An invitation
    already accepted or withdrawn stays as it is, and nothing more is audited.
    """
    if not can_manage_staff(revoked_by, invitation.agency):
        raise PermissionDenied
    with transaction.atomic():
        withdrawn = Invitation.objects.filter(
            pk=invitation.pk, accepted_at=None, revoked_at=None
        ).update(revoked_at=timezone.now())
        if withdrawn:
            audit_event_record(
                actor=revoked_by,
                agency=invitation.agency,
                action=AuditAction.STAFF_INVITATION_WITHDRAW,
                subject=account_for_email(invitation.email),
                detail=invitation.role,
            )


def _accept(invitation: Invitation, user) -> Membership:
    """Record the acceptance and give the person their place in the agency.

    A network coordinator joins only on an invitation from one of the agency's admins
    who still is one (the rule of ``access.can_invite``, checked again on acceptance).
    """
    if is_coordinator(user) and (
        invitation.invited_by is None
        or role_in(invitation.invited_by, invitation.agency) != AgencyRole.AGENCY_ADMIN
    ):
        raise InvitationError(InvitationProblem.COORDINATOR)
    membership = membership_add(user=user, agency=invitation.agency, role=invitation.role)
    invitation.accepted_at = timezone.now()
    invitation.accepted_by = user
    invitation.save(update_fields=["accepted_at", "accepted_by"])
    audit_event_record(
        actor=user,
        agency=invitation.agency,
        action=AuditAction.STAFF_JOIN,
        detail=membership.role,
    )
    _tell_inviter(invitation, user)
    return membership


def _tell_inviter(invitation: Invitation, user) -> None:
    if invitation.invited_by_id is None:
        return
    with translation.override(invitation.language):
        notification_send(
            recipient=invitation.invited_by,
            kind=NotificationKind.AGENCY_STAFF,
            title=str(
                _("%(name)s accepted the invitation to %(agency)s")
                % {"name": person_display(user), "agency": invitation.agency.name}
            ),
            link=reverse("members:staff", kwargs={"agency_id": invitation.agency_id}),
        )


def invitation_accept_new_account(
    *, token: str, first_name: str, last_name: str, password: str
) -> Membership:
    """Create the invitee's account (the address of the invitation) and their membership."""
    with transaction.atomic():
        invitation = invitation_from_token(token, lock=True)
        if account_for_email(invitation.email):
            # Someone made the account meanwhile: they must sign in and accept.
            raise InvitationError(InvitationProblem.USED)
        email = invitation.email.lower()
        user = get_user_model().objects.create_user(
            username=email,
            email=email,
            password=password,
            first_name=first_name,
            last_name=last_name,
        )
        EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
        return _accept(invitation, user)


def invitation_accept_signed_in(*, token: str, user) -> Membership:
    """Accept for a person who already has an account and is signed in with it."""
    with transaction.atomic():
        invitation = invitation_from_token(token, lock=True)
        if invitation.email.lower() != (user.email or "").lower():
            raise InvitationError(InvitationProblem.WRONG_ACCOUNT)
        return _accept(invitation, user)


def audit_event_record(
    *,
    actor,
    agency: Agency,
    action: str,
    person_uuid=None,
    subject=None,
    reason: str = "",
    detail: str = "",
) -> AuditEvent:
    """Append an event to the agency's audit trail, in the caller's transaction.

    Called inside the transaction of the act it records, so that the act and its
    record are committed together or not at all. The agency's row is locked for the
    rest of that transaction so that two requests never chain onto the same previous
    row (PostgreSQL; SQLite writes one transaction at a time anyway). ``detail`` is a
    short text without personal data (a role, a page number, a movement's UUID).
    """
    if not transaction.get_connection().in_atomic_block:
        raise RuntimeError("audit events are written inside the transaction of their act")
    Agency.objects.select_for_update(no_key=True).filter(pk=agency.pk).values_list("pk").get()
    last = (
        AuditEvent.objects.filter(agency=agency)
        .order_by("-sequence")
        .values_list("sequence", "hash")
        .first()
    )
    sequence, previous_hash = (last[0] + 1, last[1]) if last else (1, GENESIS)
    event = AuditEvent(
        agency=agency,
        sequence=sequence,
        occurred_at=timezone.now(),
        actor=actor,
        action=action,
        person_uuid=person_uuid,
        subject=subject,
        reason=reason,
        detail=detail[:200],
        previous_hash=previous_hash,
    )
    event.hash = chain_hash(
        previous_hash=previous_hash,
        sequence=sequence,
        occurred_at=event.occurred_at,
        actor_id=actor.pk,
        agency_id=agency.pk,
        action=action,
        person_uuid=person_uuid,
        subject_id=subject.pk if subject else None,
        reason=reason,
        detail=event.detail,
    )
    event.save(force_insert=True)
    return event


@dataclass(frozen=True)
class AuditLogExport:
    """What an export of the audit log holds: its rows (a lazy queryset) and how many."""

    rows: QuerySet
    count: int
    event: AuditEvent


def audit_log_export(*, agency: Agency, exported_by, filters: AuditLogFilters) -> AuditLogExport:
    """Record an export of the agency's audit log, and fix which rows it contains.

    In one transaction, with the agency's trail locked: the rows that match now are
    fixed by the last sequence number written so far, they are counted, and the
    AUDIT_EXPORT event (the count, the last sequence and the filters, as codes) is
    appended. The rows themselves are read afterwards, as the file is streamed: the
    trail is append-only, so the rows up to that sequence are exactly the ones counted
    and recorded, however long the log. The record is committed before the first row
    leaves; an export broken off half-way is recorded as whole, never the reverse.
    """
    if not can_read_audit_log(exported_by, agency):
        raise PermissionDenied
    with transaction.atomic():
        Agency.objects.select_for_update(no_key=True).filter(pk=agency.pk).values_list("pk").get()
        last = AuditEvent.objects.filter(agency=agency).aggregate(last=Max("sequence"))["last"]
        rows = audit_log(agency, filters).filter(sequence__lte=last or 0)
        count = rows.count()
        codes = filters.as_codes()
        event = audit_event_record(
            actor=exported_by,
            agency=agency,
            action=AuditAction.AUDIT_EXPORT,
            person_uuid=filters.person,
            detail=f"rows={count} upto={last or 0}" + (f" {codes}" if codes else ""),
        )
    return AuditLogExport(rows=rows, count=count, event=event)
