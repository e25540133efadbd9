"""The allauth adapter of the member area."""

from allauth.account.adapter import DefaultAccountAdapter


class InvitationOnlyAccountAdapter(DefaultAccountAdapter):
    """Closes public sign-up: member accounts are created only by invitation from an agency."""

    def is_open_for_signup(self, request) -> bool:
        return False


def person_display(user) -> str:
    """How allauth names a person in messages: their name, else their e-mail address."""
    return user.get_full_name() or user.email
