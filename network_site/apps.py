from django.apps import AppConfig


class NetworkSiteConfig(AppConfig):
    """Project-wide glue: site frame, health check, search, sitemap and commands."""

    name = "network_site"
    verbose_name = "Network site"

    def ready(self) -> None:
        from django.conf import settings
        from django.conf.locale import LANG_INFO

        # Teach Django the languages it does not know, so get_language_info() works.
        for code, info in getattr(settings, "EXTRA_LANG_INFO", {}).items():
            LANG_INFO.setdefault(code, info)
