from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PracticesConfig(AppConfig):
    """The public knowledge site: Wagtail pages, blocks and translatable snippets."""

    name = "practices"
    verbose_name = _("Public site")

    def ready(self) -> None:
        from practices import signals

        signals.connect()
