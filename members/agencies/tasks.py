"""Background work of the agencies app: invitation e-mails."""

from django.conf import settings
from django.tasks import task
from django.urls import reverse
from django.utils import translation

from members.agencies.invitation_tokens import invitation_token
from members.agencies.models import Invitation
from network_site.core.mail import templated_email


def invitation_url(invitation: Invitation, token: str) -> str:
    """The absolute address of an invitation's link, in the language it was sent in."""
    with translation.override(invitation.language):
        path = reverse("accept_invitation", kwargs={"token": token})
    return f"{settings.WAGTAILADMIN_BASE_URL.rstrip('/')}{path}"


@task()
def send_invitation_email(invitation_id: str) -> None:
    """Send the invitee their link, in the inviter's language at the time of inviting.

    The token is signed here, so it is never stored, not even in the task queue.
    """
    invitation = (
        Invitation.objects.select_related("agency", "invited_by").filter(pk=invitation_id).first()
    )
    if invitation is None or invitation.revoked_at or invitation.accepted_at:
        return
    with translation.override(invitation.language):
        context = {
            "invitation": invitation,
            "inviter": invitation.invited_by,
            "accept_url": invitation_url(invitation, invitation_token(invitation)),
            "valid_days": settings.INVITATION_VALID_DAYS,
        }
    templated_email(
        "agencies/email/invitation", context, to=invitation.email, language=invitation.language
    ).send()
