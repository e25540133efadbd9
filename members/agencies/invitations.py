"""Invitation-only accounts: inviting an address, reading the link, accepting.

An agency admin (or a coordinator) invites an e-mail address with a role. The
e-mail carries a signed token of the invitation's id; the invitation row decides
whether it is still good: used once, valid ``INVITATION_VALID_DAYS`` days, not
revoked. The invitee either creates an account (name and password; the second
factor comes next, enforced by the session policy) or, if the address already has
an account, signs in and accepts. Every write happens under a row lock, so a link
opened twice at once is accepted once.
"""

import datetime
from enum import StrEnum

from allauth.account.models import EmailAddress

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core import signing
from django.core.exceptions import ValidationError
from django.db import transaction
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from members.agencies.access import can_invite, is_coordinator, role_in
from members.agencies.adapter import person_display
from members.agencies.invitation_tokens import INVITATION_SALT
from members.agencies.models import Agency, AgencyRole, Invitation, Membership
from members.agencies.staff import tell_agency_admins
from members.agencies.tasks import send_invitation_email
from members.notifications.models import NotificationKind
from members.notifications.services import notify


class InvitationProblem(StrEnum):
    """Why an invitation link cannot be used; each has a message for the reader."""

    INVALID = "invalid"
    EXPIRED = "expired"
    USED = "used"
    REVOKED = "revoked"
    WRONG_ACCOUNT = "wrong_account"
    COORDINATOR = "coordinator"

    @property
    def message(self) -> str:
        return {
            "invalid": _(
                "This invitation link does not work. Check that you copied the whole "
                "link from the e-mail, or ask for a new invitation."
            ),
            "expired": _(
                "This invitation has expired. Ask the person who invited you to send a new one."
            ),
            "used": _(
                "This invitation has already been accepted. If it was you, sign in; "
                "otherwise ask for a new invitation."
            ),
            "revoked": _("This invitation was withdrawn by the agency."),
            "wrong_account": _(
                "This invitation was sent to another e-mail address than the one you are "
                "signed in with. Sign out, then open the link again."
            ),
            "coordinator": _(
                "You are a network coordinator: only an agency admin of the agency can "
                "invite you onto its staff. Ask one of them for a new invitation."
            ),
        }[self.value]


class InvitationError(Exception):
    """An invitation that cannot be sent or accepted, with the reason for the reader."""

    def __init__(self, problem: InvitationProblem):
        super().__init__(problem.value)
        self.problem = problem


def _problem(invitation: Invitation) -> InvitationProblem | None:
    if invitation.revoked_at:
        return InvitationProblem.REVOKED
    if invitation.accepted_at:
        return InvitationProblem.USED
    if invitation.expires_at <= timezone.now() or not invitation.agency.active:
        return InvitationProblem.EXPIRED
    return None


def invitation_from_token(token: str, *, lock: bool = False) -> Invitation:
    """The invitation a link names, if it can still be accepted; else InvitationError."""
    valid_for = datetime.timedelta(days=settings.INVITATION_VALID_DAYS)
    try:
        invitation_id = signing.loads(token, salt=INVITATION_SALT, max_age=valid_for)
    except signing.SignatureExpired:
        raise InvitationError(InvitationProblem.EXPIRED) from None
    except signing.BadSignature:
        raise InvitationError(InvitationProblem.INVALID) from None
    invitations = Invitation.objects.select_related("agency", "invited_by")
    if lock:
        invitations = invitations.select_for_update(of=("self",))
    invitation = invitations.filter(pk=invitation_id).first()
    if invitation is None:
        raise InvitationError(InvitationProblem.INVALID)
    if problem := _problem(invitation):
        raise InvitationError(problem)
    return invitation


def account_for_email(email: str):
    """The existing account of an address, or None."""
    return get_user_model().objects.filter(email__iexact=email).first()


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


def invitation_revoke(*, invitation: Invitation) -> None:
    """Withdraw a pending invitation; its link stops working at once."""
    Invitation.objects.filter(pk=invitation.pk, accepted_at=None).update(revoked_at=timezone.now())


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
    membership = Membership.objects.filter(user=user, agency=invitation.agency, active=True).first()
    if membership is None:
        membership = Membership.objects.create(
            user=user, agency=invitation.agency, role=invitation.role
        )
    invitation.accepted_at = timezone.now()
    invitation.accepted_by = user
    invitation.save(update_fields=["accepted_at", "accepted_by"])
    _tell_inviter(invitation, user)
    return membership


def _tell_inviter(invitation: Invitation, user) -> None:
    if invitation.invited_by_id is None:
        return
    with translation.override(invitation.language):
        notify(
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
