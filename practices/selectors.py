"""Reads shared by every part of the public site: public pages, one version of each page
per language (the rule itself is practices.fallback; vocabularies, practices.vocabulary)."""

from django.db.models import QuerySet

from wagtail.models import Page

from network_site.core.languages import locale_codes
from practices.fallback import in_reader_language


def public_pages(model=Page) -> QuerySet:
    """Live pages that anyone may read: no view restriction on them or on any ancestor.

    The one rule of every public list (feeds, calendars, listings, cards, the
    materials library): an editor who restricts a section restricts all of it.
    """
    return model.objects.live().public()


def one_version_each(pages: QuerySet, locale_id: int) -> list[int]:
    """Ids of the pages, each once, by the one fallback rule (practices.fallback) for the
    language of ``locale_id``."""
    language = locale_codes().get(locale_id)
    return list(in_reader_language(pages, language).values_list("pk", flat=True))
