"""Reads shared by every part of the public site: public pages, taxonomy names, one
version of each page per language."""

from dataclasses import dataclass

from django.db.models import QuerySet
from django.utils.translation import get_language

from wagtail.models import Page

from network_site.core.content_cache import cached_content
from network_site.core.languages import locale_codes
from practices.fallback import in_reader_language


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
    """Ids of the pages, each once, by the one fallback rule (practices.fallback) for the
    language of ``locale_id``."""
    language = locale_codes().get(locale_id)
    return list(in_reader_language(pages, language).values_list("pk", flat=True))
