"""Site search: guides, country pages and updates of the reader's language.

Wagtail's database backend answers by default; with ``ELASTICSEARCH_URL`` set,
Elasticsearch does, and when it cannot be reached the request falls back to the
database backend and logs a warning, so readers still get results.
"""

import re
from dataclasses import dataclass

from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.html import escape, format_html
from django.utils.safestring import SafeString
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_safe

from wagtail.contrib.search_promotions.models import Query
from wagtail.models import Locale, Page
from wagtail.search.utils import normalise_query_string

from practices.models import CountryPage, EventPage, GuidePage, UpdatePage
from practices.search.query import search_pages

RESULTS_PER_PAGE = 10
MAX_QUERY_LENGTH = 200
TYPES = {
    "guide": (GuidePage, _("Guides")),
    "country": (CountryPage, _("Countries")),
    "update": (UpdatePage, _("Updates")),
    "event": (EventPage, _("Events")),
}


@dataclass
class SearchHit:
    """A result as the results page shows it."""

    page: Page
    kind: str
    excerpt: SafeString


def highlight(text: str, query: str) -> SafeString:
    """The text, escaped, with the query's words marked.

    Words are found in the text itself and each piece is escaped on its own, so a
    mark never lands inside an entity (``&#x27;`` for an apostrophe).
    """
    words = sorted(set(re.findall(r"\w{2,}", query)), key=len, reverse=True)
    if not words:
        return SafeString(escape(text))
    pattern = re.compile("|".join(re.escape(word) for word in words), re.IGNORECASE)
    pieces, end = [], 0
    for match in pattern.finditer(text):
        pieces.append(escape(text[end : match.start()]))
        pieces.append(format_html("<mark>{}</mark>", match.group(0)))
        end = match.end()
    pieces.append(escape(text[end:]))
    return SafeString("".join(pieces))


def promoted_pages(query: str, locale: Locale) -> list[Page]:
    """Pages editors promoted for this query, in the reader's language."""
    promotion = Query.objects.filter(query_string=normalise_query_string(query)).first()
    if promotion is None:
        return []
    picks = promotion.editors_picks.select_related("page").order_by("sort_order")
    return [pick.page.specific for pick in picks if pick.page and pick.page.locale_id == locale.pk]


def _kind_of(page: Page) -> str:
    return next((kind for kind, (model, _label) in TYPES.items() if isinstance(page, model)), "")


@require_safe
def search(request: HttpRequest) -> HttpResponse:
    """Search the current language's guides, countries, updates and events; filter by type."""
    query = request.GET.get("q", "").strip()[:MAX_QUERY_LENGTH]
    kind = request.GET.get("type", "")
    if kind not in TYPES:
        kind = ""
    locale = Locale.get_active()
    results_page = None
    promotions: list[Page] = []
    if query:
        models = [TYPES[kind][0]] if kind else [model for model, _label in TYPES.values()]
        pages = Page.objects.live().public().filter(locale=locale).type(*models).specific()
        promotions = promoted_pages(query, locale)
        promoted_ids = {page.pk for page in promotions}
        hits = [
            SearchHit(page, _kind_of(page), highlight(page.summary, query))
            for page in search_pages(pages, query)
            if page.pk not in promoted_ids
        ]
        results_page = Paginator(hits, RESULTS_PER_PAGE).get_page(request.GET.get("page"))
    return render(
        request,
        "network_site/search.html",
        {
            "query": query,
            "kind": kind,
            "types": [(value, label) for value, (_model, label) in TYPES.items()],
            "promotions": promotions,
            "results_page": results_page,
        },
    )
