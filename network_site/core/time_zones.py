"""Time zones named in words a reader understands: "Poland time (UTC+1)".

An IANA name such as ``Europe/Warsaw`` means little to most readers and is English
in every language. A zone is named by its country, in the reader's language (the
ISO 3166 names of network_site.core.countries); a country's second zone adds its
place, ``Portugal (Azores)``. The offset is the one in force at the moment shown,
so a summer event says UTC+2 and a winter one UTC+1.
"""

import datetime
from functools import cache
from importlib import resources
from zoneinfo import ZoneInfo

from django.utils import translation
from django.utils.translation import get_language, pgettext

from network_site.core.countries import country_name


@cache
def _zone_table() -> dict[str, tuple[str, bool]]:
    """Zone → (country code, whether it is the country's main zone), from tzdata's
    zone.tab: a country's main zone is its only one, or the one described as its
    mainland or "most of" it."""
    rows = []
    text = resources.files("tzdata").joinpath("zoneinfo/zone.tab").read_text(encoding="utf-8")
    for line in text.splitlines():
        if line and not line.startswith("#"):
            code, _coordinates, zone, *comment = line.split("\t")
            rows.append((code, zone, comment[0] if comment else ""))
    zones_per_country: dict[str, int] = {}
    for code, _zone, _comment in rows:
        zones_per_country[code] = zones_per_country.get(code, 0) + 1
    return {
        zone: (
            code,
            zones_per_country[code] == 1
            or comment.startswith("most of")
            or "(mainland)" in comment,
        )
        for code, zone, comment in rows
    }


def _offset(moment: datetime.datetime, zone: ZoneInfo) -> str:
    """``+1``, ``-1``, ``+5:30``; empty for UTC itself."""
    offset = moment.astimezone(zone).utcoffset() or datetime.timedelta(0)
    minutes = int(offset.total_seconds() // 60)
    if minutes == 0:
        return ""
    sign = "+" if minutes > 0 else "-"
    hours, rest = divmod(abs(minutes), 60)
    return f"{sign}{hours}" + (f":{rest:02d}" if rest else "")


def time_zone_in_words(
    zone_name: str, moment: datetime.datetime, language: str | None = None
) -> str:
    """The zone as readers see it, in ``language`` (default: the active one), with its
    offset at ``moment``: "Poland time (UTC+1)", "Portugal (Azores) time (UTC-1)"."""
    language = language or get_language() or "en"
    offset = f"UTC{_offset(moment, ZoneInfo(zone_name))}"
    if zone_name in ("UTC", "Etc/UTC"):
        return "UTC"
    code, main = _zone_table().get(zone_name, ("", True))
    place = zone_name.rsplit("/", 1)[-1].replace("_", " ")
    if code:
        country = country_name(code, language)
        place = country if main else f"{country} ({place})"
    with translation.override(language):
        # Translators: a time zone, e.g. "Poland time (UTC+1)".
        return pgettext("time zone", "%(place)s time (%(offset)s)") % {
            "place": place,
            "offset": offset,
        }
