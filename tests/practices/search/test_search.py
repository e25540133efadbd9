"""Site search: body text, the reader's language only, types, promotions, engine fallback."""

import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest

from django.test import override_settings

from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from network_site.settings.search import language_backends
from practices.search.backend_elasticsearch import belongs_to_language
from practices.search.query import backend_alias_for_language
from practices.search.views import highlight
from tests.html import find, find_all, links, parse, text, texts

UNREACHABLE_ELASTICSEARCH = {
    "elasticsearch-en": {
        "BACKEND": "practices.search.backend_elasticsearch",
        "URLS": ["http://127.0.0.1:9"],
        "INDEX": "network-site-test-en",
        "TIMEOUT": 1,
        "LANGUAGE": "en",
        "OPTIONS": {"max_retries": 0},
    },
    "default": {
        "BACKEND": "wagtail.search.backends.elasticsearch9",
        "URLS": ["http://127.0.0.1:9"],  # nothing listens on the discard port
        "INDEX": "network-site-test",
        "TIMEOUT": 1,
        "OPTIONS": {"max_retries": 0},
    },
    "database": {"BACKEND": "practices.search.backend_postgres"},
}


def result_titles(page) -> list[str]:
    """The titles of the search results listed, in order."""
    return texts(page, "h2", class_="search-results__title")


def test_search_finds_guides_by_their_body_text(client, knowledge_tree):
    page = parse(client.get("/en/search/?q=caseloads"))
    assert result_titles(page) == ["Rapid re-housing of families"]
    assert text(find(page, class_="search-summary")) == "1 result for “caseloads”"


def test_search_follows_the_fallback_rule(client, knowledge_tree):
    english = result_titles(client.get("/en/search/?q=outreach"))
    assert "Street outreach at night" in english
    assert "Maraude de nuit" not in english
    assert result_titles(client.get("/fr/search/?q=maraude")) == ["Maraude de nuit"]
    # A guide with no French version is found by French readers, at a French address,
    # marked as English.
    french = parse(client.get("/fr/search/?q=station"))
    assert result_titles(french) == ["Street outreach at night"]
    title = find(french, "h2", class_="search-results__title")
    assert (title.attributes["lang"], title.attributes["dir"]) == ("en", "ltr")
    assert links(title) == ["/fr/guides/street-outreach/"]
    # The French original has no English version: English readers find it in French,
    # under their own prefix (the one fallback rule).
    english = parse(client.get("/en/search/?q=maraude"))
    assert links(find(english, "h2", lang="fr")) == ["/en/guides/maraude/"]
    assert client.get("/en/guides/maraude/").status_code == 200


def test_search_filters_by_type(client, knowledge_tree):
    updates = client.get("/en/search/?q=brussels&type=update")
    assert result_titles(updates) == ["Network meets in Brussels"]
    guides = parse(client.get("/en/search/?q=brussels&type=guide"))
    assert result_titles(guides) == []
    way_out = find(guides, "a", href="?q=brussels")
    assert text(way_out) == "Search everything instead of one kind of page."


def test_search_without_results_helps_the_reader(client, knowledge_tree):
    page = parse(client.get("/en/search/?q=zzzqqq"))
    assert result_titles(page) == []
    assert text(find(page, class_="search-summary")) == "0 results for “zzzqqq”"
    assert "Check the spelling" in text(find(page, class_="alert"))


def test_editors_promotions_come_first(client, knowledge_tree):
    query = Query.get("winter")
    SearchPromotion.objects.create(query=query, page=knowledge_tree["belgium"], sort_order=0)
    page = parse(client.get("/en/search/?q=winter"))
    promotions = find(page, "section", class_="promotions")
    assert text(find(promotions, "h2")) == "Recommended"
    assert links(promotions) == ["/en/countries/belgium/"]
    # Above the results (every element, in the order of the page).
    in_order = find_all(page)
    assert in_order.index(promotions) < in_order.index(find(page, "p", class_="search-summary"))


