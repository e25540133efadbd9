"""Imports the demo translations kept as PO files, as a translator's work would arrive.

``practices/demo/data/translations/<language>/<key>.po`` holds the translation of one
source object: ``key`` is the slug of an English page, or ``main-menu`` /
``footer``; ``vocabularies.po`` translates every theme and target group. Each file
goes through wagtail-localize (PO import, then publish), so the translations can be
edited in the translation editor afterwards. Objects already translated into that
language are left alone.
"""

from collections.abc import Container
from pathlib import Path

import polib

from django.db import transaction

from wagtail.models import Locale, Page
from wagtail_localize.models import Translation, TranslationSource

from practices.models import FooterContent, MainMenu, TargetGroup, Theme

TRANSLATIONS_DIR = Path(__file__).parent / "data" / "translations"
VOCABULARIES = "vocabularies"  # one file for the terms of every vocabulary
# Parents before children: wagtail-localize places a page under its parent's translation.
ORDER = [
    "home",
    "main-menu",
    "footer",
    "vocabularies",
    "about-the-network",
    "contact",
    "privacy-notice",
    "accessibility-statement",
    "guides",
    "countries",
    "updates",
    "events",
    "materials",
]
# This guide's English original changes after it is translated into French, so the
# demo shows the "translation may be out of date" notice.
OUTDATED_DEMO = ("fr", "multilingual-street-outreach")


def _source_object(key: str):
    default = Locale.get_default()
    if key == "main-menu":
        return MainMenu.objects.filter(locale=default).first()
    if key == "footer":
        return FooterContent.objects.filter(locale=default).first()
    page = Page.objects.filter(locale=default, slug=key).order_by("depth").first()
    return page.specific if page else None


def _sort_key(path: Path) -> tuple[int, str]:
    return (ORDER.index(path.stem) if path.stem in ORDER else len(ORDER), path.stem)


class DemoContentError(RuntimeError):
    """The demo content is inconsistent, for example a text without its translation."""


def translate_from_memory(instance, locale: Locale, memory: dict[str, str], origin: str) -> None:
    """Translate ``instance`` through wagtail-localize from source text → translated text.

    Strings are matched by their source text, not by PO context: contexts carry
    StreamField block ids, which differ in every database the demo is loaded into.
    """
    source, _created = TranslationSource.get_or_create_from_instance(instance)
    translation, _created = Translation.objects.get_or_create(
        source=source, target_locale=locale, defaults={"enabled": True}
    )
    po = translation.export_po()
    missing = [entry.msgid for entry in po if entry.msgid not in memory]
    if missing:
        raise DemoContentError(f"{origin}: no {locale.language_code} translation for {missing}")
    for entry in po:
        entry.msgstr = memory[entry.msgid]
    warnings = translation.import_po(po, tool_name="demo content")
    if warnings:
        raise DemoContentError(f"{origin}: {warnings}")
    translation.save_target(publish=True)


def import_translation(instance, locale: Locale, po_path: Path) -> bool:
    """Import one PO file as the translation of ``instance``; False if it already exists."""
    if instance.has_translation(locale):
        return False
    memory = {entry.msgid: entry.msgstr for entry in polib.pofile(str(po_path)) if entry.msgstr}
    with transaction.atomic():
        translate_from_memory(instance, locale, memory, str(po_path))
    return True


def import_vocabularies(locale: Locale, po_path: Path) -> list[str]:
    """Translate every theme and target group that has no translation in ``locale`` yet."""
    memory = {entry.msgid: entry.msgstr for entry in polib.pofile(str(po_path)) if entry.msgstr}
    created = []
    default = Locale.get_default()
    for model in (Theme, TargetGroup):
        for term in model.objects.filter(locale=default).order_by("slug"):
            if term.has_translation(locale):
                continue
            with transaction.atomic():
                translate_from_memory(term, locale, memory, str(po_path))
            created.append(f"{locale.language_code} translation of {term}")
    return created


def demo_translation_languages() -> list[str]:
    """The languages the demo has translations into, in order."""
    return sorted(path.name for path in TRANSLATIONS_DIR.iterdir() if path.is_dir())


def load_demo_translations(*, languages: Container[str] | None = None) -> list[str]:
    """Import every demo translation that is missing (into ``languages``, default all);
    return a line per import."""
    created: list[str] = []
    for language_dir in sorted(path for path in TRANSLATIONS_DIR.iterdir() if path.is_dir()):
        if languages is not None and language_dir.name not in languages:
            continue
        locale, _created = Locale.objects.get_or_create(language_code=language_dir.name)
        for po_path in sorted(language_dir.glob("*.po"), key=_sort_key):
            if po_path.stem == VOCABULARIES:
                created += import_vocabularies(locale, po_path)
                continue
            instance = _source_object(po_path.stem)
            if instance is not None and import_translation(instance, locale, po_path):
                created.append(f"{locale.language_code} translation of {instance}")
                if (locale.language_code, po_path.stem) == OUTDATED_DEMO:
                    instance.save_revision().publish()
    return created
