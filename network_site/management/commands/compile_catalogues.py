"""Compiles the project's message catalogues (.po → .mo) without GNU gettext.

Django's ``compilemessages`` needs the ``msgfmt`` program, which a fresh machine
may not have; polib (already a dependency of wagtail-localize) does the same job
in Python. Fuzzy and untranslated entries are left out, as msgfmt does.
"""

from pathlib import Path

import polib

from django.conf import settings
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Compile every .po catalogue under LOCALE_PATHS into a .mo file."
    requires_system_checks = []  # runs before the database exists

    def handle(self, *args, **options):
        count = 0
        for locale_dir in settings.LOCALE_PATHS:
            for po_path in sorted(Path(locale_dir).glob("*/LC_MESSAGES/*.po")):
                mo_path = po_path.with_suffix(".mo")
                if mo_path.exists() and mo_path.stat().st_mtime >= po_path.stat().st_mtime:
                    continue
                polib.pofile(str(po_path)).save_as_mofile(str(mo_path))
                count += 1
        self.stdout.write(f"Compiled {count} message catalogue(s).")
