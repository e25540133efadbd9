"""Vocabularies read the same on cards, tags, sidebars and facets, in the reader's language."""

from tests.factories import ensure_locales
from tests.html import find, find_all, parse, text


def _translate_term(term, language: str, name: str):
    translation = term.copy_for_translation(ensure_locales(language)[language])
    translation.name = name
    translation.save()
    return translation


def test_a_translated_theme_reads_the_same_in_facets_and_on_the_guide(client, knowledge_tree):
    _translate_term(knowledge_tree["themes"]["outreach"], "fr", "Maraude")
    listing = parse(client.get("/fr/guides/"))
    labels = [text(label) for label in find_all(find(listing, "form", id="guide-filters"), "label")]
    assert any(label.startswith("Maraude (") for label in labels), labels
    guide = parse(client.get("/fr/guides/street-outreach/"))
    tags = [text(tag) for tag in find_all(find(guide, "aside"), "a", class_="tag")]
    assert "Maraude" in tags and "Outreach" not in tags


def test_evidence_levels_and_countries_read_the_same_on_cards_and_in_facets(client, knowledge_tree):
    listing = parse(client.get("/pl/guides/?country=BE"))
    form = " ".join(
        text(label) for label in find_all(find(listing, "form", id="guide-filters"), "label")
    )
    cards = find_all(listing, "article", class_="card")
    for card in cards:
        for tag in find_all(card, "span", class_="tag"):
            assert text(tag) in form
        for country in find_all(card, "span", class_="card__country"):
            assert text(country) in form
    assert "Belgia" in form and "Belgium" not in form
