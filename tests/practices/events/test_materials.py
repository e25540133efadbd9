"""The materials library: documents and links of events and guides, filtered and searched."""

import pytest

from django.core.files.base import ContentFile

from wagtail.documents import get_document_model

from practices.models import GuideIndexPage, GuidePage, MaterialsLibraryPage, Theme
from tests.factories import ensure_countries, make_event, make_event_index, make_term
from tests.html import attributes, find, find_all, parse, text


@pytest.fixture
def library(site_tree):
    ensure_countries("BE", "RO")
    home = site_tree["home"]
    outreach = make_term(Theme, "outreach", "Outreach")
    document = get_document_model().objects.create(
        title="Slides file", file=ContentFile(b"%PDF-1.4 demo", name="slides.pdf")
    )
    index = make_event_index(home)
    event = make_event(
        index,
        title="Winter outreach day",
        days_ahead=-30,
        country_id="RO",
        materials=[
            (
                "document",
                {
                    "title": "Outreach slides",
                    "kind": "slides",
                    "language": "ro",
                    "document": document,
                },
            ),
            (
                "link",
                {
                    "title": "Recording of the panel",
                    "kind": "recording",
                    "language": "en",
                    "url": "https://example.org/panel",
                },
            ),
        ],
    )
    event.themes = [outreach]
    event.save_revision().publish()
    guides = home.add_child(instance=GuideIndexPage(title="Guides", slug="guides"))
    guide = GuidePage(
        title="Rights clinic",
        slug="rights-clinic",
        summary="Advice on rights.",
        organisation_name="Example",
        body=[("paragraph", "<p>Text.</p>")],
        downloads=[
            (
                "document",
                {
                    "document": document,
                    "title": "Clinic toolkit",
                    "kind": "toolkit",
                    "language": "fr",
                },
            )
        ],
    )
    guide.countries = ensure_countries("BE").values()
    guides.add_child(instance=guide)
    guide.save_revision().publish()
    page = home.add_child(instance=MaterialsLibraryPage(title="Materials", slug="materials"))
    page.save_revision().publish()
    return page


def _materials(page) -> dict[str, dict]:
    """The materials listed in the results, by title: the link's attributes and its source."""
    results = find(page, "section", class_="listing__results")
    listed = {}
    for material in find_all(results, "div", class_="material"):
        link = find(material, "a", class_="material__link")
        sources = find_all(material, "span", class_="material__source")
        listed[text(link)] = {**attributes(link), "source": text(sources[0]) if sources else ""}
    return listed


def test_library_lists_materials_of_events_and_guides(client, library):
    page = parse(client.get(library.url))
    materials = _materials(page)
    assert {title: material["source"] for title, material in materials.items()} == {
        "Outreach slides": "From the event Winter outreach day",
        "Recording of the panel": "From the event Winter outreach day",
        "Clinic toolkit": "From the guide Rights clinic",
    }
    assert text(find(page, class_="search-summary")) == "3 materials found"
    # Each link says the language of what it leads to.
    assert materials["Outreach slides"]["hreflang"] == "ro"
    assert materials["Recording of the panel"]["hreflang"] == "en"


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("kind=slides", {"Outreach slides"}),
        ("language=fr", {"Clinic toolkit"}),
        ("theme=outreach", {"Outreach slides", "Recording of the panel"}),
        ("country=BE", {"Clinic toolkit"}),
        ("q=panel", {"Recording of the panel"}),
        ("q=clinic", {"Clinic toolkit"}),  # words of the page it comes from count too
        ("q=winter+slides", {"Outreach slides"}),
        ("kind=unknown", set()),
    ],
)
def test_library_filters(client, library, query, expected):
    response = client.get(f"{library.url}?{query}")
    assert response.status_code == 200
    assert set(_materials(response)) == expected


def test_sources_keep_the_readers_language_prefix(client, library):
    page = parse(client.get("/fr/materials/"))
    results = find(page, "section", class_="listing__results")
    sources = [find(source, "a") for source in find_all(results, "span", class_="material__source")]
    assert {text(link): attributes(link)["href"] for link in sources} == {
        "Winter outreach day": "/fr/events/event-1/",
        "Rights clinic": "/fr/guides/rights-clinic/",
    }
