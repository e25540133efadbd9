"""The one fallback rule: every page exists in every language, under the reader's prefix."""

from wagtail.models import PageViewRestriction

from network_site.core.countries import country_name
from practices.events.registrations.services import RegistrantDetails, registration_create
from practices.events.registrations.tokens import registration_token
from practices.models.navigation import MainMenuItem
from tests.factories import ensure_locales, make_event, make_event_index, translate_page
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


def _hrefs(element) -> dict[str, str]:
    """Text → address of each link in an element."""
    return {text(link): attributes(link)["href"] for link in find_all(element, "a")}


def test_the_menu_links_an_untranslated_section_under_the_readers_prefix(client, knowledge_tree):
    menu = knowledge_tree["menu"]
    MainMenuItem.objects.create(
        menu=menu, link_page=knowledge_tree["countries_index"], locale=menu.locale, sort_order=2
    )
    nav = find(parse(client.get("/fr/")), "nav", class_="site-nav")
    assert _hrefs(nav)["Countries"] == "/fr/countries/"
    assert attributes(find(nav, "a", href="/fr/countries/"))["lang"] == "en"


def test_breadcrumbs_of_an_untranslated_guide_stay_in_the_readers_language(client, knowledge_tree):
    crumbs = find(parse(client.get("/fr/guides/street-outreach/")), "nav", class_="breadcrumbs")
    assert _hrefs(crumbs) == {
        "Accueil": "/fr/",
        "Guides pratiques": "/fr/guides/",
        "Street outreach at night": "/fr/guides/street-outreach/",
    }
    assert attributes(find(crumbs, "bdi", lang="en"))["dir"] == "ltr"


def test_related_guides_and_tags_keep_the_readers_prefix(client, knowledge_tree):
    page = parse(client.get("/ar/guides/rapid-rehousing/"))
    related = find(page, "section", class_="related")
    assert _hrefs(related) == {"Family outreach in winter": "/ar/guides/winter-outreach/"}
    facts = find(page, "aside", class_="guide__facts")
    assert all(href.startswith("/ar/") for href in _hrefs(facts).values() if href[0] == "/")
    tags = [attributes(tag)["href"] for tag in find_all(page, "a", class_="tag")]
    assert tags and all(href.startswith("/ar/guides/") for href in tags), tags


def test_country_pages_and_their_guides_keep_the_readers_prefix(client, knowledge_tree):
    listing = find(parse(client.get("/fr/countries/")), "ul", class_="card-grid")
    assert _hrefs(listing) == {"Belgique": "/fr/countries/belgium/"}
    country = parse(client.get("/fr/countries/belgium/"))
    guides = find(country, "aside", class_="guide__facts")
    assert _hrefs(guides) == {
        "Rapid re-housing of families": "/fr/guides/rapid-rehousing/",
        "Street outreach at night": "/fr/guides/street-outreach/",
    }


def test_updates_listing_keeps_the_readers_prefix(client, knowledge_tree):
    knowledge_tree["update"].save_revision().publish()
    results = find(parse(client.get("/pl/updates/")), "ol", class_="search-results")
    assert _hrefs(results) == {"Network meets in Brussels": "/pl/updates/network-meets/"}
    assert attributes(find(results, "h2"))["lang"] == "en"


def test_an_untranslated_event_registers_the_reader_under_their_prefix(client, site_tree):
    event = make_event(make_event_index(site_tree["home"]), registration_mode="on-site")
    response = client.get(f"/fr/events/{event.slug}/")
    assert response.status_code == 200
    links = [href for href in _hrefs(find(parse(response), "main")).values() if href[0] == "/"]
    assert links and all(href.startswith("/fr/") for href in links), links


def test_fallback_content_in_a_right_to_left_page_is_marked_left_to_right(client, knowledge_tree):
    page = parse(client.get("/ar/guides/street-outreach/"))
    assert attributes(find(page, "html"))["dir"] == "rtl"
    main = attributes(find(page, "main"))
    assert (main["lang"], main["dir"]) == ("en", "ltr")


