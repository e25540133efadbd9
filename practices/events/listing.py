"""The event listing: upcoming or past events, filtered by country, theme, format and language.

Every event appears once: in the reader's language where it is translated, else
in its original language (the card then says which language it is in).
"""

from dataclasses import dataclass

from django.core.paginator import Paginator
from django.db.models import QuerySet
from django.http import HttpRequest, QueryDict
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.cache import patch_cache_control
from django.utils.translation import get_language

from wagtail.models import Page

from network_site.core.content_cache import cached_content, content_timeout
from network_site.core.spoken_languages import spoken_language_name
from practices.choices import EventFormat
from practices.fallback import in_reader_language, with_reader_urls
from practices.models import EventPage
from practices.selectors import public_pages
from practices.vocabulary import vocabulary_labels

EVENTS_PER_PAGE = 12
LISTING_WINDOW_SECONDS = 300


@dataclass
class EventFilters:
    """What the reader asked for; unknown values are ignored."""

    country: str = ""
    theme: str = ""
    event_format: str = ""
    language: str = ""

    @classmethod
    def from_query(cls, params: QueryDict) -> "EventFilters":
        event_format = params.get("format", "")
        return cls(
            country=params.get("country", "")[:2],
            theme=params.get("theme", "")[:80],
            event_format=event_format if event_format in EventFormat.values else "",
            language=params.get("language", "")[:8],
        )

    @property
    def active(self) -> bool:
        return any((self.country, self.theme, self.event_format, self.language))

    def apply(self, events: QuerySet) -> QuerySet:
        if self.country:
            events = events.filter(country_id=self.country)
        if self.theme:
            events = events.filter(themes__slug=self.theme)
        if self.event_format:
            events = events.filter(event_format=self.event_format)
        if self.language:
            events = events.filter(languages__code=self.language)
        return events


def public_events(*, past: bool) -> QuerySet:
    """Live public events that have ended (past) or not yet ended."""
    now = timezone.now()
    events = public_pages(EventPage)
    return events.filter(end__lt=now) if past else events.filter(end__gte=now)


def filter_options(events: QuerySet) -> dict[str, list[tuple[str, str]]]:
    """The countries, themes, formats and languages the events have, named for the reader."""
    language = get_language()
    theme_names = vocabulary_labels("theme", language=language)
    places_and_formats = set(events.values_list("country_id", "event_format"))
    countries = {country for country, _format in places_and_formats if country}
    formats = {event_format for _country, event_format in places_and_formats}
    themes = set(events.values_list("themes__slug", flat=True)) & set(theme_names)
    languages = set(events.exclude(languages=None).values_list("languages__code", flat=True))

    def by_name(pairs):
        return sorted(pairs, key=lambda pair: pair[1])

    return {
        "country": by_name(vocabulary_labels("country", list(countries), language).items()),
        "theme": by_name((slug, theme_names[slug]) for slug in themes),
        "format": [(value, label) for value, label in EventFormat.choices if value in formats],
        "language": by_name((code, spoken_language_name(code)) for code in languages),
    }


def listing_results(index: Page, filters: EventFilters, *, past: bool) -> tuple[dict, list[int]]:
    """Filter options and the ids of matching events in display order, cached.

    Kept until anything is published, and at most a few minutes, so an event
    that has just ended soon moves from the upcoming to the past list.
    """
    window = int(timezone.now().timestamp() // LISTING_WINDOW_SECONDS)

    def build() -> tuple[dict, list[int]]:
        events = public_events(past=past)
        ids = in_reader_language(filters.apply(events)).values_list("pk", flat=True)
        ordering = ("-start", "-pk") if past else ("start", "pk")
        ordered = EventPage.objects.filter(pk__in=ids).order_by(*ordering)
        return filter_options(events), list(ordered.values_list("pk", flat=True))

    return cached_content(
        "events",
        index.pk,
        past,
        window,
        filters.country,
        filters.theme,
        filters.event_format,
        filters.language,
        build=build,
        timeout=min(content_timeout(), LISTING_WINDOW_SECONDS),
    )


def serve_event_listing(index: Page, request: HttpRequest, *, past: bool) -> TemplateResponse:
    """One page of upcoming (soonest first) or past (latest first) events."""
    filters = EventFilters.from_query(request.GET)
    options, ordered_ids = listing_results(index, filters, past=past)
    results = Paginator(ordered_ids, EVENTS_PER_PAGE).get_page(request.GET.get("page"))
    pages = {
        event.pk: event
        for event in EventPage.objects.filter(pk__in=list(results)).select_related(
            "country", "hero_image", "locale"
        )
    }
    results.object_list = with_reader_urls([pages[pk] for pk in results if pk in pages], request)
    context = {
        "page": index,
        "self": index,
        "past": past,
        "filters": filters,
        "options": options,
        "results_page": results,
        # The rendered cards depend only on which events they show (and the content version).
        "cards_key": ",".join(str(event.pk) for event in results.object_list),
    }
    response = TemplateResponse(request, "practices/events/event_index_page.html", context)
    # Which events are upcoming changes with time: caches keep the list a few minutes only.
    patch_cache_control(response, max_age=LISTING_WINDOW_SECONDS)
    return response
