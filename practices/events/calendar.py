"""Events as iCalendar (RFC 5545): one event, a feed of upcoming events, a registrant's copy.

Times are written in the event's own time zone with its VTIMEZONE definition,
so calendars show the right local time wherever the reader lives. Each event
keeps one UID across languages and edits (its translation key), so a calendar
that imported it updates the entry instead of adding a second one. Its address is
the one under the reader's language prefix (practices.fallback), also for an event
shown in its original language.
"""

import datetime
from typing import TYPE_CHECKING

from django.http import HttpRequest, HttpResponse
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _

from practices.choices import EventStatus
from practices.fallback import reader_full_urls
from practices.models import EventPage

if TYPE_CHECKING:
    import icalendar

PRODUCT_ID = "-//Homeless Mobile Citizen Network//Events//EN"
ICAL_STATUS = {
    EventStatus.SCHEDULED: "CONFIRMED",
    EventStatus.MOVED_ONLINE: "CONFIRMED",
    EventStatus.POSTPONED: "TENTATIVE",
    EventStatus.CANCELLED: "CANCELLED",
}


def _location(event: EventPage) -> str:
    if event.is_online:
        return _("Online")
    parts = [event.venue_name, event.venue_address, event.venue_city]
    if event.country_id:
        parts.append(event.country.name)
    return ", ".join(part for part in parts if part)


def calendar_entry(
    event: EventPage, url: str, *, joining_details: bool = False
) -> "icalendar.Event":
    """One VEVENT with the event's absolute ``url``; online joining details only in a
    confirmed registrant's copy."""
    import icalendar  # imported when first used: see build_calendar

    entry = icalendar.Event()
    host = url.split("/")[2] if url and "://" in url else "events"
    entry.add("uid", f"event-{event.translation_key}@{host}")
    entry.add("dtstamp", timezone.now().astimezone(datetime.UTC))
    entry.add("dtstart", event.local_start)
    entry.add("dtend", event.local_end)
    entry.add("summary", event.title)
    description = [event.summary]
    if event.status_note:
        description.append(event.status_note)
    if joining_details and event.is_online and event.online_joining_details:
        description += [_("How to join:"), event.online_joining_details]
    if url:
        description.append(url)
        entry.add("url", url)
    entry.add("description", "\n\n".join(description))
    location = _location(event)
    if location:
        entry.add("location", location)
    entry.add("status", ICAL_STATUS.get(event.status, "CONFIRMED"))
    if event.last_published_at:
        entry.add("last-modified", event.last_published_at.astimezone(datetime.UTC))
    return entry


def build_calendar(
    events,
    request: HttpRequest | None = None,
    *,
    name: str = "",
    language_code: str | None = None,
    joining_details: bool = False,
):
    """A VCALENDAR with every event and the definitions of the time zones they use.

    Each event links to its address in ``language_code`` (the active language by
    default), under that language's prefix even where the event is not translated.
    """
    # Imported on first use, not with the URL configuration: icalendar and its time zone
    # tables take some 4 MB, which a web worker then carries only once it has served
    # a calendar (pages merely link to them).
    import icalendar

    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    if name:
        calendar.add("x-wr-calname", name)
    events = list(events)
    urls = reader_full_urls(events, request, language_code)
    first = None
    for event in events:
        entry = calendar_entry(event, urls[event.pk], joining_details=joining_details)
        calendar.add_component(entry)
        first = min(first, event.local_start.date()) if first else event.local_start.date()
    if first:
        # Definitions from a year before the first event keep the file small.
        calendar.add_missing_timezones(first_date=first.replace(year=first.year - 1, day=1))
    return calendar


def calendar_response(calendar: "icalendar.Calendar", filename: str) -> HttpResponse:
    """An iCalendar download."""
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}.ics"'
    return response


def event_calendar_response(request: HttpRequest, event: EventPage) -> HttpResponse:
    """The public .ics of one event (without joining details)."""
    return calendar_response(build_calendar([event], request), slugify(event.slug) or "event")
