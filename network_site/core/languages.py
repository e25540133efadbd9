"""Which languages a page exists in, and where each language version lives.

Used by the language switcher and the ``hreflang`` alternates. The alternates (like
the XML sitemap) name only real translations; the switcher also leads to a page's
fallback address in a language without one.
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.conf import settings
from django.http import HttpRequest
from django.utils.translation import get_language, get_language_info

from wagtail.models import Locale, Page, Site

from network_site.core.content_cache import EVERY_LANGUAGE, cached_content

# Where a page is in each language, by language code: (page, request) -> {code: url}.
PlacesOfPage = Callable[[Page, HttpRequest], dict[str, str]]


@dataclass(frozen=True)
class LanguageVersion:
    """One language's version of the page being shown, or that language's home page."""

    code: str
    name: str
    url: str
    is_current: bool
    exists: bool


def native_name(code: str) -> str:
    """The language's name in that language, as readers look for it in a switcher."""
    return get_language_info(code)["name_local"]


def language_home_urls(request: HttpRequest) -> dict[str, str]:
    """The URL of the home page of every configured language, cached like the frame."""
    return cached_content(
        "homes",
        request.get_host(),
        build=lambda: _language_home_urls(request),
        language=EVERY_LANGUAGE,
    )


def _language_home_urls(request: HttpRequest) -> dict[str, str]:
    site = Site.find_for_request(request)
    homes: dict[str, str] = {}
    if site is not None:
        for home in site.root_page.get_translations(inclusive=True).select_related("locale"):
            homes[home.locale.language_code] = home.get_url(request)
    for code, _name in settings.LANGUAGES:
        homes.setdefault(code, f"/{code}/")
    return homes


def page_versions(
    request: HttpRequest, page: Page, *, elsewhere: PlacesOfPage | None = None
) -> list[LanguageVersion]:
    """Every language's version of a Wagtail page.

    A language without a translation leads to where ``elsewhere(page, request)`` places
    the page in that language (the public site's fallback rule), else to its home page.
    Such a version is marked ``exists=False``: it is no alternate for ``hreflang``.
    """
    # Translations under a view restriction of their own are left out; a restricted
    # ancestor restricts the page itself, which is then not public in any language.
    translations = {
        translation.locale.language_code: translation
        for translation in page.get_translations(inclusive=True)
        .live()
        .filter(view_restrictions__isnull=True)
        .select_related("locale")
    }
    places = None
    current = get_language()
    versions = []
    for code, _name in settings.LANGUAGES:
        translation = translations.get(code)
        if translation is not None:
            url = translation.get_url(request)
        else:
            if places is None:
                places = (elsewhere or _homes)(page, request)
            url = places[code]
        versions.append(
            LanguageVersion(code, native_name(code), url, code == current, translation is not None)
        )
    return versions


def _homes(page: Page, request: HttpRequest) -> dict[str, str]:
    return language_home_urls(request)


def view_versions(request: HttpRequest, *, to_home: bool = False) -> list[LanguageVersion]:
    """Every language's version of a page served by a Django view, such as search.

    On error pages (``to_home``) each language leads to its home page instead of
    to another missing page.
    """
    current = get_language()
    # Pages that may be reached with personal data in their address (the register)
    # mark the request: their query string is never copied into other links.
    path = (
        request.path if getattr(request, "query_stays_private", False) else request.get_full_path()
    )
    if to_home:
        homes = language_home_urls(request)
        return [
            LanguageVersion(code, native_name(code), homes[code], code == current, False)
            for code, _name in settings.LANGUAGES
        ]
    return [
        LanguageVersion(code, native_name(code), in_language(path, code), code == current, True)
        for code, _name in settings.LANGUAGES
    ]


def in_language(path: str, code: str) -> str:
    """The same address under another language's prefix (``/en/search/?q=x`` →
    ``/de/search/?q=x``); an address without a language prefix stays as it is.

    What Django's ``translate_url`` answers for these addresses, since no route here is
    translated, only prefixed (``i18n_patterns``). ``translate_url`` reverses with each
    language activated, which loads that language's whole interface catalogue (every
    app's) into the process: a switcher of 26 languages kept about 27 MB in every
    worker that served one search page.
    """
    prefix, _slash, rest = path.lstrip("/").partition("/")
    if prefix not in dict(settings.LANGUAGES):
        return path
    return f"/{code}/{rest}"


def cached_page_versions(
    request: HttpRequest, page: Page, *, elsewhere: PlacesOfPage | None = None
) -> list[LanguageVersion]:
    """``page_versions``, kept in the cache until editors publish or move anything."""
    return cached_content(
        "versions",
        request.get_host(),
        page.pk,
        build=lambda: page_versions(request, page, elsewhere=elsewhere),
    )


def locale_codes() -> dict[int, str]:
    """Language code of every Wagtail locale, by locale id (cached like the frame)."""
    return cached_content(
        "locales",
        build=lambda: dict(Locale.objects.values_list("pk", "language_code")),
        language=EVERY_LANGUAGE,
    )
