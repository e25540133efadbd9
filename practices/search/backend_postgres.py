"""Wagtail's database search backend, made language-aware on PostgreSQL.

Wagtail indexes and queries every object with one PostgreSQL text-search
configuration (its issue #1177), so stemming works for one language at most.
Here each object is indexed with the configuration of its own locale (French
pages with ``french``, German with ``german`` …, ``simple`` where PostgreSQL has
none), and a search is parsed with the configuration of the reader's language.
Site searches are filtered to the reader's language, so both sides always match.

On other databases Wagtail's own backend is used; on SQLite (``make run``) with a
reader's double quote escaped as FTS5 wants it, instead of ending the search term
with a syntax error.
"""

from collections import defaultdict

from modelsearch.backends.database import SearchBackend as DatabaseSearchBackend
from modelsearch.backends.database.postgres.postgres import (
    PostgresIndex,
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
)

from django.conf import settings
from django.db import connection
from django.utils.translation import get_language

from network_site.core.languages import locale_codes

# Language code → PostgreSQL text search configuration (see pg_ts_config).
POSTGRES_CONFIGS = {
    "ar": "arabic",
    "da": "danish",
    "de": "german",
    "el": "greek",
    "en": "english",
    "es": "spanish",
    "fi": "finnish",
    "fr": "french",
    "ga": "irish",
    "hu": "hungarian",
    "it": "italian",
    "lt": "lithuanian",
    "nl": "dutch",
    "pt": "portuguese",
    "ro": "romanian",
    "sv": "swedish",
}
NEUTRAL_CONFIG = "simple"
TITLE_WEIGHT = 10.0


def config_for_language(language_code: str | None) -> str:
    """The text search configuration for a language; ``simple`` (no stemming) otherwise."""
    return POSTGRES_CONFIGS.get((language_code or "").split("-")[0], NEUTRAL_CONFIG)


def _object_language(obj, locale_codes: dict[int, str]) -> str | None:
    locale_id = getattr(obj, "locale_id", None)
    return locale_codes.get(locale_id) if locale_id else None


class LanguageAwareIndex(PostgresIndex):
    """Indexes each object with the text search configuration of its locale."""

    def add_items(self, model, objs):
        codes = locale_codes()
        groups = defaultdict(list)
        for obj in objs:
            language = _object_language(obj, codes) or settings.LANGUAGE_CODE
            groups[config_for_language(language)].append(obj)
        original = self.backend.config
        try:
            for config, group in groups.items():
                self.backend.config = config
                super().add_items(model, group)
        finally:
            self.backend.config = original


class LanguageAwareQueryCompiler(PostgresSearchQueryCompiler):
    """Parses the query with the configuration of the reader's language; a word found in
    the title counts ``TITLE_WEIGHT`` times one found in the text, so "Housing First …"
    outranks pages whose text merely repeats "housing"."""

    def get_config(self, backend):
        return config_for_language(get_language())

    def get_index_vectors(self, search_query):
        (title, title_norm), *others = super().get_index_vectors(search_query)
        return [(title, title_norm * TITLE_WEIGHT), *others]


class LanguageAwarePostgresSearchBackend(PostgresSearchBackend):
    """PostgreSQL full-text search with one configuration per language."""

    index_class = LanguageAwareIndex
    query_compiler_class = LanguageAwareQueryCompiler


def SearchBackend(params):
    """Language-aware on PostgreSQL; Wagtail's database backend elsewhere."""
    if connection.vendor == "postgresql":
        return LanguageAwarePostgresSearchBackend(params)
    backend = DatabaseSearchBackend(params)
    if connection.vendor == "sqlite" and type(backend).__name__ == "SQLiteSearchBackend":
        # Loadable only on SQLite: its module defines models of SQLite's full-text index.
        from practices.search.backend_sqlite import QuoteSafeSQLiteSearchBackend

        return QuoteSafeSQLiteSearchBackend(params)
    return backend
