"""The calendar feed of upcoming events in the reader's language, optionally for one country."""

from django.http import HttpRequest, HttpResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from practices.events.calendar import build_calendar, calendar_response
from practices.events.listing import EventFilters, public_events
from practices.fallback import in_reader_language

FEED_EVENTS = 100


@require_GET
def upcoming_events_calendar(request: HttpRequest) -> HttpResponse:
    """Subscribe to it in a calendar application; ``?country=RO`` narrows it to a country."""
    filters = EventFilters(country=request.GET.get("country", "")[:2].upper())
    events = (
        filters.apply(in_reader_language(public_events(past=False)))
        .select_related("country")
        .order_by("start", "pk")[:FEED_EVENTS]
    )
    name = _("Events of the Homeless Mobile Citizen Network")
    return calendar_response(build_calendar(events, request, name=name), "events")
