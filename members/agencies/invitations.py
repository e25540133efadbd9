"""Invitation-only accounts: reading an invitation link, and why one cannot be used.

An agency admin (or a coordinator) invites an e-mail address with a role. The
e-mail carries a signed token of the invitation's id; the invitation row decides
whether it is still good: used once, valid ``INVITATION_VALID_DAYS`` days, not
revoked. The invitee either creates an account (name and password; the second
factor comes next, enforced by the session policy) or, if the address already has
an account, signs in and accepts. The writes (invite, withdraw, accept) are services
in ``members.agencies.services``; each runs under a row lock, so a link opened twice
at once is accepted once.
"""

import datetime
from enum import StrEnum

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core import signing
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from members.agencies.invitation_tokens import INVITATION_SALT
from members.agencies.models import Invitation


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
