"""What a reader should be told about the language of the page in front of them.

Two cases: the page has no version in the reader's language and is shown in its
original language; or it is a translation whose original has changed since the
translation was last brought up to date (wagtail-localize records when it last
read the original).
"""

from dataclasses import dataclass
from datetime import datetime

from django.conf import settings
from django.utils.translation import get_language, get_language_info

from wagtail.models import Page
from wagtail_localize.models import TranslationSource

from network_site.core.content_cache import cached_content
from network_site.core.languages import locale_codes


@dataclass(frozen=True)
class LanguageNotice:
    """A notice about the language of a page."""

    kind: str  # "untranslated" or "outdated"
    content_language: str
    reader_language_name: str
    content_language_name: str
    original_url: str = ""
    original_language: str = ""
    original_updated: datetime | None = None
    translation_based_on: datetime | None = None

    @property
    def content_direction(self) -> str:
        """``rtl`` or ``ltr``: the page's text keeps its own direction inside any page."""
        return "rtl" if get_language_info(self.content_language)["bidi"] else "ltr"


def _translated_name(code: str) -> str:
    return get_language_info(code)["name_translated"]


def _outdated(page: Page, content_language: str) -> LanguageNotice | None:
    default = settings.LANGUAGE_CODE
    original = (
        Page.objects.live()
        .filter(translation_key=page.translation_key, locale__language_code=default)
        .first()
    )
    if original is None or original.last_published_at is None:
        return None
    source = TranslationSource.objects.filter(
        object_id=page.translation_key, locale__language_code=default
    ).first()
    if source is None or original.last_published_at <= source.last_updated_at:
        return None
    return LanguageNotice(
        "outdated",
        content_language,
        _translated_name(get_language()),
        _translated_name(content_language),
        original_url=original.url or "",
        original_language=default,
        original_updated=original.last_published_at,
        translation_based_on=source.last_updated_at,
    )


def language_notice(page: Page) -> LanguageNotice | None:
    """The notice for this page in the reader's language, or None. Cached like the frame."""
    # "No notice" is kept as False: a page without one is the common case.
    return cached_content("notice", page.pk, build=lambda: _notice(page) or False) or None


def _notice(page: Page) -> LanguageNotice | None:
    reader_language = get_language()
    content_language = locale_codes().get(page.locale_id, reader_language)
    notice = None
    if content_language != reader_language:
        notice = LanguageNotice(
            "untranslated",
            content_language,
            _translated_name(reader_language),
            _translated_name(content_language),
        )
    elif content_language != settings.LANGUAGE_CODE:
        notice = _outdated(page, content_language)
    return notice
