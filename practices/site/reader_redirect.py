"""Keeps a reader in their language when a page is reached in another one.

``/fr/guides/<slug>/`` is the English guide found below the English index. When the
guide has a French version (``/fr/bonnes-pratiques/<slug-fr>/``), the reader goes there
instead of being told that no French version exists; when it has none, the reader
goes to the address the site's own links give it (practices.fallback.reader_url), and
the page learns that address (``ServedAddressMixin``) so its own links keep the prefix.
"""

from django.http import HttpRequest, HttpResponseRedirect

from wagtail.models import Page

from practices.fallback import reader_locale_id, reader_url


def _route_rest(page: Page, request: HttpRequest) -> str:
    """What follows the page's own slug in the address: a route of the page (``past/``)."""
    parts = request.path.strip("/").split("/")
    if page.depth <= 2 or page.slug not in parts:  # a home page has no routes of its own
        return ""
    rest = parts[len(parts) - parts[::-1].index(page.slug) :]
    return "".join(f"{part}/" for part in rest)


def _redirect(url: str, request: HttpRequest) -> HttpResponseRedirect:
    query = request.META.get("QUERY_STRING", "")
    return HttpResponseRedirect(f"{url}?{query}" if query else url)


def keep_reader_language(page: Page, request: HttpRequest) -> HttpResponseRedirect | None:
    """A redirect to the reader's version or the reader's address of ``page``, or None."""
    locale_id = reader_locale_id()
    if page.locale_id == locale_id:
        return None
    rest = _route_rest(page, request)
    if locale_id is not None:
        version = (
            Page.objects.live()
            .public()  # a restricted version is not offered in place of a readable one
            .filter(translation_key=page.translation_key, locale_id=locale_id)
            .first()
        )
        if version is not None and version.get_url(request):
            return _redirect(version.get_url(request) + rest, request)
    page.served_url = reader_url(page, request)
    if request.path != page.served_url + rest:
        return _redirect(page.served_url + rest, request)
    return None
