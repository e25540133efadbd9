"""The same searches on the embedded SQLite database of ``make run``.

The suite runs on PostgreSQL; as in tests/network_site/test_sqlite.py, a separate
process with the development settings builds the pages in a temporary SQLite
database and answers the searches as a visitor would.
"""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from . import examples

PROJECT = Path(__file__).resolve().parents[3]

VISITOR = r"""
import json, logging, sys
import django
django.setup()
from django.core.management import call_command
from django.test import Client

logging.disable(logging.CRITICAL)
call_command("migrate", verbosity=0)
from tests.factories import build_knowledge_tree, build_search_examples
build_search_examples(build_knowledge_tree())
call_command("update_index", verbosity=0)
client = Client(raise_request_exception=False)
answers = {}
for query in json.loads(sys.argv[1]):
    response = client.get("/en/search/", {"q": query}, HTTP_HOST="localhost")
    answers[query] = [response.status_code, response.content.decode()]
print(json.dumps(answers))
"""


@pytest.fixture(scope="module")
def sqlite_answers(tmp_path_factory):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "network_site.settings.dev",
        "VAR_DIR": str(tmp_path_factory.mktemp("sqlite-search")),
        "DATABASE_URL": "",
        "PYTHONPATH": str(PROJECT),
    }
    result = subprocess.run(
        [sys.executable, "-c", VISITOR, json.dumps(examples.QUERIES)],
        cwd=PROJECT, env=env, capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(result.stdout.strip().splitlines()[-1])


def _answer(sqlite_answers):
    def answer(query: str) -> list[str]:
        status, html = sqlite_answers[query]
        assert status == 200, query
        return examples.result_titles(html)

    return answer


def test_a_title_outweighs_words_repeated_in_a_text(sqlite_answers):
    examples.check_title_outweighs_repetition(_answer(sqlite_answers)("housing"))


def test_quoted_phrases_find_the_words_in_that_order(sqlite_answers):
    answer = _answer(sqlite_answers)
    examples.check_phrases(answer('"outreach at night"'), answer('"night outreach"'))


def test_or_finds_at_least_what_each_word_finds(sqlite_answers):
    answer = _answer(sqlite_answers)
    examples.check_or(answer("outreach"), answer("outreach OR caseloads"))


def test_hyphenated_words_match_their_joined_and_split_forms(sqlite_answers):
    answer = _answer(sqlite_answers)
    examples.check_hyphens(answer("rehousing families"), answer("re-housing"))
