"""RSS and Atom feeds of guides and updates."""

import xml.etree.ElementTree as ET

ATOM = {"a": "http://www.w3.org/2005/Atom"}


def _rss_titles(content: bytes) -> list[str]:
    return [item.findtext("title") for item in ET.fromstring(content).iter("item")]


def test_guide_rss_lists_the_languages_guides(client, knowledge_tree):
    response = client.get("/en/feeds/guides.rss")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    assert sorted(_rss_titles(response.content)) == [
        "Family outreach in winter",
        "Rapid re-housing of families",
        "Street outreach at night",
    ]
    assert _rss_titles(client.get("/fr/feeds/guides.rss").content) == ["Maraude de nuit"]


def test_guide_feed_follows_the_listing_filters(client, knowledge_tree):
    titles = _rss_titles(client.get("/en/feeds/guides.rss?theme=outreach&country=FR").content)
    assert titles == ["Family outreach in winter"]


def test_guide_atom_feed_parses_with_links(client, knowledge_tree):
    root = ET.fromstring(client.get("/en/feeds/guides.atom").content)
    entries = root.findall("a:entry", ATOM)
    assert len(entries) == 3
    link = entries[0].find("a:link", ATOM).get("href")
    assert link.startswith("http://testserver/en/guides/")


def test_update_feeds(client, knowledge_tree):
    assert _rss_titles(client.get("/en/feeds/updates.rss").content) == ["Network meets in Brussels"]
    root = ET.fromstring(client.get("/en/feeds/updates.atom").content)
    assert root.find("a:entry/a:title", ATOM).text == "Network meets in Brussels"


def test_feed_of_a_language_without_guides_is_not_found(client, knowledge_tree):
    assert client.get("/de/feeds/guides.rss").status_code == 404
