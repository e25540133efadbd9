"""The content cache: one key per language, retired at once when editors change content."""

import pytest

from django.utils import translation

from network_site.core.content_cache import (
    EVERY_LANGUAGE,
    cached_content,
    content_version,
    pinned_content_version,
    retire_cached_content,
)


def test_a_piece_built_for_one_language_never_serves_another():
    built = []

    def build():
        built.append(translation.get_language())
        return f"built in {translation.get_language()}"

    with translation.override("fr"):
        assert cached_content("greeting", build=build) == "built in fr"
    with translation.override("de"):
        assert cached_content("greeting", build=build) == "built in de"
    with translation.override("fr"):
        assert cached_content("greeting", build=build) == "built in fr"
    assert built == ["fr", "de"]


def test_content_for_every_language_is_built_once():
    built = []
    for language in ("fr", "de", "ar"):
        with translation.override(language):
            cached_content(
                "locales", build=lambda: built.append(1) or {1: "en"}, language=EVERY_LANGUAGE
            )
    assert built == [1]


def test_retiring_the_content_rebuilds_every_piece():
    values = iter(["first", "second"])
    assert cached_content("menu", build=lambda: next(values)) == "first"
    assert cached_content("menu", build=lambda: "never built") == "first"
    before = content_version()
    retire_cached_content()
    assert content_version() == before + 1
    assert cached_content("menu", build=lambda: next(values)) == "second"


def test_parts_tell_pieces_apart_and_falsy_values_are_kept():
    assert cached_content("listing", 1, build=lambda: []) == []
    assert cached_content("listing", 1, build=lambda: ["rebuilt"]) == []
    assert cached_content("listing", 2, build=lambda: ["other"]) == ["other"]


def test_nothing_is_kept_when_there_is_nothing_to_show_yet():
    assert cached_content("footer", build=lambda: None) is None
    assert cached_content("footer", build=lambda: "now there is") == "now there is"


def test_a_request_reads_the_version_once_but_sees_its_own_retirement():
    with pinned_content_version():
        pinned = content_version()
        retire_cached_content()
        assert content_version() == pinned + 1


@pytest.mark.parametrize("language", [None, ""])
def test_without_an_active_language_the_default_language_is_in_the_key(language, settings):
    with translation.override(None):
        value = cached_content("notice", build=lambda: "default", language=language)
    with translation.override(settings.LANGUAGE_CODE):
        assert cached_content("notice", build=lambda: "other") == value