def test_a_country_name_inserted_into_a_sentence_is_isolated(client, knowledge_tree):
    heading = find(parse(client.get("/ar/countries/belgium/")), "h2", id="country-guides-heading")
    assert [text(name) for name in find_all(heading, "bdi")] == [country_name("BE", "ar")]


def test_event_cards_keep_the_readers_prefix(client, site_tree):
    event = make_event(make_event_index(site_tree["home"]), title="Winter forum")
    cards = find_all(parse(client.get("/ar/events/")), "h3", class_="event-card__title")
    assert {text(card): attributes(find(card, "a"))["href"] for card in cards} == {
        "Winter forum": f"/ar/events/{event.slug}/"
    }


def test_an_untranslated_guide_names_its_original_as_canonical(client, knowledge_tree):
    page = parse(client.get("/fr/guides/street-outreach/"))
    canonical = attributes(find(page, "link", rel="canonical"))["href"]
    assert canonical.endswith("/en/guides/street-outreach/")


def test_a_restricted_version_is_not_offered_in_place_of_a_readable_one(client, knowledge_tree):
    fr = ensure_locales("fr")["fr"]
    french = translate_page(knowledge_tree["guides"][0], fr, title="Relogement", slug="relogement")
    PageViewRestriction.objects.create(page=french, restriction_type=PageViewRestriction.LOGIN)
    response = client.get("/fr/guides/rapid-rehousing/")
    assert response.status_code == 200
    assert text(find(parse(response), "h1")) == "Rapid re-housing of families"


def _switcher(response) -> dict[str, str]:
    """Language code → address of each link of the language switcher."""
    switcher = find(parse(response), "nav", class_="language-switcher")
    return {
        attributes(link)["hreflang"]: attributes(link)["href"] for link in find_all(switcher, "a")
    }


def test_the_language_switcher_leads_to_the_page_in_every_language(client, knowledge_tree):
    links = _switcher(client.get("/en/guides/street-outreach/"))
    assert links["fr"] == "/fr/guides/street-outreach/"
    assert links["ar"] == "/ar/guides/street-outreach/"
    for code in ("fr", "de", "ar"):
        shown = client.get(links[code])
        assert shown.status_code == 200, code
        assert text(find(parse(shown), "h1")) == "Street outreach at night"
        # The reader stays where they are when they pick the language they are reading.
        assert _switcher(shown)[code] == links[code]


def test_the_switcher_keeps_the_filters_in_languages_without_a_translation(client, knowledge_tree):
    links = _switcher(client.get("/en/guides/?theme=outreach"))
    assert links["fr"] == "/fr/guides/?theme=outreach"
    assert links["de"] == "/de/guides/?theme=outreach"
    filtered = _cards(client.get(links["de"]))
    assert "Street outreach at night" in filtered
    assert "Rapid re-housing of families" not in filtered


def test_hreflang_alternates_name_only_real_translations(client, knowledge_tree):
    head = find(parse(client.get("/en/guides/street-outreach/")), "head")
    alternates = {
        attributes(link)["hreflang"]
        for link in find_all(head, "link", rel="alternate")
        if "hreflang" in attributes(link)
    }
    assert alternates == {"en", "x-default"}


def test_search_terms_inserted_into_a_sentence_are_isolated(client, knowledge_tree):
    summary = find(parse(client.get("/ar/search/?q=outreach")), "p", class_="search-summary")
    assert [text(term) for term in find_all(summary, "bdi")] == ["outreach"]


def test_an_english_event_inside_arabic_registration_pages_keeps_its_direction(client, site_tree):
    event = make_event(
        make_event_index(site_tree["home"]), title="Winter forum", registration_mode="on-site"
    )
    form = parse(client.get(f"/ar/events/{event.slug}/register/"))
    assert [text(title) for title in find_all(find(form, "h1"), "bdi")] == ["Winter forum"]
    registration = registration_create(
        event=event, details=RegistrantDetails(name="Salma", email="s@example.org"), language="ar"
    )
    for address in ("", "cancel/"):
        page = parse(client.get(f"/ar/registrations/{registration_token(registration)}/{address}"))
        (title,) = [link for link in find_all(page, "a") if text(link) == "Winter forum"]
        assert (attributes(title)["lang"], attributes(title)["dir"]) == ("en", "ltr"), address
