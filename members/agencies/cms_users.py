"""The CMS's user editor, cut down so that no account is taken over through it.

Administrators still add people, name them, give them groups and deactivate them.
They cannot change anybody's e-mail address (password resets go to it) or set a
password: people do both themselves in allauth's pages. Nobody changes their own
groups, so nobody grants themselves a role.
"""

from django.utils.translation import gettext_lazy as _

from wagtail.users.forms import UserEditForm
from wagtail.users.views.users import UserViewSet


class AccountSafeUserEditForm(UserEditForm):
    """Wagtail's user form with the e-mail address (and one's own groups) read-only."""

    def __init__(self, *args, editing_self: bool = False, **kwargs):
        super().__init__(*args, editing_self=editing_self, **kwargs)
        self.fields["email"].disabled = True
        self.fields["email"].help_text = _(
            "People change their own address in their account, where the new one is verified."
        )
        if editing_self:
            self.fields["groups"].disabled = True
            self.fields["groups"].help_text = _("Another administrator changes your groups.")


class AccountSafeUserViewSet(UserViewSet):
    """The CMS user admin with the account-safe edit form."""

    def get_form_class(self, for_update=False):
        if for_update:
            return AccountSafeUserEditForm
        return super().get_form_class(for_update)
