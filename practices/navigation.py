"""Reads the main menu and footer for a language, cached until an editor changes them.

The frame appears on every page, so it is built once per language and kept in
the cache. Saving a menu or footer, or publishing, moving or unpublishing a page,
bumps a version number and so retires every cached frame at once.
"""

from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest

from wagtail.models import Locale, Page

from practices.models import FooterContent, MainMenu

FRAME_VERSION_KEY = "site-frame:version"
FRAME_TIMEOUT = settings.CONTENT_CACHE_SECONDS


@dataclass(frozen=True)
class FrameLink:
    """A link as the frame shows it, with the language its text is written in."""

    href: str
    text: str
    lang: str = ""


@dataclass(frozen=True)
class Footer:
    """What the footer shows in one language."""

    about: str
    contact_email: str
    links: list[FrameLink]
    lang: str = ""


# The version read once at the start of a request (see pinned_frame_version), so a
# page that builds many cache keys asks the cache for the version only once.
_pinned_version: ContextVar[int | None] = ContextVar("frame_version", default=None)


def _stored_version() -> int:
    return cache.get_or_set(FRAME_VERSION_KEY, 1, timeout=None)


def frame_version() -> int:
    """The current version of the frame; part of every cache key."""
    pinned = _pinned_version.get()
    return pinned if pinned is not None else _stored_version()


@contextmanager
def pinned_frame_version():
    """Read the version once for everything that runs inside (one request)."""
    token = _pinned_version.set(_stored_version())
    try:
        yield
    finally:
        _pinned_version.reset(token)


def retire_cached_frames(**_kwargs) -> None:
    """Forget every cached menu and footer; called when editors change content."""
    try:
        version = cache.incr(FRAME_VERSION_KEY)
    except ValueError:
        version = 2
        cache.set(FRAME_VERSION_KEY, version, timeout=None)
    if _pinned_version.get() is not None:
        _pinned_version.set(version)


def locale_codes() -> dict[int, str]:
    """Language code of every Wagtail locale, by locale id (cached like the frame)."""
    key = f"site-frame:{frame_version()}:locales"
    codes = cache.get(key)
    if codes is None:
        codes = dict(Locale.objects.values_list("pk", "language_code"))
        cache.set(key, codes, FRAME_TIMEOUT)
    return codes


def _resolve_links(items, language_code: str, request: HttpRequest | None) -> list[FrameLink]:
    """Turn menu items into links, using each linked page's version in ``language_code``."""
    items = list(items)
    keys = [item.link_page.translation_key for item in items if item.link_page_id]
    localized = {
        page.translation_key: page
        for page in Page.objects.live().filter(
            translation_key__in=keys, locale__language_code=language_code
        )
    }
    codes = locale_codes()
    links = []
    for item in items:
        item_language = codes.get(item.locale_id, "")
        if item.link_page_id:
            page = localized.get(item.link_page.translation_key, item.link_page)
            if not page.live:
                continue
            text_language = item_language if item.label else codes.get(page.locale_id, "")
            text = item.label or page.title
            links.append(FrameLink(page.get_url(request) or "", text, text_language))
        else:
            links.append(FrameLink(item.link_url, item.label, item_language))
    return links


def main_menu_links(language_code: str, request: HttpRequest | None = None) -> list[FrameLink]:
    """The main menu's links in a language (the default language's menu when it has none)."""
    key = f"site-frame:{frame_version()}:menu:{language_code}"
    links = cache.get(key)
    if links is None:
        menu = MainMenu.objects.for_language(language_code)
        items = menu.items.select_related("link_page") if menu else []
        links = _resolve_links(items, language_code, request)
        cache.set(key, links, FRAME_TIMEOUT)
    return links


def footer_content(language_code: str, request: HttpRequest | None = None) -> Footer | None:
    """The footer in a language (the default language's footer when it has none)."""
    key = f"site-frame:{frame_version()}:footer:{language_code}"
    footer = cache.get(key)
    if footer is None:
        content = FooterContent.objects.for_language(language_code)
        if content is None:
            return None
        links = _resolve_links(content.links.select_related("link_page"), language_code, request)
        language = locale_codes().get(content.locale_id, "")
        footer = Footer(content.about, content.contact_email, links, language)
        cache.set(key, footer, FRAME_TIMEOUT)
    return footer
