"""Small project-wide views: the language choice at ``/``, robots.txt and error pages."""

from django.conf import settings
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.cache import patch_vary_headers
from django.utils.translation import get_language_from_request, override
from django.views.decorators.http import require_safe


@require_safe
def choose_language(request: HttpRequest) -> HttpResponseRedirect:
    """Send a reader arriving at ``/`` to the home page in their language.

    A language remembered from an earlier visit wins; otherwise the best match for
    the browser's ``Accept-Language`` header; otherwise the site's default language.
    """
    language = get_language_from_request(request)
    with override(language):
        response = HttpResponseRedirect(reverse("wagtail_serve", args=[""]))
    patch_vary_headers(response, ("Accept-Language", "Cookie"))
    return response


@require_safe
def robots_txt(request: HttpRequest) -> HttpResponse:
    """Tell crawlers what not to index and where the sitemap is."""
    sitemap_url = request.build_absolute_uri(reverse("sitemap"))
    lines = [
        "User-agent: *",
        f"Disallow: /{settings.WAGTAILADMIN_PATH}",
        *(f"Disallow: /{code}/members/" for code, _name in settings.LANGUAGES),
        *(f"Disallow: /{code}/accounts/" for code, _name in settings.LANGUAGES),
        f"Sitemap: {sitemap_url}",
        "",
    ]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")


def page_not_found(request: HttpRequest, exception: Exception) -> HttpResponse:
    """The 404 page, in the language of the address; its switcher leads to each home page."""
    html = render_to_string("404.html", {"error_page": True}, request=request)
    return HttpResponse(html, status=404)


def server_error(request: HttpRequest) -> HttpResponse:
    """Render the 500 page without touching the database, which may be the cause."""
    html = render_to_string("500.html", {"request": request})
    return HttpResponse(html, status=500)
