"""The allauth adapters of the member area: who may sign up, sign in and drop a factor."""

from allauth.account.adapter import DefaultAccountAdapter
from allauth.account.authentication import get_authentication_records
from allauth.mfa.adapter import DefaultMFAAdapter
from allauth.mfa.models import Authenticator

from members.agencies.security import SECOND_FACTORS, has_second_factor

# allauth's record of a sign-in that came through an invitation's link.
INVITATION_METHOD = "invitation"


class InvitationOnlyAccountAdapter(DefaultAccountAdapter):
    """Closes public sign-up: member accounts are created only by invitation from an agency."""

    def is_open_for_signup(self, request) -> bool:
        return False

    def is_login_by_code_required(self, login) -> bool:
        """Someone without a second factor also types a code sent to their address.

        Otherwise a password alone would be enough to enrol one's own authenticator on
        an account that has none yet (an invitee who stopped before that step). The
        invitation's link, which came by e-mail, counts as that proof.
        """
        user = login.user
        if user is not None and not has_second_factor(user):
            records = get_authentication_records(self.request, user)
            if not any(record.get("method") == INVITATION_METHOD for record in records):
                return True
        return super().is_login_by_code_required(login)


class SecondFactorKeepingMFAAdapter(DefaultMFAAdapter):
    """An account keeps at least one second factor: the last one cannot be removed."""

    def can_delete_authenticator(self, authenticator: Authenticator) -> bool:
        if authenticator.type not in SECOND_FACTORS:
            return True
        others = Authenticator.objects.filter(
            user_id=authenticator.user_id, type__in=SECOND_FACTORS
        ).exclude(pk=authenticator.pk)
        return others.exists()


def person_display(user) -> str:
    """How allauth names a person in messages: their name, else their e-mail address."""
    return user.get_full_name() or user.email
