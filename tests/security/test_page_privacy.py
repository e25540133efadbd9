"""Finding 5: pages restricted to signed-in readers stay out of every public list.

An editor restricts a section (the restriction sits on the index, an ancestor of
the guides and events). Anonymous readers must then find none of its pages in
feeds, calendars, country pages, the materials library, related guides, search or
the sitemap.
"""

import xml.etree.ElementTree as ET

import icalendar
import pytest

from django.core.files.base import ContentFile

from wagtail.documents import get_document_model
from wagtail.models import PageViewRestriction

from practices.models import MaterialsLibraryPage
from tests.factories import make_event, make_event_index
from tests.html import find, find_all, parse, text, texts

GUIDES = ["Rapid re-housing of families", "Street outreach at night", "Family outreach in winter"]


def restrict(page) -> None:
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)


@pytest.fixture
def restricted_sections(knowledge_tree):
    """Guides and events restricted to signed-in readers by their indexes; a public event."""
    home = knowledge_tree["home"]
    document = get_document_model().objects.create(
        title="Toolkit file", file=ContentFile(b"%PDF-1.4 demo", name="toolkit.pdf")
    )
    guide = knowledge_tree["guides"][0]
    guide.downloads = [
        ("document", {"document": document, "title": "Private toolkit", "kind": "toolkit",
                      "language": "en"}),
    ]  # fmt: skip
    guide.save_revision().publish()
    private_events = make_event_index(home)
    make_event(private_events, title="Closed strategy meeting", slug="closed-meeting")
    public_events = home.add_child(
        instance=private_events.__class__(title="Open events", slug="open-events")
    )
    public_events.save_revision().publish()
    open_day = make_event(public_events, title="Open day", slug="open-day")
    open_day.related_guides = [guide]
    open_day.save_revision().publish()
    library = home.add_child(instance=MaterialsLibraryPage(title="Materials", slug="materials"))
    library.save_revision().publish()
    restrict(knowledge_tree["guides_index"])
    restrict(private_events)
    return {**knowledge_tree, "open_day": open_day, "library": library}


def assert_none_of(shown: list[str], titles: list[str], where: str) -> None:
    leaked = [title for title in titles if any(title in item for item in shown)]
    assert leaked == [], f"{where} shows restricted pages: {leaked}"


def test_guide_feeds_leave_out_a_restricted_section(client, restricted_sections):
    # The section's index itself is restricted: its feeds are not found, as for a
    # language without guides.
    for path in ("/en/feeds/guides.rss", "/en/feeds/guides.atom"):
        assert client.get(path).status_code == 404, path


def test_the_events_calendar_leaves_out_a_restricted_section(client, restricted_sections):
    response = client.get("/en/feeds/events.ics")
    assert response.status_code == 200
    calendar = icalendar.Calendar.from_ical(response.content)
    assert [str(event["SUMMARY"]) for event in calendar.walk("VEVENT")] == ["Open day"]


def test_country_pages_leave_out_restricted_guides(client, restricted_sections):
    response = client.get(restricted_sections["belgium"].url)
    assert response.status_code == 200
    practice = find(response, "aside", aria_labelledby="country-guides-heading")
    assert texts(practice, "a") == []
    assert "No guide from this country has been published yet." in text(practice)
    assert_none_of([response.content.decode()], GUIDES, "country page")


def test_the_materials_library_leaves_out_restricted_pages(client, restricted_sections):
    response = client.get(restricted_sections["library"].url)
    assert response.status_code == 200
    results = find(response, "section", class_="listing__results")
    assert texts(results, "a", class_="material__link") == []
    assert text(find(results, class_="search-summary")) == "0 materials found"
    assert_none_of([response.content.decode()], ["Private toolkit", *GUIDES], "materials library")


def test_a_public_event_does_not_list_restricted_guides(client, restricted_sections):
    response = client.get(restricted_sections["open_day"].url)
    assert response.status_code == 200
    page = parse(response)
    assert text(find(page, "h1")) == "Open day"
    assert find_all(page, "section", class_="related") == []  # its one related guide is hidden
    assert_none_of([response.content.decode()], GUIDES, "related guides")


def test_search_and_sitemap_leave_out_a_restricted_section(client, restricted_sections):
    found = texts(client.get("/en/search/?q=outreach"), "h2", class_="search-results__title")
    assert found == ["Open day"]  # a public event about outreach; no guide
    sitemap = ET.fromstring(client.get("/sitemap.xml").content)
    locations = [
        loc.text for loc in sitemap.iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc")
    ]
    assert "http://testserver/en/open-events/open-day/" in locations
    assert_none_of(locations, ["/en/guides/", "closed-meeting"], "sitemap")


def test_restricted_pages_ask_anonymous_readers_to_sign_in(client, restricted_sections):
    response = client.get(restricted_sections["guides"][0].url)
    assert response.status_code == 302
    assert response["Location"].startswith("/en/accounts/login/?next=")


def test_a_section_restricted_after_it_was_cached_is_not_served_from_the_cache(
    client, knowledge_tree
):
    guide = knowledge_tree["guides"][0]
    assert client.get(guide.url).status_code == 200  # now cached for anonymous readers
    feed = client.get("/en/feeds/guides.rss")
    assert guide.title in [
        item.findtext("title") for item in ET.fromstring(feed.content).iter("item")
    ]
    restrict(knowledge_tree["guides_index"])
    assert client.get(guide.url).status_code == 302
    assert client.get("/en/feeds/guides.rss").status_code == 404
