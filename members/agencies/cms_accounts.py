"""The CMS, cut down so that no account is taken over and no role granted through it.

- The user editor: administrators still add people, name them, give them groups and
  deactivate them. They cannot change anybody's e-mail address (password resets go
  to it) or set a password: people do both themselves in allauth's pages. Nobody
  changes their own groups, so nobody grants themselves a role, and only a
  superuser makes someone a superuser. Bulk actions never include oneself
  (``wagtail_hooks.refuse_bulk_actions_on_oneself``).
- Memberships are shown, never changed: roles in agencies change only through the
  membership services (``members.agencies.services``) on the agency's staff page.
"""

from django.contrib.auth import get_user_model
from django.utils.translation import gettext_lazy as _

from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.users.forms import UserCreationForm, UserEditForm
from wagtail.users.views.users import CreateView, EditView, UserViewSet


class SuperuserGrantMixin:
    """Only a superuser may make someone a superuser (``granted_by``: who fills the form)."""

    def limit_superuser_field(self, granted_by) -> None:
        field = self.fields.get("is_superuser")
        if field is not None and not (granted_by and granted_by.is_superuser):
            field.disabled = True
            field.help_text = _("Only an administrator makes someone an administrator.")


class AccountSafeUserCreationForm(SuperuserGrantMixin, UserCreationForm):
    """Wagtail's form for a new person, who then chooses their own password."""

    def __init__(self, *args, granted_by=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.limit_superuser_field(granted_by)


class AccountSafeUserEditForm(SuperuserGrantMixin, UserEditForm):
    """Wagtail's user form with the e-mail address (and one's own groups) read-only."""

    def __init__(self, *args, editing_self: bool = False, granted_by=None, **kwargs):
        super().__init__(*args, editing_self=editing_self, **kwargs)
        self.fields["email"].disabled = True
        self.fields["email"].help_text = _(
            "People change their own address in their account, where the new one is verified."
        )
        if editing_self:
            self.fields["groups"].disabled = True
            self.fields["groups"].help_text = _("Another administrator changes your groups.")
        self.limit_superuser_field(granted_by)


class GrantedByMixin:
    """Tells the form who fills it in."""

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "granted_by": self.request.user}


class AccountSafeCreateView(GrantedByMixin, CreateView):
    pass


class AccountSafeEditView(GrantedByMixin, EditView):
    pass


class AccountSafeUserViewSet(UserViewSet):
    """The CMS user admin with the account-safe forms."""

    add_view_class = AccountSafeCreateView
    edit_view_class = AccountSafeEditView

    def get_form_class(self, for_update=False):
        return AccountSafeUserEditForm if for_update else AccountSafeUserCreationForm


class ViewOnlyPermissionPolicy(ModelPermissionPolicy):
    """Lets people with the view permission look, and nobody (superusers included) change."""

    def user_has_permission(self, user, action):
        return action == "view" and super().user_has_permission(user, action)

    def users_with_any_permission(self, actions):
        if "view" not in actions:
            return get_user_model().objects.none()
        return super().users_with_any_permission(["view"])
