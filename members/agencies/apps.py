from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from wagtail.users.apps import WagtailUsersAppConfig


class AgenciesConfig(AppConfig):
    """Member agencies, their staff and the gate of the member area."""

    default = True
    name = "members.agencies"
    label = "agencies"
    verbose_name = _("Agencies")

    def ready(self) -> None:
        from wagtail.permissions import register_permission_policy

        from members.agencies import signals
        from members.agencies.cms_accounts import ViewOnlyPermissionPolicy
        from members.agencies.models import Membership

        signals.connect()
        register_permission_policy(Membership, ViewOnlyPermissionPolicy(Membership))


class CmsUsersConfig(WagtailUsersAppConfig):
    """``wagtail.users`` with a user editor that changes no e-mail address and no own group."""

    user_viewset = "members.agencies.cms_accounts.AccountSafeUserViewSet"
