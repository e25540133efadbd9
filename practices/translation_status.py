"""Which pages exist in which language, and whether each translation is current.

Read by the translation status view in the Wagtail admin: one row per page of the
default language, one column per configured language.
"""

from dataclasses import dataclass

from django.conf import settings
from django.utils.translation import gettext_lazy as _

from wagtail.models import Locale, Page
from wagtail_localize.models import TranslationSource

MISSING = "missing"
IN_PROGRESS = "in-progress"
UP_TO_DATE = "up-to-date"
OUTDATED = "outdated"
SOURCE = "source"
LABELS = {
    MISSING: _("Missing"),
    IN_PROGRESS: _("In progress"),
    UP_TO_DATE: _("Up to date"),
    OUTDATED: _("Outdated"),
    SOURCE: _("Original"),
}


@dataclass(frozen=True)
class StatusRow:
    """One page of the default language and its state in every language."""

    page: Page
    states: list[tuple[str, str]]  # (language code, state) in the order of LANGUAGES


def translation_states(section: Page | None = None) -> list[StatusRow]:
    """Rows for every page of the default language (below ``section`` when given)."""
    default = Locale.get_default()
    pages = Page.objects.filter(locale=default, depth__gt=1).order_by("path")
    if section is not None:
        pages = pages.descendant_of(section, inclusive=True)
    pages = list(pages)
    keys = [page.translation_key for page in pages]
    translations: dict[tuple, bool] = {
        (key, code): live
        for key, code, live in Page.objects.filter(translation_key__in=keys)
        .exclude(locale=default)
        .values_list("translation_key", "locale__language_code", "live")
    }
    synced = dict(
        TranslationSource.objects.filter(object_id__in=keys, locale=default).values_list(
            "object_id", "last_updated_at"
        )
    )
    rows = []
    for page in pages:
        changed_since_sync = bool(
            page.translation_key in synced
            and page.last_published_at
            and page.last_published_at > synced[page.translation_key]
        )
        states = []
        for code, _name in settings.LANGUAGES:
            if code == default.language_code:
                state = SOURCE
            elif (page.translation_key, code) not in translations:
                state = MISSING
            elif not translations[(page.translation_key, code)]:
                state = IN_PROGRESS
            else:
                state = OUTDATED if changed_since_sync else UP_TO_DATE
            states.append((code, state))
        rows.append(StatusRow(page, states))
    return rows
