"""Sends a reader who reached a page in another language to its version in theirs.

``/fr/guides/<slug>/`` is the English guide found below the English index; when the
guide has a French version (``/fr/bonnes-pratiques/<slug-fr>/``), the reader goes there
instead of being told that no French version exists.
"""

from django.http import HttpRequest, HttpResponseRedirect

from wagtail.models import Page

from practices.fallback import reader_locale_id


def redirect_to_reader_version(page: Page, request: HttpRequest) -> HttpResponseRedirect | None:
    """A redirect to the live version of ``page`` in the reader's language, if it has one."""
    locale_id = reader_locale_id()
    if locale_id is None or page.locale_id == locale_id:
        return None
    version = (
        Page.objects.live()
        .filter(translation_key=page.translation_key, locale_id=locale_id)
        .first()
    )
    if version is None or version.get_url(request) is None:
        return None
    # What follows the page's own slug is a route of the page (``past/``): keep it.
    parts = request.path.strip("/").split("/")
    rest = parts[len(parts) - parts[::-1].index(page.slug) :] if page.slug in parts else []
    url = version.get_url(request) + "".join(f"{part}/" for part in rest)
    query = request.META.get("QUERY_STRING", "")
    return HttpResponseRedirect(f"{url}?{query}" if query else url)
