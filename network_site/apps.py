from django.apps import AppConfig


class NetworkSiteConfig(AppConfig):
    """Project-wide glue: site frame, health check, search, sitemap and commands."""

    name = "network_site"
    verbose_name = "Network site"
