"""Which pages exist in which language, and whether each translation is current.

Read by the translation status view in the Wagtail admin: one row per page of the
default language, one column per configured language. A person sees the rows of the
pages they may edit; translators (who edit another language's pages) also see the
published, public pages they have to translate, but no draft and no private page.
"""

from dataclasses import dataclass

from django.conf import settings
from django.db.models import Q, QuerySet
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _

from wagtail.models import Locale, Page
from wagtail.permission_policies.pages import PagePermissionPolicy
from wagtail_localize.models import TranslationSource

from practices.selectors import public_pages

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
class StatusCell:
    """A page's state in one language, and where to translate or edit it (if allowed)."""

    code: str
    state: str
    url: str = ""
    translate: bool = False  # the link makes the translation rather than edits it


@dataclass(frozen=True)
class StatusRow:
    """One page of the default language and its state in every language."""

    page: Page
    states: list[StatusCell]  # in the order of LANGUAGES


def status_pages(user) -> QuerySet:
    """The pages of the default language whose state the person may see."""
    default = Locale.get_default()
    editable = PagePermissionPolicy().instances_user_has_any_permission_for(
        user, ["change", "publish"]
    )
    visible = Q(pk__in=editable.filter(locale=default).values("pk"))
    if editable.exclude(locale=default).exists():
        visible |= Q(pk__in=public_pages().filter(locale=default).values("pk"))
    return Page.objects.filter(visible, locale=default, depth__gt=1)


def translation_states(user, section: Page | None = None) -> list[StatusRow]:
    """Rows for the pages the person may see (below ``section`` when given)."""
    default = Locale.get_default()
    pages = status_pages(user).order_by("path")
    if section is not None:
        pages = pages.descendant_of(section, inclusive=True)
    pages = list(pages)
    keys = [page.translation_key for page in pages]
    translations: dict[tuple, tuple[int, bool]] = {
        (key, code): (pk, live)
        for pk, key, code, live in Page.objects.filter(translation_key__in=keys)
        .exclude(locale=default)
        .values_list("pk", "translation_key", "locale__language_code", "live")
    }
    editable = set(
        PagePermissionPolicy()
        .instances_user_has_permission_for(user, "change")
        .filter(translation_key__in=keys)
        .values_list("pk", flat=True)
    )
    # Translate links into the languages whose tree the person may add pages to.
    may_translate = set()
    if user.has_perm("wagtail_localize.submit_translation"):
        may_translate = set(
            PagePermissionPolicy()
            .instances_user_has_permission_for(user, "add")
            .values_list("locale__language_code", flat=True)
            .distinct()
        )
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
            found = translations.get((page.translation_key, code))
            if code == default.language_code:
                state, pk = SOURCE, page.pk
            elif found is None:
                state, pk = MISSING, None
            else:
                pk, live = found
                state = (OUTDATED if changed_since_sync else UP_TO_DATE) if live else IN_PROGRESS
            states.append(_cell(page, code, state, pk, editable, may_translate))
        rows.append(StatusRow(page, states))
    return rows


def _cell(page: Page, code: str, state: str, pk, editable: set, may_translate: set) -> StatusCell:
    """The cell of one language: a link to edit the page there, or to translate it into it."""
    if pk is not None:
        url = reverse("wagtailadmin_pages:edit", args=[pk]) if pk in editable else ""
        return StatusCell(code, state, url)
    if code not in may_translate:
        return StatusCell(code, state)
    url = reverse("wagtail_localize:submit_page_translation", args=[page.pk])
    return StatusCell(code, state, f"{url}?{urlencode({'select_locale': code})}", translate=True)
