"""The signed token in an invitation's link.

Signed when the e-mail is sent (``tasks.send_invitation_email``) and stored nowhere;
``invitations.invitation_from_token`` reads it back and the invitation row decides
whether it is still good.
"""

from django.core import signing

from members.agencies.models import Invitation

INVITATION_SALT = "members.agencies.invitation"


def invitation_token(invitation: Invitation) -> str:
    """The signed token of the invitation's link."""
    return signing.dumps(str(invitation.pk), salt=INVITATION_SALT)
