from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NotificationsConfig(AppConfig):
    """In-app and e-mail notifications of the member area, and each person's preferences."""

    name = "members.notifications"
    label = "notifications"
    verbose_name = _("Notifications")
