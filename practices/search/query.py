"""Running a search in the reader's language, with a fallback when the engine is down.

Used by site search, the guide listing's free-text filter and the guide feeds.

What a reader types is read as people expect from a search box: words must all be
found; ``"quoted words"`` must be found together in that order; ``OR`` (in capitals)
between words accepts either side; a hyphenated word matches its joined and split
spellings (``re-housing``, ``rehousing``, ``re housing``; pages index the joined
spelling of their own hyphenated words, see ``SummaryMixin.joined_compounds``).

The pages a reader is shown may be in several languages (the fallback rule); each
language's pages are searched with that language's analysis (its stemmer on
PostgreSQL, its index on Elasticsearch), the reader's own language first.
"""

import logging
import re

from modelsearch.query import And, Or, Phrase, PlainText, SearchQuery

from django.conf import settings
from django.db.models import QuerySet
from django.utils import translation
from django.utils.translation import get_language

from wagtail.search.backends import get_search_backend

from network_site.core.languages import locale_codes

logger = logging.getLogger(__name__)

FALLBACK_BACKEND = "database"
# A quoted phrase, or a run of characters other than spaces and quotes.
TOKEN = re.compile(r'"([^"]*)"|([^\s"]+)')
# Word characters around one or more hyphens: "re-housing", "co-operative".
HYPHENATED = re.compile(r"^\w+(?:-\w+)+$")


def backend_alias_for_language(language_code: str | None = None) -> str:
    """The search backend for a language: its own Elasticsearch index where there is one."""
    alias = f"elasticsearch-{language_code or get_language()}"
    return alias if alias in settings.WAGTAILSEARCH_BACKENDS else "default"


def _word(word: str) -> SearchQuery | None:
    word = word.strip("-'.,;:!?()[]{}")
    if not word:
        return None
    if HYPHENATED.match(word):
        parts = word.split("-")
        return Or([Phrase(" ".join(parts)), PlainText("".join(parts))])
    return PlainText(word)


def _all_of(parts: list[SearchQuery]) -> SearchQuery | None:
    if not parts:
        return None
    return parts[0] if len(parts) == 1 else And(parts)


def reader_query(text: str) -> SearchQuery | None:
    """The search a reader's words ask for (see the module's docstring); None if empty."""
    alternatives: list[SearchQuery] = []
    current: list[SearchQuery] = []
    for phrase, word in TOKEN.findall(text):
        if word == "OR":
            if current:
                alternatives.append(_all_of(current))
            current = []
            continue
        if phrase:
            words = phrase.split()
            part = Phrase(" ".join(words)) if len(words) > 1 else _word(phrase.strip())
        else:
            part = _word(word)
        if part is not None:
            current.append(part)
    if current:
        alternatives.append(_all_of(current))
    if not alternatives:
        return None
    return alternatives[0] if len(alternatives) == 1 else Or(alternatives)


def _search(alias: str, query: SearchQuery, queryset: QuerySet) -> list:
    try:
        return list(get_search_backend(alias).search(query, queryset))
    except Exception:
        if FALLBACK_BACKEND not in settings.WAGTAILSEARCH_BACKENDS:
            raise
        logger.warning("Search engine unreachable; this search used the database backend.")
        return list(get_search_backend(FALLBACK_BACKEND).search(query, queryset))


def search_pages(queryset: QuerySet, text: str) -> list:
    """Search ``queryset`` for what a reader typed, most relevant first; the pages in the
    reader's language come first, then those of each other language. If the search
    engine fails, the database backend answers and the failure is logged."""
    query = reader_query(text)
    if query is None:
        return []
    codes = locale_codes()
    reader = get_language()
    # The backends translate filters into their own queries and know no subquery (the
    # fallback rule is one): they are given the chosen pages by id.
    queryset = queryset.model.objects.filter(pk__in=list(queryset.values_list("pk", flat=True)))
    present = queryset.order_by().values_list("locale_id", flat=True).distinct()
    locales = sorted(
        (pk for pk in present if pk in codes), key=lambda pk: (codes[pk] != reader, codes[pk])
    )
    results: list = []
    for locale_id in locales:
        language = codes[locale_id]
        pages = queryset.filter(locale_id=locale_id)
        with translation.override(language):
            results += _search(backend_alias_for_language(language), query, pages)
    return results
