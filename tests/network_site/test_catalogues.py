"""Every interface string is in the catalogues and translated in every language.

The strings are extracted afresh from code and templates (Django's makemessages,
which needs GNU gettext's xgettext) into a copy of the catalogues; any entry that is
new, untranslated or fuzzy there fails the test and is named.
"""

import hashlib
import shutil
from pathlib import Path

import polib
import pytest

from django.conf import settings as django_settings
from django.core.management import call_command

IGNORED = [".venv", "tests", "staticfiles", "var", "test-results", "node_modules"]
# Never copied: not sources, or large.
NOT_COPIED = [*IGNORED, ".git", ".pytest_cache", ".ruff_cache", "__pycache__", "media", "*.mo"]


def _digests(locale: Path) -> dict:
    return {
        path: hashlib.sha256(path.read_bytes()).hexdigest()
        for path in locale.glob("*/LC_MESSAGES/*.po")
    }


@pytest.fixture
def fresh_catalogues(tmp_path, settings, monkeypatch):
    """The catalogues as makemessages would leave them, extracted in a copy of the project.

    makemessages writes next to the sources it reads, so it runs on a copy of the code,
    templates and catalogues: the real ``locale/`` is never written, not even for a
    moment (another test run, or an editor, may be reading it).
    """
    if shutil.which("xgettext") is None:
        pytest.fail("GNU gettext (xgettext) is needed to extract strings: apt-get install gettext")
    base = Path(django_settings.BASE_DIR)
    before = _digests(base / "locale")
    copy = tmp_path / "project"
    shutil.copytree(base, copy, ignore=shutil.ignore_patterns(*NOT_COPIED))
    settings.LOCALE_PATHS = [copy / "locale"]
    languages = [code for code, _name in django_settings.LANGUAGES if code != "en"]
    monkeypatch.chdir(copy)
    call_command(
        "makemessages", locale=languages, ignore_patterns=IGNORED, no_obsolete=True, verbosity=0
    )
    assert _digests(base / "locale") == before, "makemessages wrote to the real catalogues"
    return {
        code: polib.pofile(str(copy / "locale" / code / "LC_MESSAGES/django.po"))
        for code in languages
    }


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
