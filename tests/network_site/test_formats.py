"""Dates and times follow European conventions in every language of the site."""

import datetime

import pytest

from django.conf import settings
from django.utils import formats, translation

from tests.html import find, parse, text

MOMENT = datetime.datetime(2025, 9, 15, 22, 30)


# Arabic and Greek tell the hours of the afternoon apart by a word (CLDR's 12-hour clock).
TWELVE_HOUR_LANGUAGES = {"ar", "el"}


@pytest.mark.parametrize("language", [code for code, _name in settings.LANGUAGES])
def test_every_language_shows_its_own_dates_and_times(language):
    with translation.override(language):
        date = formats.date_format(MOMENT, "DATE_FORMAT")
        short = formats.date_format(MOMENT, "SHORT_DATE_FORMAT")
        moment = formats.date_format(MOMENT, "DATETIME_FORMAT")
        time = formats.time_format(MOMENT.time(), "TIME_FORMAT")
    for value in (date, short, moment, time):
        # Not the American English of Django's "en" formats.
        assert "Sept." not in value and "09/15" not in value, (language, value)
        assert "p.m." not in value, (language, value)
    assert "2025" in date and "2025" in moment, (language, date, moment)
    if language not in TWELVE_HOUR_LANGUAGES:
        assert "22" in time and "22" in moment, (language, time, moment)


def test_english_dates_read_as_european_english(client, knowledge_tree):
    update = knowledge_tree["update"]
    update.date = datetime.date(2025, 9, 15)
    update.save_revision().publish()
    page = parse(client.get("/en/updates/network-meets/"))
    assert text(find(page, "time", datetime="2025-09-15")) == "15 September 2025"
    with translation.override("en"):
        assert formats.time_format(datetime.time(10, 0), "TIME_FORMAT") == "10:00"
