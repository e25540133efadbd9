"""Site search: live public pages of the reader's language, ranked by relevance."""

from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_safe

from wagtail.models import Locale, Page

RESULTS_PER_PAGE = 10
MAX_QUERY_LENGTH = 200


@require_safe
def search(request: HttpRequest) -> HttpResponse:
    """Search the pages of the current language; an empty query shows the search form."""
    query = request.GET.get("q", "").strip()[:MAX_QUERY_LENGTH]
    results_page = None
    if query:
        pages = Page.objects.live().public().filter(locale=Locale.get_active()).specific()
        paginator = Paginator(pages.search(query), RESULTS_PER_PAGE)
        results_page = paginator.get_page(request.GET.get("page"))
    return render(
        request,
        "network_site/search.html",
        {"query": query, "results_page": results_page},
    )
