"""Language negotiation at /, the switcher, the remembered choice and hreflang alternates."""

import pytest

from django.conf import settings
from django.utils.translation import trans_real

from tests.html import attributes, find, find_all, parse, text


def _alternates(response) -> dict[str, str]:
    head = find(response, "head")
    return {
        attributes(link)["hreflang"]: attributes(link)["href"]
        for link in find_all(head, "link", rel="alternate", hreflang=True)
    }


def _switcher(response) -> dict[str, dict]:
    """The language switcher's links by language: their attributes."""
    switcher = find(response, "nav", class_="language-switcher")
    return {
        attributes(link)["hreflang"]: attributes(link)
        for link in find_all(switcher, "a", hreflang=True)
    }


@pytest.mark.parametrize(
    ("accept_language", "expected"),
    [
        ("fr-BE,fr;q=0.9,en;q=0.5", "/fr/"),
        ("de-AT,de;q=0.9", "/de/"),
        ("pt-PT,es;q=0.8", "/pt/"),
        ("ja-JP,zh;q=0.8", "/en/"),  # nothing matches: the default language
        ("", "/en/"),
    ],
)
def test_root_redirects_to_the_best_language_from_the_browser(
    client, site_tree, accept_language, expected
):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=accept_language)
    assert response.status_code == 302
    assert response["Location"] == expected
    assert "Accept-Language" in response["Vary"]


def test_root_prefers_the_language_the_reader_chose_before(client, site_tree):
    client.get("/de/")  # the reader followed the switcher to German
    assert client.cookies[settings.LANGUAGE_COOKIE_NAME].value == "de"
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="fr")
    assert response["Location"] == "/de/"


def test_a_missing_page_does_not_change_the_remembered_language(client, site_tree):
    client.get("/fr/")
    client.get("/de/no-such-page/")
    assert client.cookies[settings.LANGUAGE_COOKIE_NAME].value == "fr"


@pytest.mark.parametrize(
    ("path", "lang", "title"),
    [("/en/", "en", "Home"), ("/fr/", "fr", "Accueil"), ("/de/", "de", "Startseite")],
)
def test_home_page_renders_in_each_language(client, site_tree, path, lang, title):
    response = client.get(path)
    assert response.status_code == 200
    page = parse(response)
    html = attributes(find(page, "html"))
    assert (html["lang"], html["dir"]) == (lang, "ltr")
    assert text(find(page, "title")).startswith(f"{title} ·")


def test_switcher_links_to_the_translation_or_else_the_page_under_that_prefix(client, site_tree):
    switcher = _switcher(client.get("/en/about-us/"))
    assert switcher["fr"]["href"] == "/fr/a-propos/"
    # No German translation of this page: the English page, under the German prefix.
    assert switcher["de"]["href"] == "/de/about-us/"
    assert switcher["en"]["href"] == "/en/about-us/"
    assert [code for code, link in switcher.items() if "aria-current" in link] == ["en"]
    assert switcher["en"]["aria-current"] == "true"


def test_hreflang_alternates_list_existing_translations_and_x_default(client, site_tree):
    assert _alternates(client.get("/fr/a-propos/")) == {
        "en": "http://testserver/en/about-us/",
        "fr": "http://testserver/fr/a-propos/",
        "x-default": "http://testserver/en/about-us/",
    }


def test_home_alternates_cover_every_language(client, site_tree):
    alternates = _alternates(client.get("/de/"))
    assert set(alternates) == {"en", "fr", "de", "x-default"}


def test_switcher_on_a_django_view_keeps_the_query(client, site_tree):
    switcher = _switcher(client.get("/en/search/?q=network"))
    assert switcher["de"]["href"] == "/de/search/?q=network"
    assert switcher["ar"]["href"] == "/ar/search/?q=network"
    assert switcher["en"]["href"] == "/en/search/?q=network"
    assert [code for code, link in switcher.items() if "aria-current" in link] == ["en"]


def test_switcher_on_a_django_view_loads_no_other_language(client, site_tree, monkeypatch):
    """A process keeps every language it activates, with all of its interface catalogues
    (about 1 MB each): linking to 26 languages must not activate them."""
    loaded = []
    load = trans_real.translation
    monkeypatch.setattr(trans_real, "translation", lambda code: loaded.append(code) or load(code))
    client.get("/en/search/?q=network")
    assert set(loaded) == {"en"}


def test_interface_strings_are_translated(client, site_tree):
    for path, skip_link, members in [
        ("/de/", "Zum Hauptinhalt springen", "Mitgliederbereich"),
        ("/fr/", "Aller au contenu principal", "Espace membres"),
    ]:
        page = parse(client.get(path))
        assert text(find(page, "a", class_="skip-link")) == skip_link
        assert text(find(page, "a", class_="member-link")) == members
