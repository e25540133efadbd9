"""Every interface string is in the catalogues and translated in every language.

The strings are extracted afresh from code and templates (Django's makemessages,
which needs GNU gettext's xgettext) into a copy of the catalogues; any entry that is
new, untranslated or fuzzy there fails the test and is named.
"""

import shutil
from pathlib import Path

import polib
import pytest

from django.conf import settings as django_settings
from django.core.management import call_command

IGNORED = [".venv", "tests", "staticfiles", "var", "test-results", "node_modules"]


@pytest.fixture
def fresh_catalogues(tmp_path, monkeypatch, settings):
    if shutil.which("xgettext") is None:
        pytest.fail("GNU gettext (xgettext) is needed to extract strings: apt-get install gettext")
    copy = tmp_path / "locale"
    shutil.copytree(Path(settings.BASE_DIR) / "locale", copy)
    monkeypatch.chdir(settings.BASE_DIR)
    settings.LOCALE_PATHS = [copy]
    languages = [code for code, _name in settings.LANGUAGES if code != "en"]
    call_command(
        "makemessages", locale=languages, ignore_patterns=IGNORED, no_obsolete=True, verbosity=0
    )
    return {code: polib.pofile(str(copy / code / "LC_MESSAGES/django.po")) for code in languages}


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
