"""Whole-page cache for anonymous readers of the public site.

Most visitors read the same published pages, so a rendered page is kept in the
cache and served again until an editor changes anything: publishing, unpublishing
or moving a page, or saving a menu or footer, bumps one content version that is
part of every key (``network_site.core.content_cache``).

Only plain reads are cached: GET, no query string, no session or messages
cookie (so never a signed-in person and never a page carrying a one-off message),
a language-prefixed public address outside the member area, accounts and search,
and a 200 answer that sets no cookie and used no CSRF token.
"""

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse
from django.utils.cache import get_max_age

from network_site.core.content_cache import (
    EVERY_LANGUAGE,
    content_key,
    content_timeout,
    pinned_content_version,
)

EXCLUDED_SEGMENTS = ("members", "accounts", "search", "registrations")


def _language_segment(request: HttpRequest) -> str:
    """The language prefix of the address ("" when it has none)."""
    first = request.path_info.strip("/").split("/")[0]
    return first if first in {code for code, _name in settings.LANGUAGES} else ""


def _cacheable_request(request: HttpRequest) -> bool:
    if request.method != "GET" or request.META.get("QUERY_STRING"):
        return False
    if "HX-Request" in request.headers:  # htmx asks for a fragment, not the page
        return False
    if settings.SESSION_COOKIE_NAME in request.COOKIES or "messages" in request.COOKIES:
        return False
    if not _language_segment(request):
        return False
    parts = request.path_info.strip("/").split("/")
    return len(parts) < 2 or parts[1] not in EXCLUDED_SEGMENTS


def _cacheable_response(request: HttpRequest, response: HttpResponse) -> bool:
    return (
        response.status_code == 200
        and not response.streaming
        and not response.cookies
        and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
        and "private" not in response.get("Cache-Control", "")
        and "no-store" not in response.get("Cache-Control", "")
    )


class PublicPageCacheMiddleware:
    """Serves anonymous readers a cached copy of a public page while it is current."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        with pinned_content_version():
            return self._respond(request)

    def _respond(self, request):
        if not _cacheable_request(request):
            return self.get_response(request)
        key = content_key(
            "page", request.get_host(), request.path_info, language=_language_segment(request)
        )
        cached = cache.get(key)
        if cached is not None:
            return cached
        response = self.get_response(request)
        if _cacheable_response(request, response):
            if hasattr(response, "render") and not response.is_rendered:
                response.render()
            # A page that goes stale with time (e.g. upcoming events) says so with max-age.
            max_age = get_max_age(response)
            timeout = content_timeout()
            cache.set(key, response, timeout if max_age is None else min(max_age, timeout))
        return response


class SiteLookupCacheMiddleware:
    """Finds the Wagtail site of a request in the cache instead of the database.

    Wagtail looks the site up on every page request and keeps it on
    ``request._wagtail_site``. A site found in the cache is put there before the
    view runs; a site Wagtail had to look up is cached after it. Requests that never
    need a site (health check, static views) cause no lookup at all. The cached site
    is retired with the frame whenever content or a site changes.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        key = content_key("site", request.get_host(), language=EVERY_LANGUAGE)
        site = cache.get(key)
        if site is not None:
            request._wagtail_site = site
        response = self.get_response(request)
        if site is None and getattr(request, "_wagtail_site", None) is not None:
            cache.set(key, request._wagtail_site, content_timeout())
        return response
