"""Reads shared by every part of the public site: public pages, taxonomy names, one
version of each page per language."""

from dataclasses import dataclass

from django.conf import settings
from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils.translation import get_language

from wagtail.models import Page

from network_site.core.content_cache import cached_content
from network_site.core.languages import in_language, locale_codes


@dataclass(frozen=True)
class TermLabel:
    """A theme or target group as pages show it: its slug for links, its name in the language."""

    slug: str
    name: str


def public_pages(model=Page) -> QuerySet:
    """Live pages that anyone may read: no view restriction on them or on any ancestor.

    The one rule of every public list (feeds, calendars, listings, cards, the
    materials library): an editor who restricts a section restricts all of it.
    """
    return model.objects.live().public()


def term_names(model, language_code: str) -> dict[str, str]:
    """Slug → name of every term of a vocabulary in a language, cached until content changes."""

    def build() -> dict[str, str]:
        terms = model.objects.in_language(language_code)
        return {slug: term.name for slug, term in terms.items()}

    return cached_content("terms", model._meta.model_name, build=build, language=language_code)


def localized_terms(model, slugs: list[str]) -> list:
    """Taxonomy terms by slug, each in the reader's language where translated."""
    names = term_names(model, get_language())
    return [TermLabel(slug, names[slug]) for slug in slugs if slug in names]


def one_version_each(pages: QuerySet, locale_id: int) -> list[int]:
    """Ids of the pages, each once: in the given locale where translated, else the original.

    Translations share a translation key; the original is the first one created.
    """
    chosen: dict = {}
    rows = pages.order_by("pk").values_list("pk", "translation_key", "locale_id")
    for pk, key, locale in rows:
        current = chosen.get(key)
        if current is None or (locale == locale_id and current[1] != locale_id):
            chosen[key] = (pk, locale)
    return [pk for pk, _locale in chosen.values()]


def locale_id_for(language: str) -> int | None:
    """The id of the Wagtail locale of a language, None when it has none."""
    return next((pk for pk, code in locale_codes().items() if code == language), None)


def pages_for_reader(pages: QuerySet | type[Page], language: str) -> QuerySet:
    """The pages a reader of ``language`` is shown: the fallback rule of the public site.

    Each page once, in the reader's language where it is translated, else in its
    original language. ``pages`` is a queryset (its filters decide what may be
    shown) or a page model (then its public pages). The answer is a queryset of the
    chosen ids, so search engines and further filters can take it as it is.
    """
    if not isinstance(pages, QuerySet):
        pages = public_pages(pages)
    return pages.filter(pk__in=one_version_each(pages, locale_id_for(language)))


def reader_url(page: Page, language: str, request: HttpRequest | None = None) -> str:
    """Where a reader of ``language`` finds the page, under their own language prefix.

    A page of the default language that has no version in the reader's language is
    served under the reader's prefix (the home page's fallback routing), so the
    reader stays in their language; a page in another language keeps its own address.
    """
    url = page.get_url(request) or ""
    page_language = locale_codes().get(page.locale_id)
    if page_language == language or page_language != settings.LANGUAGE_CODE:
        return url
    if url.startswith(("http://", "https://")):
        scheme, _sep, rest = url.partition("://")
        host, slash, path = rest.partition("/")
        return f"{scheme}://{host}{in_language(slash + path, language)}"
    return in_language(url, language)
