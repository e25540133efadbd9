"""Template tags for the language switcher and ``hreflang`` alternates."""

from django import template
from django.conf import settings
from django.utils.translation import get_language_bidi

from wagtail.models import Page

from network_site.core.languages import cached_page_versions, view_versions

register = template.Library()


@register.simple_tag(takes_context=True)
def language_versions(context):
    """Every language's version of what is being shown (see network_site.core.languages)."""
    request = context["request"]
    cached = getattr(request, "_language_versions", None)
    if cached is None:
        page = context.get("page")
        if isinstance(page, Page) and page.pk:
            cached = cached_page_versions(request, page)
        else:
            cached = view_versions(request, to_home=bool(context.get("error_page")))
        request._language_versions = cached
    return cached


@register.simple_tag
def text_direction() -> str:
    """``rtl`` or ``ltr`` for the active language."""
    return "rtl" if get_language_bidi() else "ltr"


@register.simple_tag(takes_context=True)
def absolute_url(context, url: str) -> str:
    """An absolute URL on this host, as ``hreflang`` and canonical links require."""
    return context["request"].build_absolute_uri(url)


@register.simple_tag(takes_context=True)
def default_language_url(context) -> str:
    """The ``x-default`` target: the default language's version, else the first that exists."""
    versions = language_versions(context)
    existing = [version for version in versions if version.exists]
    for version in existing:
        if version.code == settings.LANGUAGE_CODE:
            return version.url
    return existing[0].url if existing else "/"
