"""Site search: body text, the reader's language only, types, promotions, engine fallback."""

import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest

from django.test import override_settings

from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from practices.search.views import highlight

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


def test_search_finds_guides_by_their_body_text(client, knowledge_tree):
    html = client.get("/en/search/?q=caseloads").content.decode()
    assert "Rapid re-housing of families" in html
    assert "1 result for" in html


def test_search_stays_in_the_readers_language(client, knowledge_tree):
    english = client.get("/en/search/?q=outreach").content.decode()
    assert "Maraude de nuit" not in english
    french = client.get("/fr/search/?q=maraude").content.decode()
    assert "Maraude de nuit" in french
    assert "Street outreach at night" not in french


def test_search_filters_by_type(client, knowledge_tree):
    html = client.get("/en/search/?q=brussels&type=update").content.decode()
    assert "Network meets in Brussels" in html
    html = client.get("/en/search/?q=brussels&type=guide").content.decode()
    assert "Network meets in Brussels" not in html
    assert "Search everything instead of one kind of page." in html


def test_search_without_results_helps_the_reader(client, knowledge_tree):
    html = client.get("/en/search/?q=zzzqqq").content.decode()
    assert "0 results for" in html
    assert "Check the spelling" in html


def test_editors_promotions_come_first(client, knowledge_tree):
    query = Query.get("winter")
    SearchPromotion.objects.create(query=query, page=knowledge_tree["belgium"], sort_order=0)
    html = client.get("/en/search/?q=winter").content.decode()
    assert html.index("Recommended") < html.index("Belgium") < html.index("search-summary")


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
    assert "Rapid re-housing of families" in response.content.decode()
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
        cwd=Path(__file__).resolve().parents[2],
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
    from network_site.settings.search import language_backends

    backends = language_backends("http://es:9200", "site", 5, ["fr", "pl", "de"])
    assert set(backends) == {"elasticsearch-fr", "elasticsearch-de"}
    french = backends["elasticsearch-fr"]
    assert french["INDEX"] == "site-fr"
    assert french["INDEX_SETTINGS"]["settings"]["analysis"]["analyzer"]["default"] == {
        "type": "french"
    }


def test_each_language_searches_its_own_backend(settings):
    from practices.search.query import backend_alias_for_language

    settings.WAGTAILSEARCH_BACKENDS = {**UNREACHABLE_ELASTICSEARCH, "elasticsearch-fr": {}}
    assert backend_alias_for_language("fr") == "elasticsearch-fr"
    assert backend_alias_for_language("pl") == "default"


def test_a_language_index_keeps_only_its_languages_objects(knowledge_tree):
    from practices.search.backend_elasticsearch import belongs_to_language

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
    html = client.get("/en/search/?q=caseloads").content.decode()
    assert "Rapid re-housing of families" in html
