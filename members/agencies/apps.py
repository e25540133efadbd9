from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from wagtail.users.apps import WagtailUsersAppConfig


class AgenciesConfig(AppConfig):
    """Member agencies, their staff and the gate of the member area."""

    name = "members.agencies"
    label = "agencies"
    verbose_name = _("Agencies")

    def ready(self) -> None:
        from members.agencies import signals

        signals.connect()


class CmsUsersConfig(WagtailUsersAppConfig):
    """``wagtail.users`` with a user editor that changes no e-mail address and no own group."""

    user_viewset = "members.agencies.cms_users.AccountSafeUserViewSet"
