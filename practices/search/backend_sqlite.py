"""Wagtail's SQLite full-text search (``make run``), safe with any text a reader types.

Imported only when the database is SQLite: Wagtail's SQLite backend module defines
models of SQLite's full-text index, which exist on no other database.
"""

from modelsearch.backends.database.sqlite.sqlite import (
    SQLiteAutocompleteQueryCompiler,
    SQLiteSearchBackend,
    SQLiteSearchQueryCompiler,
)
from modelsearch.query import PlainText


class QuoteSafeQueryMixin:
    """Wagtail's SQLite backend puts each word in FTS5 double quotes without escaping
    one inside it, so a reader's ``"`` made the search fail; FTS5 escapes it by doubling."""

    def build_search_query_content(self, query, config=None):
        if isinstance(query, PlainText) and '"' in query.query_string:
            query = PlainText(
                query.query_string.replace('"', '""'), operator=query.operator, boost=query.boost
            )
        return super().build_search_query_content(query, config=config)


class QuoteSafeSearchQueryCompiler(QuoteSafeQueryMixin, SQLiteSearchQueryCompiler):
    pass


class QuoteSafeAutocompleteQueryCompiler(QuoteSafeQueryMixin, SQLiteAutocompleteQueryCompiler):
    pass


class QuoteSafeSQLiteSearchBackend(SQLiteSearchBackend):
    """Wagtail's SQLite full-text search, safe with any text a reader types."""

    query_compiler_class = QuoteSafeSearchQueryCompiler
    autocomplete_query_compiler_class = QuoteSafeAutocompleteQueryCompiler
