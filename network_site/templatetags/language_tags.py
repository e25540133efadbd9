"""Template tags for the language switcher, ``hreflang`` alternates and links to pages."""

from dataclasses import replace

from django import template
from django.conf import settings
from django.http import HttpRequest
from django.utils.html import format_html
from django.utils.translation import get_language, get_language_bidi

from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Page

from network_site.core.languages import cached_page_versions, locale_codes, view_versions
from practices.fallback import every_language_url

register = template.Library()


@register.simple_tag(takes_context=True)
def language_versions(context):
    """Every language's version of what is being shown (see network_site.core.languages)."""
    request = context["request"]
    cached = getattr(request, "_language_versions", None)
    if cached is None:
        page = context.get("page")
        if isinstance(page, Page) and page.pk:
            cached = cached_page_versions(request, page, elsewhere=every_language_url)
        else:
            cached = view_versions(request, to_home=bool(context.get("error_page")))
        request._language_versions = cached
    return cached


@register.simple_tag(takes_context=True)
def switcher_versions(context):
    """The versions the language switcher offers. The reader's query string (a listing's
    filters, a page number) goes along to every language's version of the page, so a
    filtered list stays filtered in another language; a language without a translation
    shows the same page in its original language (the fallback rule), filters included.
    Addresses of views (search) carry it already."""
    versions = language_versions(context)
    request = context["request"]
    query = request.GET.urlencode()
    page = context.get("page")
    if not query or not isinstance(page, Page) or not page.pk:
        return versions
    return [replace(version, url=f"{version.url}?{query}") for version in versions]


@register.filter
def bdi(value) -> str:
    """The value isolated in ``<bdi>``: a name, title or search term inserted into a
    sentence keeps its own direction (an English title in an Arabic sentence), and the
    message id stays as it is."""
    return format_html("<bdi>{}</bdi>", value)


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


def _active_locale_id(request: HttpRequest | None) -> int | None:
    """The id of the reader's locale (else the default one), as ``Locale.get_active()``
    finds it, from the cached list of locales kept on the request."""
    ids = getattr(request, "_locale_ids", None)
    if ids is None:
        ids = {code: pk for pk, code in locale_codes().items()}
        if request is not None:
            request._locale_ids = ids
    for language in (get_language(), settings.LANGUAGE_CODE):
        try:
            locale_id = ids.get(get_supported_content_language_variant(language))
        except LookupError:
            continue
        if locale_id is not None:
            return locale_id
    return None


@register.simple_tag(takes_context=True)
def localized(context, page: Page) -> Page:
    """What ``page.localized`` gives: the page's live version in the reader's language,
    else the page itself. Wagtail's property asks the database for the reader's locale
    on every use, which a page of links did once or twice per link."""
    locale_id = _active_locale_id(context.get("request"))
    if locale_id is None or locale_id == page.locale_id:
        return page
    translation = page.get_translation_or_none(locale_id)
    return translation if translation is not None and translation.live else page
