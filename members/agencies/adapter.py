"""The allauth adapter of the member area."""

from allauth.account.adapter import DefaultAccountAdapter


class InvitationOnlyAccountAdapter(DefaultAccountAdapter):
    """Closes public sign-up: member accounts are created only by invitation from an agency."""

    def is_open_for_signup(self, request) -> bool:
        return False
