from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class RegisterConfig(AppConfig):
    """The person-movement register: people, their movements, case notes."""

    default = True
    name = "members.register"
    label = "register"
    verbose_name = _("Register")