def test_highlight_marks_words_and_escapes_markup():
    assert str(highlight("Rent <b>debt</b> early", "debt")) == (
        "Rent &lt;b&gt;<mark>debt</mark>&lt;/b&gt; early"
    )
    assert str(highlight("Nothing here", "")) == "Nothing here"


def test_search_falls_back_to_the_database_when_the_engine_is_down(client, knowledge_tree, caplog):
    with (
        override_settings(WAGTAILSEARCH_BACKENDS=UNREACHABLE_ELASTICSEARCH),
        caplog.at_level(logging.WARNING, logger="practices.search.query"),
    ):
        response = client.get("/en/search/?q=caseloads")
    assert response.status_code == 200
    assert result_titles(response) == ["Rapid re-housing of families"]
    assert "Search engine unreachable" in caplog.text


def _backends_with(env: dict) -> str:
    code = (
        "import os; os.environ.setdefault('DJANGO_SETTINGS_MODULE','network_site.settings.base');"
        "from network_site.settings import base; print(sorted("
        "(k, v['BACKEND']) for k, v in base.WAGTAILSEARCH_BACKENDS.items()))"
    )
    clean = {k: v for k, v in os.environ.items() if k != "ELASTICSEARCH_URL"}
    return subprocess.run(
        [sys.executable, "-c", code],
        cwd=Path(__file__).resolve().parents[3],
        env={**clean, **env},
        capture_output=True,
        text=True,
        check=True,
    ).stdout


def test_database_backend_unless_elasticsearch_is_configured():
    assert "elasticsearch" not in _backends_with({})
    configured = _backends_with({"ELASTICSEARCH_URL": "http://search.internal:9200"})
    assert "('default', 'wagtail.search.backends.elasticsearch9')" in configured
    assert "('database', 'practices.search.backend_postgres')" in configured
    # One index per language Elasticsearch can analyse; none for Polish or Maltese.
    assert "('elasticsearch-fr', 'practices.search.backend_elasticsearch')" in configured
    assert "elasticsearch-de" in configured and "elasticsearch-ar" in configured
    assert "elasticsearch-pl" not in configured and "elasticsearch-mt" not in configured


def test_language_backends_use_their_languages_analyser():
    backends = language_backends("http://es:9200", "site", 5, ["fr", "pl", "de"])
    assert set(backends) == {"elasticsearch-fr", "elasticsearch-de"}
    french = backends["elasticsearch-fr"]
    assert french["INDEX"] == "site-fr"
    assert french["INDEX_SETTINGS"]["settings"]["analysis"]["analyzer"]["default"] == {
        "type": "french"
    }


def test_each_language_searches_its_own_backend(settings):
    settings.WAGTAILSEARCH_BACKENDS = {**UNREACHABLE_ELASTICSEARCH, "elasticsearch-fr": {}}
    assert backend_alias_for_language("fr") == "elasticsearch-fr"
    assert backend_alias_for_language("pl") == "default"


def test_a_language_index_keeps_only_its_languages_objects(knowledge_tree):
    assert belongs_to_language(knowledge_tree["guide_fr"], "fr")
    assert not belongs_to_language(knowledge_tree["guides"][0], "fr")
    assert not belongs_to_language(object(), "fr")


@pytest.mark.skipif(
    not os.environ.get("ELASTICSEARCH_URL"),
    reason="ELASTICSEARCH_URL is not set: no Elasticsearch server to test against",
)
def test_elasticsearch_finds_guides(client, knowledge_tree, settings):
    from django.core.management import call_command

    settings.WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": "wagtail.search.backends.elasticsearch9",
            "URLS": [os.environ["ELASTICSEARCH_URL"]],
            "INDEX": "network-site-test",
        }
    }
    call_command("update_index", stdout=open(os.devnull, "w"))  # noqa: SIM115
    assert result_titles(client.get("/en/search/?q=caseloads")) == ["Rapid re-housing of families"]
