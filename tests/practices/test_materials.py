"""The materials library: documents and links of events and guides, filtered and searched."""

import pytest

from django.core.files.base import ContentFile

from wagtail.documents import get_document_model

from practices.models import GuideIndexPage, GuidePage, MaterialsLibraryPage, Theme
from tests.factories import ensure_countries, make_event, make_event_index, make_term


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


def test_library_lists_materials_of_events_and_guides(client, library):
    text = client.get(library.url).text
    for title in ("Outreach slides", "Recording of the panel", "Clinic toolkit"):
        assert title in text
    assert "3 materials found" in text
    assert "From the event" in text and "From the guide" in text
    assert 'hreflang="ro"' in text


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
    text = client.get(f"{library.url}?{query}").text
    found = {
        title
        for title in ("Outreach slides", "Recording of the panel", "Clinic toolkit")
        if f">{title}</a>" in text
    }
    assert found == expected
