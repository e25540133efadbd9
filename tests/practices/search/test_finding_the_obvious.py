"""Search finds the obvious on PostgreSQL: titles weigh most, phrases, OR, hyphenated
words; readers of every language search the pages they are shown; suggestions work."""

import pytest

from tests.factories import build_search_examples, ensure_locales
from tests.html import find, find_all, links, parse, text

from . import examples


@pytest.fixture
def search_examples(knowledge_tree):
    return build_search_examples(knowledge_tree)


def _titles(client, query: str, language: str = "en") -> list[str]:
    response = client.get(f"/{language}/search/", {"q": query})
    assert response.status_code == 200
    return examples.result_titles(response)


def test_a_title_outweighs_words_repeated_in_a_text(client, search_examples):
    examples.check_title_outweighs_repetition(_titles(client, "housing"))


def test_quoted_phrases_find_the_words_in_that_order(client, search_examples):
    examples.check_phrases(
        _titles(client, '"outreach at night"'), _titles(client, '"night outreach"')
    )


def test_or_finds_at_least_what_each_word_finds(client, search_examples):
    examples.check_or(_titles(client, "outreach"), _titles(client, "outreach OR caseloads"))


def test_hyphenated_words_match_their_joined_and_split_forms(client, search_examples):
    examples.check_hyphens(_titles(client, "rehousing families"), _titles(client, "re-housing"))


def test_a_french_reader_finds_the_pages_shown_in_french(client, search_examples):
    page = parse(client.get("/fr/search/", {"q": "Housing First"}))
    assert examples.result_titles(page)[0] == examples.HOUSING_FIRST
    result = find(page, "ol", class_="search-results")
    assert "/fr/guides/housing-first/" in links(result)
    assert all(link.startswith("/fr/") for link in links(result))


def test_a_reader_without_a_single_translation_searches_the_originals(client, knowledge_tree):
    ensure_locales("ar")
    page = parse(client.get("/ar/search/", {"q": "caseloads"}))
    assert examples.result_titles(page) == [examples.REHOUSING]
    assert links(find(page, "ol", class_="search-results")) == ["/ar/guides/rapid-rehousing/"]


@pytest.mark.parametrize("language", ["en", "fr", "de"])
def test_every_suggested_search_finds_something(client, search_examples, language):
    page = parse(client.get(f"/{language}/search/"))
    suggestions = find_all(find(page, class_="search-suggestions"), "a")
    assert suggestions
    for suggestion in suggestions:
        response = client.get(f"/{language}/search/{suggestion.attributes['href']}")
        assert examples.result_titles(response), text(suggestion)


def test_no_way_out_is_offered_when_it_leads_nowhere(client, knowledge_tree):
    page = parse(client.get("/en/search/", {"q": "zzzqqq", "type": "guide"}))
    assert examples.result_titles(page) == []
    assert "Search everything instead of one kind of page." not in text(page)
