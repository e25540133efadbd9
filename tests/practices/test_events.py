"""Event pages: creation in the admin, time zones, listing, structured data, calendar files."""

import datetime
import json
import re
from zoneinfo import ZoneInfo

import icalendar
import pytest

from django.utils import timezone

from wagtail.test.utils.form_data import nested_form_data, streamfield

from practices.models import EventIndexPage, EventPage, HomePage, MaterialsLibraryPage
from tests.accounts import SignedInPageTestCase
from tests.factories import build_site_tree, ensure_countries, make_event, make_event_index

BUCHAREST = ZoneInfo("Europe/Bucharest")


class TestCreation(SignedInPageTestCase):
    """Organisers create events in the admin; typed times are the event's local times."""

    def setUp(self):
        self.tree = build_site_tree()
        ensure_countries("RO", "BE")
        self.index = make_event_index(self.tree["home"])
        self.login()

    def test_page_tree_rules(self):
        self.assertAllowedParentPageTypes(EventPage, {EventIndexPage})
        self.assertAllowedParentPageTypes(EventIndexPage, {HomePage})
        self.assertAllowedParentPageTypes(MaterialsLibraryPage, {HomePage})
        self.assertAllowedSubpageTypes(EventPage, set())

    def test_create_library(self):
        self.assertCanCreate(
            self.tree["home"],
            MaterialsLibraryPage,
            nested_form_data({"title": "Materials", "slug": "materials", "introduction": ""}),
        )

    def _event_form(self, **changes):
        data = {
            "title": "Cross-border casework day",
            "slug": "casework-day",
            "summary": "How agencies hand over cases across borders.",
            "start": "2027-06-10 10:00",
            "end": "2027-06-10 16:30",
            "time_zone": "Europe/Bucharest",
            "status": "scheduled",
            "event_format": "in-person",
            "venue_name": "Casa Universitarilor",
            "venue_city": "Bucharest",
            "country": "RO",
            "organiser": "Example agency",
            "registration_mode": "on-site",
            "capacity": "40",
            "agenda": streamfield(
                [("session", {"starts": "10:00", "ends": "11:00", "title": "Welcome"})]
            ),
            "speakers": streamfield([]),
            "materials": streamfield([]),
        }
        data.update(changes)
        return nested_form_data(data)

    def test_create_event_keeps_the_typed_local_time(self):
        self.assertCanCreate(self.index, EventPage, self._event_form())
        event = EventPage.objects.get(slug="casework-day")
        # 10:00 in Bucharest in summer (UTC+3) is 07:00 UTC, whatever the editor's zone.
        assert event.start == datetime.datetime(2027, 6, 10, 7, 0, tzinfo=datetime.UTC)
        assert event.local_start.hour == 10
        # Editing shows the local time again.
        response = self.client.get(f"/cms/pages/{event.pk}/edit/")
        assert re.search(r'name="start"[^>]*value="2027-06-10 10:00"', response.text)

    def test_end_before_start_is_refused(self):
        response = self.client.post(
            f"/cms/pages/add/practices/eventpage/{self.index.pk}/",
            self._event_form(end="2027-06-10 09:00"),
        )
        assert response.status_code == 200
        assert "An event must end after it starts." in response.text
        assert not EventPage.objects.filter(slug="casework-day").exists()


@pytest.fixture
def event_tree(site_tree):
    ensure_countries("RO", "BE", "FR")
    index = make_event_index(site_tree["home"])
    return {**site_tree, "index": index}


def test_event_in_bucharest_shows_its_local_time_and_zone(client, event_tree):
    start = datetime.datetime(2030, 6, 10, 10, 0, tzinfo=BUCHAREST)
    event = make_event(
        event_tree["index"],
        title="Rights advice day",
        start=start,
        end=start + datetime.timedelta(hours=6, minutes=30),
        time_zone="Europe/Bucharest",
        venue_city="Bucharest",
        country_id="RO",
    )
    response = client.get(event.url)
    assert response.status_code == 200
    text = response.text
    assert "10:00" in text and "16:30" in text
    assert "Europe/Bucharest (UTC+03:00)" in text
    assert 'datetime="2030-06-10T10:00:00+03:00"' in text
    # The listing shows the same local times, not the server's zone (Brussels, one hour less).
    listing = client.get("/en/events/").text
    assert "10:00" in listing and "09:00" not in listing


def test_status_banner_and_structured_data(client, event_tree):
    event = make_event(event_tree["index"], status="cancelled", status_note="The venue is closed.")
    response = client.get(event.url)
    assert "This event is cancelled." in response.text
    assert "The venue is closed." in response.text
    data = json.loads(
        re.search(r'<script type="application/ld\+json">(.*?)</script>', response.text, re.S)[1]
    )
    found = next(item for item in data["@graph"] if item["@type"] == "Event")
    assert found["eventStatus"] == "https://schema.org/EventCancelled"
    assert found["eventAttendanceMode"] == "https://schema.org/OfflineEventAttendanceMode"
    assert found["location"][0]["address"]["addressCountry"] == "BE"
    assert found["startDate"] == event.local_start.isoformat()


def test_online_event_structured_data_hides_the_joining_link(client, event_tree):
    event = make_event(
        event_tree["index"],
        event_format="online",
        venue_name="",
        venue_city="",
        online_joining_details="https://meet.example.org/secret-room",
    )
    response = client.get(event.url)
    assert "secret-room" not in response.text
    assert "OnlineEventAttendanceMode" in response.text


