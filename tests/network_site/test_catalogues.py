"""Every interface string is in the catalogues and translated in every language.

The strings are extracted afresh from code and templates (Django's makemessages,
which needs GNU gettext's xgettext) into a copy of the catalogues; any entry that is
new, untranslated or fuzzy there fails the test and is named.
"""

import os
import shutil
from pathlib import Path

import polib
import pytest

from django.conf import settings as django_settings
from django.core.management import call_command

IGNORED = [".venv", "tests", "staticfiles", "var", "test-results", "node_modules"]


@pytest.fixture
def fresh_catalogues():
    """The catalogues as makemessages would leave them, without touching the files.

    makemessages writes next to the sources, so it runs on the real catalogues and
    every file is put back byte for byte afterwards.
    """
    if shutil.which("xgettext") is None:
        pytest.fail("GNU gettext (xgettext) is needed to extract strings: apt-get install gettext")
    base = Path(django_settings.BASE_DIR)
    originals = {path: path.read_bytes() for path in (base / "locale").glob("*/LC_MESSAGES/*.po")}
    languages = [code for code, _name in django_settings.LANGUAGES if code != "en"]
    cwd = os.getcwd()
    try:
        os.chdir(base)
        call_command(
            "makemessages", locale=languages, ignore_patterns=IGNORED, no_obsolete=True, verbosity=0
        )
        return {
            code: polib.pofile(str(base / "locale" / code / "LC_MESSAGES/django.po"))
            for code in languages
        }
    finally:
        os.chdir(cwd)
        for path, content in originals.items():
            path.write_bytes(content)


def test_every_interface_string_is_translated(fresh_catalogues):
    problems = {}
    for code, catalogue in fresh_catalogues.items():
        missing = [entry.msgid for entry in catalogue.untranslated_entries()]
        fuzzy = [entry.msgid for entry in catalogue.fuzzy_entries()]
        if missing or fuzzy:
            problems[code] = {"untranslated": missing, "fuzzy": fuzzy}
    assert not problems, f"Catalogues need work (run makemessages and translate): {problems}"


def test_every_configured_language_has_a_catalogue():
    locale = Path(django_settings.BASE_DIR) / "locale"
    for code, _name in django_settings.LANGUAGES:
        if code != "en":
            assert (locale / code / "LC_MESSAGES/django.po").exists(), code
