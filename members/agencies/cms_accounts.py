"""The CMS, cut down so that no account is taken over and no role granted through it.

- The user editor: administrators still add people, name them, give them groups and
  deactivate them. They cannot change anybody's e-mail address (password resets go
  to it) or set a password: people do both themselves in allauth's pages. Nobody
  changes their own groups, so nobody grants themselves a role.
- Memberships are shown, never changed: roles in agencies change only through the
  membership services (``members.agencies.staff``) on the agency's staff page.
"""

from django.contrib.auth import get_user_model
from django.utils.translation import gettext_lazy as _

from wagtail.permission_policies import ModelPermissionPolicy
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


class ViewOnlyPermissionPolicy(ModelPermissionPolicy):
    """Lets people with the view permission look, and nobody (superusers included) change."""

    def user_has_permission(self, user, action):
        return action == "view" and super().user_has_permission(user, action)

    def users_with_any_permission(self, actions):
        if "view" not in actions:
            return get_user_model().objects.none()
        return super().users_with_any_permission(["view"])
