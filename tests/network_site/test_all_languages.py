"""Every configured language serves the site: homes, switcher, fallback and notices."""

import pytest

from django.conf import settings
from django.db import transaction

from wagtail_localize.models import Translation, TranslationSource

from tests.factories import ensure_locales
from tests.html import attributes, find, find_all, parse, text

CODES = [code for code, _name in settings.LANGUAGES]


def test_there_are_26_languages_with_arabic_right_to_left():
    assert len(CODES) == 26
    assert {"en", "fr", "de", "pl", "ro", "ga", "mt", "uk", "ar"} <= set(CODES)


@pytest.mark.parametrize("code", CODES)
def test_every_languages_home_answers_with_its_lang_and_direction(client, site_tree, code):
    response = client.get(f"/{code}/")
    assert response.status_code == 200
    direction = "rtl" if code == "ar" else "ltr"
    html = attributes(find(response, "html"))
    assert (html["lang"], html["dir"]) == (code, direction)


def test_switcher_offers_every_language(client, site_tree):
    switcher = find(client.get("/en/about-us/"), "nav", class_="language-switcher")
    links = {
        attributes(link)["hreflang"]: attributes(link)["href"]
        for link in find_all(switcher, "a", hreflang=True)
    }
    assert sorted(links) == sorted(CODES)
    assert links["fr"] == "/fr/a-propos/"  # translated: the same page
    # Not translated: the page itself under that language's prefix (the fallback rule).
    assert links["pl"] == "/pl/about-us/"
    assert client.get(links["pl"]).status_code == 200


def test_an_untranslated_page_is_served_in_its_original_language_with_a_notice(client, site_tree):
    page = parse(client.get("/de/about-us/"))
    assert attributes(find(page, "html"))["lang"] == "de"
    main = find(page, "main", id="main")
    assert attributes(main)["lang"] == "en"  # the content, in its own language
    assert "About us" in text(find(main, "h1"))
    # The notice speaks the reader's language, inside the English content.
    notice = find(main, class_="language-notice", role="note")
    assert attributes(notice)["lang"] == "de"


def test_an_outdated_translation_says_so_with_a_link_to_the_original(client, site_tree):
    about = site_tree["about"]
    locales = ensure_locales("pl")
    with transaction.atomic():
        source, _created = TranslationSource.get_or_create_from_instance(about)
        translation = Translation.objects.create(
            source=source, target_locale=locales["pl"], enabled=True
        )
        translation.save_target(publish=True)
    polish = about.get_translation(locales["pl"])
    polish.save_revision().publish()
    up_to_date = client.get(f"/pl/{polish.slug}/")
    assert up_to_date.status_code == 200
    assert find_all(up_to_date, class_="language-notice") == []
    about.title = "About the network"
    about.save_revision().publish()  # the original changes after the translation
    notice = find(client.get(f"/pl/{polish.slug}/"), class_="language-notice")
    assert "To tłumaczenie może być nieaktualne" in text(notice)  # "may be out of date"
    assert find_all(notice, "a", href="/en/about-us/")
