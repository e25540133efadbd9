"""The faceted guide listing: filters from the address, matching guides and facet counts.

Filters combine as OR within a facet and AND across facets. Each facet value
shows how many guides would match if it were added, given the other active
facets (the facet's own selection is left out when counting it), and the free
text query. Everything comes from the query string, so a filtered list is a
shareable address and works without JavaScript.
"""

from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.db.models import Count, QuerySet
from django.http import HttpRequest, QueryDict
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _

from wagtail.models import Page

from network_site.core.content_cache import cached_content
from practices.choices import EvidenceLevel
from practices.fallback import in_reader_language, section_pages, with_reader_urls
from practices.models import GuidePage
from practices.search.query import search_pages
from practices.vocabulary import vocabulary_labels

GUIDES_PER_PAGE = 12
MAX_QUERY_LENGTH = 200
SORTS = {
    "newest": ("-first_published_at", "-pk"),
    "title": ("title", "pk"),
}

# facet name → (query-string key, lookup on GuidePage used to filter and to count)
FACETS = {
    "theme": "themes__slug",
    "group": "target_groups__slug",
    "country": "countries__code",
    "evidence": "evidence_level",
}
FACET_TITLES = {
    "theme": _("Theme"),
    "group": _("Target group"),
    "country": _("Country"),
    "evidence": _("Evidence level"),
}


@dataclass
class GuideFilters:
    """What the reader asked for, validated: unknown values are dropped, not errors."""

    selected: dict[str, list[str]] = field(default_factory=dict)
    query: str = ""
    sort: str = "newest"

    @classmethod
    def from_query(cls, params: QueryDict) -> "GuideFilters":
        selected = {
            name: sorted({value for value in params.getlist(name) if value and len(value) <= 80})
            for name in FACETS
        }
        query = params.get("q", "").strip()[:MAX_QUERY_LENGTH]
        sort = params.get("sort", "")
        if sort not in (*SORTS, "relevance"):
            sort = "relevance" if query else "newest"
        if sort == "relevance" and not query:
            sort = "newest"
        return cls(selected=selected, query=query, sort=sort)

    @property
    def active(self) -> bool:
        return bool(self.query or any(self.selected.values()))

    def as_query(self, **changes) -> str:
        """The query string for these filters, optionally with changes."""
        pairs = [(name, value) for name, values in self.selected.items() for value in values]
        if self.query:
            pairs.append(("q", self.query))
        if self.sort not in ("newest", "relevance"):
            pairs.append(("sort", self.sort))
        pairs += list(changes.items())
        return urlencode(pairs)


@dataclass
class FacetOption:
    """One value of a facet as the reader sees it."""

    value: str
    label: str
    count: int
    selected: bool


def filtered_guides(guides: QuerySet, filters: GuideFilters, *, except_facet: str = "") -> QuerySet:
    for name, lookup in FACETS.items():
        values = filters.selected.get(name)
        if values and name != except_facet:
            guides = guides.filter(**{f"{lookup}__in": values})
    return guides


def _matching_ids(guides: QuerySet, query: str) -> list[int]:
    """IDs of guides matching the free-text query, most relevant first."""
    return [page.pk for page in search_pages(guides, query)]


def facet_options(base: QuerySet, filters: GuideFilters) -> dict[str, list[FacetOption]]:
    """Every facet's values with their counts under the other active filters."""
    options: dict[str, list[FacetOption]] = {}
    for name, lookup in FACETS.items():
        rows = (
            filtered_guides(base, filters, except_facet=name)
            .exclude(**{f"{lookup}__isnull": True})
            .order_by()
            .values(lookup)
            .annotate(count=Count("pk", distinct=True))
        )
        counts = {row[lookup]: row["count"] for row in rows}
        for value in filters.selected.get(name, []):
            counts.setdefault(value, 0)
        labels = vocabulary_labels(name, list(counts))
        if name == "evidence":
            order = [value for value, _label in EvidenceLevel.choices]
            values = [value for value in order if value in counts]
        else:
            values = sorted((value for value in counts if value in labels), key=labels.get)
        options[name] = [
            FacetOption(value, str(labels[value]), counts[value], value in filters.selected[name])
            for value in values
        ]
    return options


def guide_results(index: Page, filters: GuideFilters):
    """The matching guides in display order, and the base set the facets count over."""
    base = in_reader_language(section_pages(GuidePage, index).live().public())
    ids: list[int] = []
    if filters.query:
        # The search index filters on plain page fields only; the section, the
        # reader's versions and restrictions apply after.
        ids = _matching_ids(GuidePage.objects.live(), filters.query)
        base = base.filter(pk__in=ids)
    results = filtered_guides(base, filters).distinct()
    if filters.sort == "relevance":
        rank = {pk: position for position, pk in enumerate(ids)}
        ordered = sorted(results.only("pk"), key=lambda page: rank[page.pk])
        results = [page.pk for page in ordered]
    else:
        results = list(results.order_by(*SORTS[filters.sort]).values_list("pk", flat=True))
    return base, results


def cached_results(index: Page, filters: GuideFilters) -> tuple[dict, list[int]]:
    """Facet options and matching guide ids, kept until anything is published."""

    def build() -> tuple[dict, list[int]]:
        base, ordered_ids = guide_results(index, filters)
        return facet_options(base, filters), ordered_ids

    return cached_content("guides", index.pk, filters.as_query(sort=filters.sort), build=build)


def serve_guide_listing(index: Page, request: HttpRequest) -> TemplateResponse:
    """Render the listing; htmx requests get the results, their count and the facet panel."""
    filters = GuideFilters.from_query(request.GET)
    facets, ordered_ids = cached_results(index, filters)
    paginator = Paginator(ordered_ids, GUIDES_PER_PAGE)
    page_of_ids = paginator.get_page(request.GET.get("page"))
    guides = {
        guide.pk: guide
        for guide in GuidePage.objects.filter(pk__in=list(page_of_ids))
        .select_related("hero_image")
        .prefetch_related("countries")
    }
    page_of_ids.object_list = with_reader_urls(
        [guides[pk] for pk in page_of_ids if pk in guides], request
    )
    context = {
        "page": index,
        "self": index,
        "filters": filters,
        "facets": facets,
        "facet_titles": FACET_TITLES,
        "results_page": page_of_ids,
        "sorts": [
            ("newest", _("Newest first")),
            ("title", _("Title A–Z")),
            *([("relevance", _("Best match"))] if filters.query else []),
        ],
    }
    context["htmx"] = bool(request.headers.get("HX-Request"))
    template = (
        "practices/includes/guide_results.html"
        if context["htmx"]
        else "practices/guide_index_page.html"
    )
    response = TemplateResponse(request, template, context)
    response["Vary"] = "HX-Request"
    return response


def describe_filters(filters: GuideFilters) -> str:
    """The active filters in words, in the reader's language, as a feed's title names them:
    ``Theme: Outreach; Country: France; Search: “winter”`` (empty when none is active)."""
    parts = []
    for name, values in filters.selected.items():
        if values:
            labels = vocabulary_labels(name, values)
            names = ", ".join(str(labels.get(value, value)) for value in values)
            facet = FACET_TITLES[name]
            parts.append(_("%(facet)s: %(values)s") % {"facet": facet, "values": names})
    if filters.query:
        parts.append(_("Search: “%(query)s”") % {"query": filters.query})
    return "; ".join(parts)
