"""Wagtail's SQLite full-text search (``make run``), safe with any text a reader types.

Imported only when the database is SQLite: Wagtail's SQLite backend module defines
models of SQLite's full-text index, which exist on no other database.
"""

from modelsearch.backends.database.sqlite.query import BM25
from modelsearch.backends.database.sqlite.sqlite import (
    SQLiteAutocompleteQueryCompiler,
    SQLiteFTSIndexEntry,
    SQLiteSearchBackend,
    SQLiteSearchQueryCompiler,
)
from modelsearch.query import PlainText

# How much more a word found in a title counts than one found in the text: enough
# that on the demo content every page with "housing" in its title comes before the
# country pages whose long text repeats it (10 left two of them above "Housing
# First for mobile EU citizens ..."). The full-text table's columns are
# (autocomplete, body, title).
TITLE_WEIGHT = 100.0


class QuoteSafeQueryMixin:
    """Wagtail's SQLite backend puts each word in FTS5 double quotes without escaping
    one inside it, so a reader's ``"`` made the search fail; FTS5 escapes it by doubling."""

    def build_search_query_content(self, query, config=None):
        if isinstance(query, PlainText) and '"' in query.query_string:
            query = PlainText(
                query.query_string.replace('"', '""'), operator=query.operator, boost=query.boost
            )
        return super().build_search_query_content(query, config=config)


class TitleWeightedBM25(BM25):
    """SQLite's BM25 rank with a word in the title worth ``TITLE_WEIGHT`` in the text.

    Wagtail's expression gives every column the same weight and multiplies the whole
    rank by a factor that grows as the title gets shorter, so "Austria", whose text
    mentions housing five times, outranked "Housing First …" for "housing".
    """

    def as_sql(self, compiler, connection, function=None, template=None):
        table = SQLiteFTSIndexEntry._meta.db_table
        return f"bm25({table}, 0.0, 1.0, {TITLE_WEIGHT})", []


class QuoteSafeSearchQueryCompiler(QuoteSafeQueryMixin, SQLiteSearchQueryCompiler):
    """Safe with quotes, and ranking by one title-weighted BM25 (lower is better in
    SQLite); Wagtail's sums and products of ranks per word reversed the order of
    multi-word searches, since SQLite's ranks are negative."""

    def _build_rank_expression(self, vectors, config):
        return TitleWeightedBM25()


class QuoteSafeAutocompleteQueryCompiler(QuoteSafeQueryMixin, SQLiteAutocompleteQueryCompiler):
    pass


class QuoteSafeSQLiteSearchBackend(SQLiteSearchBackend):
    """Wagtail's SQLite full-text search, safe with any text a reader types."""

    query_compiler_class = QuoteSafeSearchQueryCompiler
    autocomplete_query_compiler_class = QuoteSafeAutocompleteQueryCompiler
