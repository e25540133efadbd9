"""The embedded SQLite database of ``make run``: what differs from PostgreSQL still works.

The suite runs on PostgreSQL; these tests build a small site in a temporary SQLite
database (a separate process with the development settings) and read it as a
visitor would.
"""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.html import texts

PROJECT = Path(__file__).resolve().parents[2]

VISITOR = r"""
import json, logging, sys
import django
django.setup()
from django.core.management import call_command
from django.test import Client
from django.test.utils import override_settings

logging.disable(logging.CRITICAL)
call_command("migrate", verbosity=0)
from tests.factories import build_knowledge_tree
build_knowledge_tree()
call_command("update_index", verbosity=0)
client = Client(raise_request_exception=False)
answers = {}
for path, query in json.loads(sys.argv[1]):
    response = client.get(path, {"q": query}, HTTP_HOST="localhost")
    answers[f"{path}?q={query}"] = [response.status_code, response.content.decode()]
print(json.dumps(answers))
"""

QUERIES = [
    ("/en/search/", '"'),
    ("/en/search/", 'street "outreach'),
    ("/en/search/", '"outreach"'),
    ("/en/guides/", '"'),
    ("/en/guides/", 'winter "outreach"'),
]


@pytest.fixture(scope="module")
def sqlite_answers(tmp_path_factory):
    var = tmp_path_factory.mktemp("sqlite-var")
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "network_site.settings.dev",
        "VAR_DIR": str(var),
        "DATABASE_URL": "",
        "PYTHONPATH": str(PROJECT),
    }
    result = subprocess.run(
        [sys.executable, "-c", VISITOR, json.dumps(QUERIES)],
        cwd=PROJECT, env=env, capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(result.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize(("path", "query"), QUERIES)
def test_a_double_quote_in_a_search_answers_with_a_page(sqlite_answers, path, query):
    status, _html = sqlite_answers[f"{path}?q={query}"]
    assert status == 200


def test_quoted_words_still_find_what_they_name(sqlite_answers):
    _status, html = sqlite_answers['/en/search/?q=street "outreach']
    assert "Street outreach at night" in texts(html, "h2", class_="search-results__title")
    _status, html = sqlite_answers['/en/guides/?q=winter "outreach"']
    assert texts(html, "h3", class_="card__title") == ["Family outreach in winter"]
