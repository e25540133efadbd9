"""The countries the network works in, with their names in the reader's language.

EU member states, the other EEA states and the United Kingdom, by ISO 3166-1
alpha-2 code. Names come from the ISO 3166 translations that ship with pycountry,
which cover every language of the site.
"""

import gettext
from functools import lru_cache

import pycountry

from django.utils.translation import get_language

EU_MEMBER_STATES = [
    "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE",
    "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
]  # fmt: skip
OTHER_EEA_STATES = ["IS", "LI", "NO"]
OTHER_COUNTRIES = ["GB"]
COUNTRY_CODES = EU_MEMBER_STATES + OTHER_EEA_STATES + OTHER_COUNTRIES


@lru_cache(maxsize=64)
def _catalogue(language: str) -> gettext.NullTranslations:
    return gettext.translation(
        "iso3166-1", pycountry.LOCALES_DIR, languages=[language], fallback=True
    )


def country_name(code: str, language: str | None = None) -> str:
    """The country's common name in ``language`` (default: the active language)."""
    return _country_name(code.upper(), language or get_language() or "en")


@lru_cache(maxsize=4096)
def _country_name(code: str, language: str) -> str:
    """Cached by code *and* language: a name found for one reader never serves another."""
    country = pycountry.countries.get(alpha_2=code)
    if country is None:
        return code
    english = getattr(country, "common_name", None) or country.name
    translated = _catalogue(language).gettext(english)
    if translated == english and english != country.name:
        translated = _catalogue(language).gettext(country.name)
    return translated


def country_choices() -> list[tuple[str, str]]:
    """(code, name) pairs in the active language, sorted by name, for forms and admin."""
    language = get_language() or "en"
    return sorted(
        ((code, country_name(code, language)) for code in COUNTRY_CODES),
        key=lambda pair: pair[1],
    )
