"""Languages people speak at events and write materials in, named in the reader's language.

The EU's official languages, the site's other languages and a few more that many
homeless EU mobile citizens speak. Names come from Django's language data and
catalogues, so they follow the active language.
"""

from django.conf import settings
from django.conf.locale import LANG_INFO
from django.utils.translation import gettext, gettext_noop

EXTRA_SPOKEN_LANGUAGES = {
    "ru": None,
    "tr": None,
    # Romani has no two-letter code and is unknown to Django.
    "rom": gettext_noop("Romani"),
}


def spoken_language_codes() -> list[str]:
    """Codes of every language an event or material can be in."""
    return [code for code, _name in settings.LANGUAGES] + list(EXTRA_SPOKEN_LANGUAGES)


def spoken_language_name(code: str) -> str:
    """The language's name in the active language (the code itself if unknown)."""
    own = EXTRA_SPOKEN_LANGUAGES.get(code)
    if own:
        return gettext(own)
    info = LANG_INFO.get(code)
    return gettext(info["name"]) if info else code


def spoken_language_choices() -> list[tuple[str, str]]:
    """(code, name) pairs sorted by name in the active language, for forms and blocks."""
    return sorted(
        ((code, spoken_language_name(code)) for code in spoken_language_codes()),
        key=lambda pair: pair[1],
    )
