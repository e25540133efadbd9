"""A filter's "All" agrees with what it filters: French "Tous" pays, "Toutes" langues."""

import pytest

from django.template.loader import render_to_string
from django.utils import translation

from tests.html import find_all, text


def _all_option(name: str, language: str) -> str:
    with translation.override(language):
        rendered = render_to_string(
            "practices/includes/select_filter.html",
            {"name": name, "label": name, "choices": [("x", "x")], "current": ""},
        )
    return text(find_all(rendered, "option", value="")[0])


@pytest.mark.parametrize(
    ("language", "name", "label"),
    [
        ("fr", "country", "Tous"),
        ("fr", "language", "Toutes"),
        ("es", "country", "Todos"),
        ("cs", "theme", "Všechna"),
        ("cs", "country", "Všechny"),
        ("hr", "language", "Svi"),
        ("hr", "country", "Sve"),
    ],
)
def test_the_all_choice_agrees_with_the_noun_of_its_filter(language, name, label):
    assert _all_option(name, language) == label
