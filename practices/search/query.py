"""Running a search in the reader's language, with a fallback when the engine is down.

Used by site search and by the guide listing's free-text filter.
"""

import logging

from django.conf import settings
from django.utils.translation import get_language

from wagtail.search.backends import get_search_backend

logger = logging.getLogger(__name__)

FALLBACK_BACKEND = "database"


def backend_alias_for_language(language_code: str | None = None) -> str:
    """The search backend for a language: its own Elasticsearch index where there is one."""
    alias = f"elasticsearch-{language_code or get_language()}"
    return alias if alias in settings.WAGTAILSEARCH_BACKENDS else "default"


def search_pages(queryset, query: str) -> list:
    """Search ``queryset``; if the search engine fails, use the database backend and log it."""
    try:
        return list(get_search_backend(backend_alias_for_language()).search(query, queryset))
    except Exception:
        if FALLBACK_BACKEND not in settings.WAGTAILSEARCH_BACKENDS:
            raise
        logger.warning("Search engine unreachable; this search used the database backend.")
        return list(get_search_backend(FALLBACK_BACKEND).search(query, queryset))
