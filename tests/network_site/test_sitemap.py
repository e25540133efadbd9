"""The sitemap lists every page with its language alternates."""

import xml.etree.ElementTree as ET

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}


def test_sitemap_lists_pages_of_every_language_with_alternates(client, site_tree):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    root = ET.fromstring(response.content)
    entries = {
        url.findtext("s:loc", namespaces=NS): {
            link.get("hreflang"): link.get("href") for link in url.findall("x:link", NS)
        }
        for url in root.findall("s:url", NS)
    }
    # Only real translations: "About us" has no German version, and its fallback
    # address (/de/about-us/, the English text) names the English page as canonical.
    assert set(entries) == {
        "http://testserver/en/",
        "http://testserver/fr/",
        "http://testserver/de/",
        "http://testserver/en/about-us/",
        "http://testserver/fr/a-propos/",
    }
    assert entries["http://testserver/fr/a-propos/"] == {
        "en": "http://testserver/en/about-us/",
        "fr": "http://testserver/fr/a-propos/",
        "x-default": "http://testserver/en/about-us/",
    }
    assert set(entries["http://testserver/de/"]) == {"en", "fr", "de", "x-default"}


def test_robots_txt_points_at_the_sitemap_and_hides_private_areas(client, db):
    text = client.get("/robots.txt").content.decode()
    assert "Sitemap: http://testserver/sitemap.xml" in text
    assert "Disallow: /cms/" in text
    assert "Disallow: /en/members/" in text
