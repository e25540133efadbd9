"""The one fallback rule: every page exists in every language, under the reader's prefix."""

from tests.factories import ensure_locales, translate_page
from tests.html import attributes, find, find_all, parse, text


def _cards(response) -> dict[str, dict]:
    """Title → attributes of its heading and the link's address, of each guide card."""
    cards = {}
    for heading in find_all(parse(response), "h3", class_="card__title"):
        link = find(heading, "a")
        cards[text(heading)] = {**attributes(heading), "href": attributes(link)["href"]}
    return cards


def test_a_french_reader_sees_every_guide_once_untranslated_ones_marked(client, knowledge_tree):
    cards = _cards(client.get("/fr/guides/"))
    assert sorted(cards) == [
        "Family outreach in winter",
        "Maraude de nuit",
        "Rapid re-housing of families",
        "Street outreach at night",
    ]
    assert "lang" not in cards["Maraude de nuit"]
    assert cards["Street outreach at night"]["lang"] == "en"
    assert cards["Street outreach at night"]["dir"] == "ltr"


def test_an_english_reader_also_sees_a_guide_written_only_in_french(client, knowledge_tree):
    cards = _cards(client.get("/en/guides/"))
    assert len(cards) == 4
    assert cards["Maraude de nuit"]["lang"] == "fr"


def test_a_translated_guide_is_listed_once_in_the_readers_language(client, knowledge_tree):
    fr = ensure_locales("fr")["fr"]
    translate_page(
        knowledge_tree["guides"][0], fr, title="Relogement des familles", slug="relogement"
    )
    french = _cards(client.get("/fr/guides/"))
    assert "Relogement des familles" in french
    assert "Rapid re-housing of families" not in french
    assert "Relogement des familles" not in _cards(client.get("/en/guides/"))


def test_cards_keep_the_readers_prefix_and_lead_to_the_guide(client, knowledge_tree):
    for language in ("es", "ar", "fr"):
        cards = _cards(client.get(f"/{language}/guides/"))
        for title, card in cards.items():
            assert card["href"].startswith(f"/{language}/"), (language, title, card["href"])
            response = client.get(card["href"])
            assert response.status_code == 200
            assert text(find(parse(response), "h1")) == title


def test_an_untranslated_guide_lives_below_the_readers_own_index(client, knowledge_tree):
    index_fr = knowledge_tree["guides_index_fr"]
    index_fr.slug = "bonnes-pratiques"
    index_fr.save_revision().publish()
    cards = _cards(client.get("/fr/bonnes-pratiques/"))
    assert cards["Street outreach at night"]["href"] == "/fr/bonnes-pratiques/street-outreach/"
    page = parse(client.get("/fr/bonnes-pratiques/street-outreach/"))
    assert text(find(page, "h1")) == "Street outreach at night"
    assert attributes(find(page, "main"))["lang"] == "en"


def test_a_guide_reached_in_another_language_leads_to_the_readers_version(client, knowledge_tree):
    fr = ensure_locales("fr")["fr"]
    translate_page(
        knowledge_tree["guides"][0], fr, title="Relogement des familles", slug="relogement"
    )
    response = client.get("/fr/guides/rapid-rehousing/?from=menu")
    assert response.status_code == 302
    assert response["Location"] == "/fr/guides/relogement/?from=menu"
    # An English reader still reads the English original there.
    assert client.get("/en/guides/rapid-rehousing/").status_code == 200
