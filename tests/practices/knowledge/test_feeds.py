"""RSS and Atom feeds of guides and updates, in every language by the fallback rule."""

import datetime
import xml.etree.ElementTree as ET
from email.utils import parsedate_to_datetime

import pytest

from tests.factories import ensure_locales
from tests.html import find_all, parse

ATOM = {"a": "http://www.w3.org/2005/Atom"}


def _rss_titles(content: bytes) -> list[str]:
    return [item.findtext("title") for item in ET.fromstring(content).iter("item")]


def _rss_links(content: bytes) -> list[str]:
    return [item.findtext("link") for item in ET.fromstring(content).iter("item")]


def test_guide_rss_lists_the_guides_a_reader_of_the_language_sees(client, knowledge_tree):
    response = client.get("/en/feeds/guides.rss")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    english = sorted(_rss_titles(response.content))
    # The French original has no English version: English readers get it in French.
    assert english == [
        "Family outreach in winter",
        "Maraude de nuit",
        "Rapid re-housing of families",
        "Street outreach at night",
    ]
    french = client.get("/fr/feeds/guides.rss").content
    assert sorted(_rss_titles(french)) == english
    # Every guide is linked under the French prefix where the site serves it there.
    assert sorted(_rss_links(french)) == [
        "http://testserver/fr/guides/maraude/",
        "http://testserver/fr/guides/rapid-rehousing/",
        "http://testserver/fr/guides/street-outreach/",
        "http://testserver/fr/guides/winter-outreach/",
    ]


def test_guide_feed_follows_the_listing_filters(client, knowledge_tree):
    titles = _rss_titles(client.get("/en/feeds/guides.rss?theme=outreach&country=FR").content)
    assert sorted(titles) == ["Family outreach in winter", "Maraude de nuit"]


def test_a_filtered_feed_says_what_it_is_filtered_on(client, knowledge_tree):
    channel = ET.fromstring(
        client.get("/en/feeds/guides.rss?theme=outreach&country=FR&q=winter").content
    ).find("channel")
    assert channel.findtext("title") == (
        "Homeless Mobile Citizen Network: best-practice guides"
        " (Theme: Outreach; Country: France; Search: “winter”)"
    )
    unfiltered = ET.fromstring(client.get("/en/feeds/guides.rss").content).find("channel")
    assert unfiltered.findtext("title") == "Homeless Mobile Citizen Network: best-practice guides"


def test_a_filtered_feed_title_is_in_the_readers_language(client, knowledge_tree):
    ensure_locales("de")
    channel = ET.fromstring(client.get("/de/feeds/guides.atom?country=FR").content)
    title = channel.findtext("a:title", namespaces=ATOM)
    assert "Frankreich" in title


def test_guide_atom_feed_parses_with_links(client, knowledge_tree):
    root = ET.fromstring(client.get("/en/feeds/guides.atom").content)
    entries = root.findall("a:entry", ATOM)
    assert len(entries) == 4
    links = {
        entry.findtext("a:title", namespaces=ATOM): entry.find("a:link", ATOM).get("href")
        for entry in entries
    }
    assert links["Street outreach at night"] == "http://testserver/en/guides/street-outreach/"
    # Written only in French, linked under the English reader's prefix.
    assert links["Maraude de nuit"] == "http://testserver/en/guides/maraude/"


def test_update_feeds(client, knowledge_tree):
    assert _rss_titles(client.get("/en/feeds/updates.rss").content) == ["Network meets in Brussels"]
    root = ET.fromstring(client.get("/en/feeds/updates.atom").content)
    assert root.find("a:entry/a:title", ATOM).text == "Network meets in Brussels"


def test_update_feeds_carry_each_updates_own_date(client, knowledge_tree):
    update = knowledge_tree["update"]
    update.date = datetime.date(2024, 3, 1)
    update.save_revision().publish()
    item = ET.fromstring(client.get("/en/feeds/updates.rss").content).find("channel/item")
    assert parsedate_to_datetime(item.findtext("pubDate")).date() == datetime.date(2024, 3, 1)
    entry = ET.fromstring(client.get("/en/feeds/updates.atom").content).find("a:entry", ATOM)
    published = entry.findtext("a:published", namespaces=ATOM)
    assert published.startswith("2024-03-01")


@pytest.mark.parametrize(
    "listing",
    ["/ar/guides/", "/es/guides/", "/fr/updates/", "/de/updates/"],
)
def test_every_feed_link_of_every_languages_listing_answers(client, knowledge_tree, listing):
    ensure_locales("ar", "es", "fr", "de")
    language = listing.split("/")[1]
    page = parse(client.get(listing))
    feeds = [
        link.attributes["href"]
        for link in find_all(page, "link", rel="alternate")
        if link.attributes.get("type", "").endswith(("rss+xml", "atom+xml"))
    ]
    subscribe = [
        link.attributes["href"]
        for link in find_all(page, "a", href=True)
        if "/feeds/" in link.attributes["href"]
    ]
    assert feeds and subscribe
    for address in {*feeds, *subscribe}:
        assert address.startswith(f"/{language}/feeds/")
        response = client.get(address)
        assert response.status_code == 200, address
        root = ET.fromstring(response.content)
        links = [item.findtext("link") for item in root.iter("item")] + [
            link.get("href") for link in root.iterfind("a:entry/a:link", ATOM)
        ]
        assert links, address
        # Every entry, the guide written only in French included, is under the prefix.
        assert all(link.startswith(f"http://testserver/{language}/") for link in links)
        for link in links:
            assert client.get(link.removeprefix("http://testserver")).status_code == 200, link


def test_update_feed_exists_in_a_language_without_its_own_update_index(client, knowledge_tree):
    response = client.get("/de/feeds/updates.atom")
    assert response.status_code == 200
    entry = ET.fromstring(response.content).find("a:entry", ATOM)
    assert entry.find("a:link", ATOM).get("href") == ("http://testserver/de/updates/network-meets/")
