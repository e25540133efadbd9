"""Reads of events: free places, what an event page shows beside its own fields, and an
event in the reader's language."""

from practices.fallback import in_reader_language, with_reader_urls
from practices.knowledge.selectors import public_guides
from practices.vocabulary import vocabulary_terms


def free_places(event) -> int | None:
    """Places still free at an event (None: no limit); a hint, the lock decides."""
    booking = event.booking_page
    if booking.capacity is None:
        return None
    return max(booking.capacity - booking.registrations.confirmed().count(), 0)


def event_page_context(event) -> dict:
    """Themes in the reader's language, languages and related guides of an event page.

    Related guides are shown in the reader's language where translated, else in
    their original language (practices.fallback).
    """
    theme_slugs = list(event.themes.values_list("slug", flat=True))
    keys = list(event.related_guides.values_list("translation_key", flat=True))
    guides = in_reader_language(public_guides().filter(translation_key__in=keys))
    related = with_reader_urls(list(guides.prefetch_related("countries").order_by("title")))
    languages = list(event.languages.all())
    interpretation = list(event.interpretation.all())
    return {
        "themes": vocabulary_terms("theme", theme_slugs),
        "related_guides": related,
        "languages": sorted(languages, key=lambda language: language.name),
        "interpretation": sorted(interpretation, key=lambda language: language.name),
    }


def event_in_language(event, language_code: str):
    """The live version of an event in a language where translated, else the event itself."""
    translated = event.get_translations(inclusive=True).filter(locale__language_code=language_code)
    return translated.live().specific().first() or event
