"""Event pages: creation in the admin, time zones, listing, structured data, calendar files."""

import datetime
from zoneinfo import ZoneInfo

import icalendar
import pytest
from pytest_django.asserts import assertContains

from wagtail.test.utils.form_data import nested_form_data, streamfield

from practices.models import EventIndexPage, EventPage, HomePage, MaterialsLibraryPage
from tests.accounts import SignedInPageTestCase
from tests.factories import (
    build_site_tree,
    ensure_countries,
    make_event,
    make_event_index,
    translate_page,
)
from tests.html import attributes, find, find_all, json_ld, parse, text, texts

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
        assert attributes(find(response, "input", name="start"))["value"] == "2027-06-10 10:00"

    def test_end_before_start_is_refused(self):
        response = self.client.post(
            f"/cms/pages/add/practices/eventpage/{self.index.pk}/",
            self._event_form(end="2027-06-10 09:00"),
        )
        assert response.status_code == 200
        assert "An event must end after it starts." in response.text
        assert not EventPage.objects.filter(slug="casework-day").exists()


def _card_titles(page) -> list[str]:
    """The titles of the event cards listed, in order."""
    return texts(page, "h3", class_="event-card__title")


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
    facts = find(response, "dl", class_="facts")
    when = find_all(facts, "dd")[0]  # the first fact: "When"
    assert texts(facts, "dt")[0] == "When"
    assert [attributes(time)["datetime"] for time in find_all(when, "time")] == [
        "2030-06-10T10:00:00+03:00",
        "2030-06-10T16:30:00+03:00",
    ]
    # Shown in the event's own zone: 10:00 to 16:30 in Bucharest.
    assert texts(when, "time") == ["10 June 2030, 10:00", "16:30"]
    assert text(find(when, class_="event-when__zone")) == "(Romania time (UTC+3))"
    # The listing shows the same local times, not the server's zone (Brussels, one hour less).
    (card,) = find_all(client.get("/en/events/"), "article", class_="event-card")
    card_when = find(card, class_="event-card__when")
    assert texts(card_when, "time") == ["10 June 2030, 10:00", "16:30"]


def test_status_banner_and_structured_data(client, event_tree):
    event = make_event(event_tree["index"], status="cancelled", status_note="The venue is closed.")
    page = parse(client.get(event.url))
    banner = find(page, class_="event-status", role="note")
    assert text(banner) == "This event is cancelled. The venue is closed."
    found = next(item for item in json_ld(page)["@graph"] if item["@type"] == "Event")
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
    assert response.status_code == 200
    assert "secret-room" not in response.text  # nowhere on the page, markup included
    found = next(item for item in json_ld(response)["@graph"] if item["@type"] == "Event")
    assert found["eventAttendanceMode"] == "https://schema.org/OnlineEventAttendanceMode"


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
    assert _card_titles(client.get("/en/events/")) == ["Coming soon", "Later on"]
    past = parse(client.get("/en/events/past/"))
    assert _card_titles(past) == ["Last spring"]
    # Past events lead with their materials.
    (card,) = find_all(past, "article", class_="event-card")
    in_order = find_all(card)
    materials = find(card, "div", class_="event-card__materials")
    assert in_order.index(materials) < in_order.index(find(card, "p", class_="card__text"))
    assert texts(materials, "a") == ["Recording of the day"]
    assert _card_titles(client.get("/en/events/?country=RO")) == ["Coming soon"]
    assert _card_titles(client.get("/en/events/?format=hybrid")) == ["Coming soon"]
    nothing = parse(client.get("/en/events/?country=FR"))
    assert _card_titles(nothing) == []
    assert text(find(find(nothing, "section", class_="listing__results"), class_="alert")) == (
        "No event matches these filters. Remove a filter to see more."
    )


def test_listing_shows_untranslated_events_in_their_own_language(client, event_tree):
    fr = event_tree["home_fr"].locale
    index_fr = translate_page(event_tree["index"], fr, title="Événements", slug="evenements")
    translated = make_event(event_tree["index"], title="Translated day", days_ahead=3)
    translate_page(translated, fr, title="Journée traduite")
    make_event(event_tree["index"], title="English only", days_ahead=4)
    titles = find_all(client.get(index_fr.url), "h3", class_="event-card__title")
    cards = {text(title): attributes(find(title, "a")) for title in titles}
    assert list(cards) == ["Journée traduite", "English only"]
    # The untranslated event is marked as English, for screen readers and the link's target.
    assert (cards["English only"]["lang"], cards["English only"]["hreflang"]) == ("en", "en")
    assert "lang" not in cards["Journée traduite"]


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
    # 17: one reads the view restrictions, so related guides are only public ones; one
    # places the page under the prefix of each language without a translation (the
    # language switcher), cached with the page's versions afterwards.
    with django_assert_max_num_queries(17):
        response = client.get(f"{event.url}?fresh=1")
    assertContains(response, "<h1>Outreach workshop</h1>", html=True)


def test_site_search_finds_events(client, event_tree):
    make_event(event_tree["index"], title="Peer review of outreach teams", days_ahead=12)
    page = parse(client.get("/en/search/?q=peer+review&type=event"))
    assert texts(page, "h2", class_="search-results__title") == ["Peer review of outreach teams"]
    # The kind searched stays chosen in the form.
    assert [attributes(choice)["value"] for choice in find_all(page, "input", checked=True)] == [
        "event"
    ]


@pytest.mark.parametrize("events", [2, 12])
def test_listing_query_budget_does_not_grow_with_events(
    client, event_tree, django_assert_max_num_queries, events
):
    for number in range(events):
        make_event(event_tree["index"], title=f"Event {number}", days_ahead=number + 1)
    client.get("/en/")  # warms the frame caches
    # 16 with the switcher's one query for the listing's untranslated languages.
    with django_assert_max_num_queries(16):
        response = client.get("/en/events/?fresh=1")
    assert len(_card_titles(response)) == events
