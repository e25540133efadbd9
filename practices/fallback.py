"""The one fallback rule of the public site: every page exists in every language.

A reader sees each page in their language where it is translated, else in its
original language (with the language notice, and the ``lang`` and ``dir`` of that
language), always under their own language prefix. Every list, count, link and
trail asks this module, so they all agree:

- ``in_reader_language(pages)``: each page once, in the version the reader gets;
- ``section_pages(model, index)``: the pages below an index and below its translations;
- ``reader_urls(pages)`` / ``reader_url(page)``: where a page is under the reader's prefix;
- ``reader_full_urls(pages)``: the same with scheme and host, for calendar files and e-mails.

A page the reader's language lacks lives below the nearest ancestor that the language
has (``/fr/bonnes-pratiques/<english-slug>/``); ``HomePage.route`` finds it there.
"""

from collections.abc import Iterable
from functools import reduce
from operator import or_
from urllib.parse import urljoin

from django.conf import settings
from django.db.models import Exists, OuterRef, Q, QuerySet
from django.http import HttpRequest
from django.utils.translation import get_language

from wagtail.models import Page

from network_site.core.content_cache import cached_content
from network_site.core.languages import in_language, locale_codes

STEP = Page.steplen


def reader_locale_id(language_code: str | None = None) -> int | None:
    """The Wagtail locale of a language (the active one by default), or None if it has none."""
    language = language_code or get_language()
    return next((pk for pk, code in locale_codes().items() if code == language), None)


def in_reader_language(pages: QuerySet, language_code: str | None = None) -> QuerySet:
    """Each page of ``pages`` once: in the reader's language where translated, else the original.

    Translations share a translation key; the original is the version created first
    among ``pages`` (so a French-only guide is listed for every reader, in French).
    Pass the unfiltered set (all languages, already public): facets and filters come after.
    """
    locale_id = reader_locale_id(language_code)
    versions = pages.order_by().filter(translation_key=OuterRef("translation_key"))
    original = ~Exists(versions.filter(pk__lt=OuterRef("pk")))
    if locale_id is None:
        return pages.filter(original)
    translated = Exists(versions.filter(locale_id=locale_id))
    return pages.filter(Q(locale_id=locale_id) | (original & ~translated))


def section_pages(model, index: Page) -> QuerySet:
    """Pages of ``model`` directly below ``index`` or below any translation of it."""
    indexes = Page.objects.filter(translation_key=index.translation_key).values_list(
        "path", "depth"
    )
    below = [Q(path__startswith=path, depth=depth + 1) for path, depth in indexes]
    return model.objects.filter(reduce(or_, below)) if below else model.objects.none()


def reader_urls(
    pages: Iterable[Page], request: HttpRequest | None = None, language_code: str | None = None
) -> dict[int, str]:
    """Address of each page under the reader's prefix, by page id (two queries at most).

    A page in the reader's language keeps its own address; another one is placed
    below its nearest ancestor translated into the reader's language, else below
    the reader's home (``/ar/guides/<slug>/`` while there is no Arabic home).
    """
    language = language_code or get_language()
    locale_id = reader_locale_id(language)
    urls: dict[int, str] = {}
    foreign = []
    for page in pages:
        if page.locale_id == locale_id:
            urls[page.pk] = page.get_url(request) or ""
        else:
            foreign.append(page)
    if not foreign:
        return urls
    keys = _ancestor_keys(foreign)
    translated = {
        version.translation_key: version
        for version in Page.objects.live().filter(
            locale_id=locale_id, translation_key__in=set(keys.values())
        )
    }
    for page in foreign:
        urls[page.pk] = _placed(page, keys, translated, language, request)
    return urls


def every_language_url(page: Page, request: HttpRequest | None = None) -> dict[str, str]:
    """Where ``page`` is under each language's prefix, by language code (two queries).

    For the language switcher: a language without a translation of the page still
    shows it, in its original language, at the address ``reader_urls`` gives.
    """
    paths = _ancestor_paths([page])
    # One query: the ancestors and every version of them (the ancestors are among those).
    versions = Page.objects.filter(
        translation_key__in=Page.objects.filter(path__in=paths).values("translation_key")
    )
    keys: dict[str, object] = {}
    translated: dict[str, dict] = {}
    for version in versions:
        if version.path in paths:
            keys[version.path] = version.translation_key
        if version.live:
            language = locale_codes().get(version.locale_id)
            translated.setdefault(language, {})[version.translation_key] = version
    return {
        code: _placed(page, keys, translated.get(code, {}), code, request)
        for code, _name in settings.LANGUAGES
    }


