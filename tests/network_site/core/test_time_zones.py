"""Time zones named in words, in the reader's language, with their offset at the time."""

import datetime

from django.utils import translation

from network_site.core.time_zones import time_zone_in_words

WINTER = datetime.datetime(2030, 1, 15, 12, 0, tzinfo=datetime.UTC)
SUMMER = datetime.datetime(2030, 7, 15, 12, 0, tzinfo=datetime.UTC)


def test_a_zone_is_named_by_its_country_and_offset_at_that_moment():
    assert time_zone_in_words("Europe/Warsaw", WINTER, "en") == "Poland time (UTC+1)"
    assert time_zone_in_words("Europe/Warsaw", SUMMER, "en") == "Poland time (UTC+2)"
    assert time_zone_in_words("Europe/Lisbon", WINTER, "en") == "Portugal time (UTC)"


def test_a_countrys_second_zone_names_its_place_too():
    assert time_zone_in_words("Atlantic/Azores", WINTER, "en") == "Portugal (Azores) time (UTC-1)"
    assert time_zone_in_words("Atlantic/Canary", SUMMER, "en") == "Spain (Canary) time (UTC+1)"


def test_the_country_is_named_in_the_readers_language():
    with translation.override("de"):
        assert "Polen" in time_zone_in_words("Europe/Warsaw", WINTER)
    assert "Pologne" in time_zone_in_words("Europe/Warsaw", WINTER, "fr")


def test_utc_and_unknown_zones():
    assert time_zone_in_words("UTC", WINTER, "en") == "UTC"
    assert time_zone_in_words("Europe/Kyiv", WINTER, "en") == "Ukraine time (UTC+2)"
