"""Country names in the reader's language, whatever language asked first."""

from django.utils import translation

from network_site.core.countries import country_choices, country_name


def test_a_name_asked_in_one_language_does_not_stick_for_the_next_reader():
    with translation.override("fr"):
        assert country_name("BE") == "Belgique"
    with translation.override("en"):
        assert country_name("BE") == "Belgium"
    with translation.override("de"):
        assert country_name("be") == "Belgien"
        assert dict(country_choices())["BE"] == "Belgien"


def test_an_explicit_language_wins_over_the_active_one():
    with translation.override("en"):
        assert country_name("RO", "ro") == "România"
        assert country_name("RO") == "Romania"


def test_an_unknown_code_is_shown_as_it_is():
    assert country_name("XX") == "XX"
