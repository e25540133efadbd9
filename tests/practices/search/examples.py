"""Searches that must find the obvious, checked on PostgreSQL and on SQLite alike.

Each case: the query, and what its results must show (the titles in the order of the
results page). The data is the knowledge tree plus ``build_search_examples``.
"""

from tests.html import texts

HOUSING_FIRST = "Housing First for people sleeping rough"
REHOUSING = "Rapid re-housing of families"
STREET = "Street outreach at night"

QUERIES = [
    "housing",
    '"outreach at night"',
    '"night outreach"',
    "outreach",
    "outreach OR caseloads",
    "rehousing families",
    "re-housing",
]


def result_titles(html) -> list[str]:
    """The titles of the search results listed, in order."""
    return texts(html, "h2", class_="search-results__title")


def check_title_outweighs_repetition(titles: list[str]) -> None:
    # Country pages whose text merely repeats the word come after the titles that hold it.
    assert set(titles[-2:]) == {"Austria", "Germany"}, titles
    assert HOUSING_FIRST in titles[:-2]


def check_phrases(with_phrase: list[str], reversed_phrase: list[str]) -> None:
    assert with_phrase == [STREET]
    assert reversed_phrase == []


def check_or(one_word: list[str], either: list[str]) -> None:
    assert one_word and set(one_word) <= set(either)
    assert REHOUSING in either


def check_hyphens(joined: list[str], hyphenated: list[str]) -> None:
    assert REHOUSING in joined
    assert REHOUSING in hyphenated
