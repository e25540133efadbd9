from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PracticesConfig(AppConfig):
    """The public knowledge site: Wagtail pages, blocks and translatable snippets."""

    name = "practices"
    verbose_name = _("Public site")

    def ready(self) -> None:
        # Imported here, not at the top: receivers need the models, which Django loads
        # only after every app config (the usual place to connect signals).
        from practices.events import publishing
        from practices.site import content_retirement

        content_retirement.connect()
        publishing.connect()
