"""Site search: the guides, country pages, updates and events a reader of the language
is shown (the fallback rule: their language where translated, else the original),
linked under the reader's language prefix.

Wagtail's database backend answers by default; with ``ELASTICSEARCH_URL`` set,
Elasticsearch does, and when it cannot be reached the request falls back to the
database backend and logs a warning, so readers still get results.
"""

import re
from dataclasses import dataclass

from django.core.paginator import Paginator
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.html import escape, format_html
from django.utils.safestring import SafeString
from django.utils.translation import get_language, get_language_info
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_safe

from wagtail.contrib.search_promotions.models import Query
from wagtail.models import Page
from wagtail.search.utils import normalise_query_string

from network_site.core.content_cache import cached_content
from network_site.core.languages import locale_codes
from practices.fallback import in_reader_language, reader_urls
from practices.models import CountryPage, EventPage, GuidePage, Theme, UpdatePage
from practices.search.query import search_pages
from practices.vocabulary import term_names

RESULTS_PER_PAGE = 10
MAX_QUERY_LENGTH = 200
SUGGESTIONS = 3
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
    url: str
    language: str = ""  # the page's language, when it is not the reader's
    direction: str = ""


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


def promoted_pages(query: str, readable: QuerySet) -> list[Page]:
    """Pages editors promoted for this query, each as the reader is shown it."""
    promotion = Query.objects.filter(query_string=normalise_query_string(query)).first()
    if promotion is None:
        return []
    picks = promotion.editors_picks.select_related("page").order_by("sort_order")
    keys = [pick.page.translation_key for pick in picks if pick.page]
    shown = {page.translation_key: page for page in readable.filter(translation_key__in=keys)}
    return [shown[key].specific for key in keys if key in shown]


def _kind_of(page: Page) -> str:
    return next((kind for kind, (model, _label) in TYPES.items() if isinstance(page, model)), "")


def readable_pages(language: str, kind: str = "") -> QuerySet:
    """The pages of the searched types that a reader of ``language`` is shown."""
    models = [TYPES[kind][0]] if kind else [model for model, _label in TYPES.values()]
    return in_reader_language(Page.objects.live().public().type(*models), language)


def _hit(page: Page, query: str, language: str, url: str) -> SearchHit:
    page_language = locale_codes().get(page.locale_id, language)
    other = page_language if page_language != language else ""
    direction = ("rtl" if get_language_info(other)["bidi"] else "ltr") if other else ""
    return SearchHit(
        page,
        _kind_of(page),
        highlight(page.summary, query),
        url,
        other,
        direction,
    )


def suggested_searches(language: str) -> list[str]:
    """A few theme names, in the reader's language, that a search finds pages for.

    Only suggestions that give results are offered; kept until content changes.
    """

    def build() -> list[str]:
        readable = readable_pages(language)
        found = []
        for name in sorted(set(term_names(Theme, language).values())):
            if search_pages(readable, name):
                found.append(name)
            if len(found) == SUGGESTIONS:
                break
        return found

    return cached_content("search-suggestions", build=build, language=language)


@require_safe
def search(request: HttpRequest) -> HttpResponse:
    """Search the current language's guides, countries, updates and events; filter by type."""
    query = request.GET.get("q", "").strip()[:MAX_QUERY_LENGTH]
    kind = request.GET.get("type", "")
    if kind not in TYPES:
        kind = ""
    language = get_language()
    results_page = None
    promotions: list[Page] = []
    everything_finds = False
    if query:
        pages = readable_pages(language, kind)
        promotions = promoted_pages(query, pages)
        promoted_ids = {page.pk for page in promotions}
        found = [page.pk for page in search_pages(pages, query) if page.pk not in promoted_ids]
        results_page = Paginator(found, RESULTS_PER_PAGE).get_page(request.GET.get("page"))
        # The page of results shown, as their own types, with addresses under the
        # reader's prefix: one batch each.
        shown = Page.objects.filter(pk__in=results_page.object_list).specific().in_bulk()
        hits = [shown[pk] for pk in results_page.object_list if pk in shown]
        urls = reader_urls(hits, request, language)
        results_page.object_list = [_hit(page, query, language, urls[page.pk]) for page in hits]
        # Offer to search every kind of page only when that finds something.
        everything_finds = bool(
            kind and not found and search_pages(readable_pages(language), query)
        )
    return render(
        request,
        "network_site/search.html",
        {
            "query": query,
            "kind": kind,
            "types": [(value, label) for value, (_model, label) in TYPES.items()],
            "promotions": promotions,
            "results_page": results_page,
            "everything_finds": everything_finds,
            "suggestions": [] if query else suggested_searches(language),
        },
    )
