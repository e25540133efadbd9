"""Every configured language serves the site: homes, switcher, fallback and notices."""

import re

import pytest

from django.conf import settings
from django.db import transaction

from wagtail_localize.models import Translation, TranslationSource

from tests.factories import ensure_locales

CODES = [code for code, _name in settings.LANGUAGES]


def test_there_are_26_languages_with_arabic_right_to_left():
    assert len(CODES) == 26
    assert {"en", "fr", "de", "pl", "ro", "ga", "mt", "uk", "ar"} <= set(CODES)


@pytest.mark.parametrize("code", CODES)
def test_every_languages_home_answers_with_its_lang_and_direction(client, site_tree, code):
    response = client.get(f"/{code}/")
    assert response.status_code == 200
    direction = "rtl" if code == "ar" else "ltr"
    assert f'<html lang="{code}" dir="{direction}">' in response.content.decode()


def test_switcher_offers_every_language(client, site_tree):
    html = client.get("/en/about-us/").content.decode()
    switcher = html[html.index('class="language-switcher"') :]
    links = dict(re.findall(r'href="([^"]+)" hreflang="([a-z]{2})"', switcher))
    assert sorted(links.values()) == sorted(CODES)
    assert links["/fr/a-propos/"] == "fr"  # translated: the same page
    assert links["/pl/"] == "pl"  # not translated: that language's home


def test_an_untranslated_page_is_served_in_its_original_language_with_a_notice(client, site_tree):
    html = client.get("/de/about-us/").content.decode()
    assert '<html lang="de"' in html
    assert '<main id="main" tabindex="-1" lang="en">' in html
    assert "About us" in html
    assert 'class="alert alert--info language-notice" role="note" lang="de"' in html


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
    assert "out of date" not in client.get(f"/pl/{polish.slug}/").content.decode()
    about.title = "About the network"
    about.save_revision().publish()  # the original changes after the translation
    html = client.get(f"/pl/{polish.slug}/").content.decode()
    assert "language-notice" in html
    assert 'href="/en/about-us/"' in html.split("language-notice", 1)[1]
