"""What the home page's "latest content" blocks list: the newest guides, the next events
and the latest updates, in the reader's language by the site's one fallback rule.

Guides and events are the first cards of their own listings (the same selectors and the
same cached results as ``/guides/`` and ``/events/``), so the home page never shows a
guide or an event that its listing would not. Each block's cards are rendered once per
language and kept with ``cached_content`` until content changes; a rendered home page
costs no query for them.
"""

from django.http import HttpRequest, QueryDict
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from wagtail.models import Locale, Page

from network_site.core.content_cache import cached_content, content_timeout
from practices.choices import LatestContentKind
from practices.events.listing import EventFilters, listing_results
from practices.fallback import with_reader_urls
from practices.knowledge.listing import GuideFilters, cached_results
from practices.knowledge.selectors import latest_updates
from practices.models import (
    EventIndexPage,
    EventPage,
    GuideIndexPage,
    GuidePage,
    HomePage,
    UpdateIndexPage,
)
from practices.models.home import LATEST_CONTENT_SECONDS

CARDS_PER_BLOCK = 3
# The link under each block's cards, to the whole listing.
MORE_LINK_TEXT = {
    LatestContentKind.GUIDES: _("All guides"),
    LatestContentKind.EVENTS: _("All events"),
    LatestContentKind.UPDATES: _("All updates"),
}
INDEX_MODELS = {
    LatestContentKind.GUIDES: GuideIndexPage,
    LatestContentKind.EVENTS: EventIndexPage,
    LatestContentKind.UPDATES: UpdateIndexPage,
}


def section_index(home: HomePage, model) -> Page | None:
    """The home's index page of a section, else the default language's one."""
    index = model.objects.child_of(home).live().first()
    if index is None and home.locale_id != Locale.get_default().pk:
        original = home.get_translation_or_none(Locale.get_default())
        index = model.objects.child_of(original).live().first() if original else None
    return index


def _in_order(queryset, ids: list[int]) -> list:
    pages = {page.pk: page for page in queryset.filter(pk__in=ids)}
    return [pages[pk] for pk in ids if pk in pages]


def latest_items(home: HomePage, kind: str, index: Page | None) -> list[Page]:
    """The pages a block of ``kind`` shows as cards, in the order it shows them."""
    if kind == LatestContentKind.UPDATES:
        return latest_updates(get_language(), CARDS_PER_BLOCK)
    if index is None:
        return []
    if kind == LatestContentKind.GUIDES:
        _facets, ids = cached_results(index, GuideFilters.from_query(QueryDict()))
        guides = GuidePage.objects.select_related("hero_image", "locale")
        return _in_order(guides, ids[:CARDS_PER_BLOCK])
    _options, ids = listing_results(index, EventFilters(), past=False)
    events = EventPage.objects.select_related("country", "hero_image", "locale")
    return _in_order(events, ids[:CARDS_PER_BLOCK])


def latest_content(home: HomePage, request: HttpRequest, kinds: set[str]) -> dict[str, SafeString]:
    """Each asked-for kind's cards as HTML, in the active language, cached until content
    changes (and, for events, for a few minutes at most: events end)."""
    window = int(timezone.now().timestamp() // LATEST_CONTENT_SECONDS)

    def render(kind: str) -> str:
        index = section_index(home, INDEX_MODELS[kind])
        context = {
            "kind": kind,
            "items": with_reader_urls(latest_items(home, kind, index), request),
            "index": index,
            "more": MORE_LINK_TEXT[kind],
        }
        return render_to_string("practices/includes/home_latest.html", context, request=request)

    listings = {}
    for kind in sorted(kinds):
        events = kind == LatestContentKind.EVENTS
        html = cached_content(
            "home-latest",
            home.pk,
            kind,
            window if events else "",
            build=lambda kind=kind: render(kind),
            timeout=min(content_timeout(), LATEST_CONTENT_SECONDS) if events else None,
        )
        listings[kind] = mark_safe(html)  # noqa: S308 - rendered by our own template
    return listings
