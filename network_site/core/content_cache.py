"""Published content kept in the cache until editors change anything.

Every cached piece of the public site (the frame, listings, facet names, language
versions, whole pages) carries the *content version* in its key. Publishing,
unpublishing or moving a page, editing a menu, a footer, a site or a view restriction
calls ``retire_cached_content``, which bumps the version and so retires every cached
piece at once: nothing has to know which keys exist.

``cached_content`` is the one way to keep such a piece. Its key always holds the
content version and a language, so a piece built for a French reader can never be
served to a German one; content that is the same for every reader says so explicitly
with ``language=EVERY_LANGUAGE``.
"""

from collections.abc import Callable
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

from django.conf import settings
from django.core.cache import cache
from django.utils.translation import get_language

VERSION_KEY = "content:version"
EVERY_LANGUAGE = "*"

# The version read once at the start of a request (see pinned_content_version), so a
# page that builds many cache keys asks the cache for the version only once.
_pinned_version: ContextVar[int | None] = ContextVar("content_version", default=None)
# A cached value may be falsy (an empty list, no notice); this tells it from a miss.
_MISSING = object()


def content_timeout() -> int:
    """How long a cached piece lives at most (``CONTENT_CACHE_SECONDS``)."""
    return settings.CONTENT_CACHE_SECONDS


def _stored_version() -> int:
    return cache.get_or_set(VERSION_KEY, 1, timeout=None)


def content_version() -> int:
    """The current content version; part of every content cache key."""
    pinned = _pinned_version.get()
    return pinned if pinned is not None else _stored_version()


@contextmanager
def pinned_content_version():
    """Read the version once for everything that runs inside (one request)."""
    token = _pinned_version.set(_stored_version())
    try:
        yield
    finally:
        _pinned_version.reset(token)


def retire_cached_content(**_kwargs) -> None:
    """Forget every cached piece of content; called whenever editors change content.

    Accepts and ignores keyword arguments so that it can receive signals directly.
    """
    try:
        version = cache.incr(VERSION_KEY)
    except ValueError:
        version = 2
        cache.set(VERSION_KEY, version, timeout=None)
    if _pinned_version.get() is not None:
        _pinned_version.set(version)


def content_key(name: str, *parts: Any, language: str | None = None) -> str:
    """The cache key of a piece of content: its name, the version, the language, parts.

    ``language`` defaults to the active language; pass ``EVERY_LANGUAGE`` for content
    that reads the same in every language.
    """
    language = language or get_language() or settings.LANGUAGE_CODE
    tail = ":".join(str(part) for part in parts)
    return f"content:{content_version()}:{name}:{language}:{tail}"


def cached_content(
    name: str,
    *parts: Any,
    build: Callable[[], Any],
    language: str | None = None,
    timeout: int | None = None,
) -> Any:
    """``build()``'s value, kept in the cache under ``content_key(name, *parts, language)``.

    A value of ``None`` is not kept (nothing to show yet; build again next time).
    """
    key = content_key(name, *parts, language=language)
    value = cache.get(key, _MISSING)
    if value is _MISSING:
        value = build()
        if value is not None:
            cache.set(key, value, timeout or content_timeout())
    return value