def test_listing_splits_upcoming_and_past_and_filters(client, event_tree):
    index = event_tree["index"]
    make_event(index, title="Coming soon", days_ahead=5, country_id="RO", event_format="hybrid")
    make_event(index, title="Later on", days_ahead=40, country_id="BE")
    make_event(
        index,
        title="Last spring",
        days_ahead=-60,
        materials=[
            (
                "link",
                {
                    "title": "Recording of the day",
                    "kind": "recording",
                    "language": "fr",
                    "url": "https://example.org/recording",
                },
            )
        ],
    )
    upcoming = client.get("/en/events/").text
    assert upcoming.index("Coming soon") < upcoming.index("Later on")
    assert "Last spring" not in upcoming
    past = client.get("/en/events/past/").text
    assert "Last spring" in past and "Coming soon" not in past
    # Past events lead with their materials.
    assert past.index("Recording of the day") < past.index("A workshop on outreach.")
    filtered = client.get("/en/events/?country=RO").text
    assert "Coming soon" in filtered and "Later on" not in filtered
    by_format = client.get("/en/events/?format=hybrid").text
    assert "Coming soon" in by_format and "Later on" not in by_format
    nothing = client.get("/en/events/?country=FR").text
    assert "No event matches these filters." in nothing


def test_listing_shows_untranslated_events_in_their_own_language(client, event_tree):
    from tests.factories import translate_page

    fr = event_tree["home_fr"].locale
    index_fr = translate_page(event_tree["index"], fr, title="Événements", slug="evenements")
    translated = make_event(event_tree["index"], title="Translated day", days_ahead=3)
    translate_page(translated, fr, title="Journée traduite")
    make_event(event_tree["index"], title="English only", days_ahead=4)
    page = client.get(index_fr.url).text
    assert "Journée traduite" in page and "Translated day" not in page
    assert re.search(r'lang="en" hreflang="en">English only<', page)


def test_event_calendar_file_is_valid_and_in_the_event_zone(client, event_tree):
    start = datetime.datetime(2030, 3, 1, 9, 30, tzinfo=BUCHAREST)
    event = make_event(
        event_tree["index"],
        start=start,
        end=start + datetime.timedelta(hours=2),
        time_zone="Europe/Bucharest",
        online_joining_details="https://meet.example.org/secret-room",
        event_format="hybrid",
    )
    response = client.get(f"{event.url}calendar/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    calendar = icalendar.Calendar.from_ical(response.content)
    assert calendar["VERSION"] == "2.0" and calendar["PRODID"]
    entries = calendar.walk("VEVENT")
    assert len(entries) == 1
    entry = entries[0]
    assert entry.start == start and entry.start.utcoffset() == datetime.timedelta(hours=2)
    assert str(entry["DTSTART"].params["TZID"]) == "Europe/Bucharest"
    assert [tz["TZID"] for tz in calendar.walk("VTIMEZONE")] == ["Europe/Bucharest"]
    assert entry["UID"] and entry["DTSTAMP"]
    assert "secret-room" not in response.content.decode()


def test_upcoming_feed_per_language_and_country(client, event_tree):
    index = event_tree["index"]
    make_event(index, title="In Romania", days_ahead=5, country_id="RO")
    make_event(index, title="In Belgium", days_ahead=6, country_id="BE")
    make_event(index, title="Over", days_ahead=-6, country_id="BE")
    make_event(index, title="Called off", days_ahead=7, status="cancelled")
    calendar = icalendar.Calendar.from_ical(client.get("/en/feeds/events.ics").content)
    summaries = {str(entry["SUMMARY"]): str(entry["STATUS"]) for entry in calendar.walk("VEVENT")}
    assert summaries == {
        "In Romania": "CONFIRMED",
        "In Belgium": "CONFIRMED",
        "Called off": "CANCELLED",
    }
    only_ro = icalendar.Calendar.from_ical(client.get("/en/feeds/events.ics?country=RO").content)
    assert [str(entry["SUMMARY"]) for entry in only_ro.walk("VEVENT")] == ["In Romania"]


def test_event_page_query_budget(client, event_tree, django_assert_max_num_queries):
    event = make_event(event_tree["index"])
    client.get("/en/")  # warms the frame caches
    # 16: one of them reads the view restrictions, so related guides are only public ones.
    with django_assert_max_num_queries(16):
        response = client.get(f"{event.url}?fresh=1")
    assert response.status_code == 200
    assert timezone.now() < event.end


def test_site_search_finds_events(client, event_tree):
    make_event(event_tree["index"], title="Peer review of outreach teams", days_ahead=12)
    response = client.get("/en/search/?q=peer+review&type=event")
    assert "Peer review of outreach teams" in response.text
    assert 'value="event" id="type-event" checked' in response.text


@pytest.mark.parametrize("events", [2, 12])
def test_listing_query_budget_does_not_grow_with_events(
    client, event_tree, django_assert_max_num_queries, events
):
    for number in range(events):
        make_event(event_tree["index"], title=f"Event {number}", days_ahead=number + 1)
    client.get("/en/")  # warms the frame caches
    with django_assert_max_num_queries(15):
        response = client.get("/en/events/?fresh=1")
    assert response.text.count('class="event-card"') == events