def _ancestor_paths(pages: list[Page]) -> set[str]:
    """Tree paths of every ancestor of ``pages`` below the root."""
    return {page.path[: STEP * depth] for page in pages for depth in range(2, page.depth)}


def _ancestor_keys(pages: list[Page]) -> dict[str, object]:
    """Translation key of every ancestor below the root of ``pages``, by tree path."""
    paths = _ancestor_paths(pages)
    return dict(Page.objects.filter(path__in=paths).values_list("path", "translation_key"))


def _placed(page: Page, keys: dict, translated: dict, language: str, request) -> str:
    """``page``'s address below its nearest ancestor in ``translated`` (one language's)."""
    slugs = page.url_path.strip("/").split("/")  # from the home page's slug down
    for depth in range(page.depth - 1, 1, -1):
        ancestor = translated.get(keys.get(page.path[: STEP * depth]))
        if ancestor is not None:
            return (ancestor.get_url(request) or "") + "".join(
                f"{slug}/" for slug in slugs[depth - 1 :]
            )
    return in_language(page.get_url(request) or "", language)


def reader_full_urls(
    pages: Iterable[Page], request: HttpRequest | None = None, language_code: str | None = None
) -> dict[int, str]:
    """``reader_urls`` with the scheme and host of each page's site, by page id.

    For what is read away from the site (calendar files, e-mails sent by the task
    worker): pass the reader's ``language_code`` where no request sets it.
    """
    pages = list(pages)
    urls = reader_urls(pages, request, language_code)
    # The page's own full address carries its site's root URL; a reader address that
    # is already absolute (a page of another site) keeps its own.
    return {
        page.pk: urljoin(page.get_full_url(request) or "", urls[page.pk]) if urls[page.pk] else ""
        for page in pages
    }


def reader_url(page: Page, request: HttpRequest | None = None) -> str:
    """``reader_urls`` of one page; kept in the content cache when it costs queries."""
    if page.locale_id == reader_locale_id():
        return page.get_url(request) or ""
    host = request.get_host() if request is not None else ""
    return cached_content(
        "reader-url", host, page.pk, build=lambda: reader_urls([page], request)[page.pk]
    )


def with_reader_urls(pages: list, request: HttpRequest | None = None) -> list:
    """The pages, each given its ``reader_url`` (for cards: one batch instead of one per card)."""
    urls = reader_urls(pages, request)
    for page in pages:
        page.reader_url = urls[page.pk]
    return pages


def child_in_any_language(parent: Page, slug: str) -> Page | None:
    """The child with ``slug`` of any translation of ``parent`` (the earliest created first)."""
    parents = Page.objects.filter(translation_key=parent.translation_key).values_list("path")
    below = [Q(path__startswith=path) for (path,) in parents]
    if not below:
        return None
    children = Page.objects.filter(reduce(or_, below), depth=parent.depth + 1, slug=slug)
    return children.order_by("pk").first()


def reader_trail(ancestors: list[Page], request: HttpRequest | None = None) -> list[Page]:
    """A trail of pages (home page down to the page shown) as the reader sees them.

    Each one is shown in the reader's language where translated, else as it is (a
    French reader of an English guide: Accueil > Bonnes pratiques > the guide), and
    given its ``reader_url``.
    """
    locale_id = reader_locale_id()
    foreign_keys = [item.translation_key for item in ancestors if item.locale_id != locale_id]
    versions = {}
    if foreign_keys and locale_id is not None:
        versions = {
            version.translation_key: version
            for version in Page.objects.live().filter(
                locale_id=locale_id, translation_key__in=foreign_keys
            )
        }
    trail = [versions.get(item.translation_key, item) for item in ancestors]
    return with_reader_urls(trail, request)
