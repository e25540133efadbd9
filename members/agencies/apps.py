from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AgenciesConfig(AppConfig):
    """Member agencies, their staff and the gate of the member area."""

    name = "members.agencies"
    label = "agencies"
    verbose_name = _("Agencies")

    def ready(self) -> None:
        from members.agencies import signals

        signals.connect()
