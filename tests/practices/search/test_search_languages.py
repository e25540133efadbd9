"""Search understands the reader's language: a plural query finds the singular."""

import pytest

from django.db import transaction

from practices.models import GuidePage
from practices.search.backend_postgres import config_for_language
from tests.factories import ensure_locales, translate_page
from tests.html import texts

CASES = {
    # language: (word in the guide, plural query)
    "en": ("A support worker visits each family.", "families"),
    "fr": ("Un référent accompagne chaque famille.", "familles"),
    "de": ("Eine Fachkraft begleitet jede Familie.", "Familien"),
    "es": ("Un trabajador acompaña a cada familia.", "familias"),
}


@pytest.fixture
def guides_in_four_languages(knowledge_tree):
    locales = ensure_locales(*CASES)
    index = knowledge_tree["guides_index"]
    created = {}
    for language, (sentence, _query) in CASES.items():
        home = knowledge_tree["home"].get_translation_or_none(locales[language])
        if home is None:
            with transaction.atomic():
                home = translate_page(
                    knowledge_tree["home"], locales[language], slug=f"home-{language}"
                )
        parent = index.get_translation_or_none(locales[language])
        if parent is None:
            with transaction.atomic():
                parent = translate_page(index, locales[language], slug=f"guides-{language}")
        guide = GuidePage(
            title=f"Household support ({language})",
            slug=f"household-support-{language}",
            summary=sentence,
            organisation_name="Agency",
            body=[("paragraph", f"<p>{sentence}</p>")],
            locale=locales[language],
        )
        parent.add_child(instance=guide)
        guide.save_revision().publish()
        created[language] = guide
    return created


@pytest.mark.parametrize("language", list(CASES))
def test_a_plural_query_finds_the_singular(client, guides_in_four_languages, language):
    _sentence, query = CASES[language]
    page = client.get(f"/{language}/search/?q={query}")
    found = texts(page, "h2", class_="search-results__title")
    assert f"Household support ({language})" in found
    # Each guide is an original of its own language, so every reader is shown all four;
    # the one in the reader's language comes first.
    household = [title for title in found if title.startswith("Household support")]
    assert household[0] == f"Household support ({language})"


def test_languages_without_a_stemmer_use_the_simple_configuration():
    assert config_for_language("pl") == "simple"
    assert config_for_language("fr") == "french"
    assert config_for_language("pt-br") == "portuguese"
