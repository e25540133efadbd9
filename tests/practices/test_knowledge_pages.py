"""Guide, country and update pages: creation, rendering, structured data, query budgets."""

import json
import re

import pytest

from wagtail.models import Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from practices.models import (
    CountryIndexPage,
    CountryPage,
    GuideIndexPage,
    GuidePage,
    HomePage,
    UpdateIndexPage,
    UpdatePage,
)
from tests.accounts import SignedInPageTestCase
from tests.factories import build_knowledge_tree, build_site_tree, ensure_countries


class TestCreation(SignedInPageTestCase):
    """Editors can create every page type of the knowledge base where it belongs."""

    def setUp(self):
        self.tree = build_knowledge_tree(build_site_tree())
        self.login()

    def test_page_tree_rules(self):
        self.assertAllowedParentPageTypes(GuidePage, {GuideIndexPage})
        self.assertAllowedParentPageTypes(CountryPage, {CountryIndexPage})
        self.assertAllowedParentPageTypes(UpdatePage, {UpdateIndexPage})
        self.assertAllowedParentPageTypes(GuideIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(GuidePage, set())

    def test_create_indexes(self):
        # One index of each kind per home page: the German home has none yet.
        home = Page.objects.get(pk=self.tree["home_de"].pk)
        for model, slug in [
            (GuideIndexPage, "more-guides"),
            (CountryIndexPage, "more-countries"),
            (UpdateIndexPage, "more-updates"),
        ]:
            self.assertCanCreate(
                home, model, nested_form_data({"title": slug, "slug": slug, "introduction": ""})
            )

    def test_create_guide(self):
        theme = self.tree["themes"]["outreach"]
        self.assertCanCreate(
            self.tree["guides_index"],
            GuidePage,
            nested_form_data(
                {
                    "title": "Mobile health clinic",
                    "slug": "mobile-health-clinic",
                    "summary": "A van brings a nurse to where people sleep.",
                    "body": streamfield(
                        [
                            ("paragraph", rich_text("<p>Twice a week.</p>")),
                            ("quote", {"text": "It works.", "attribution": "A nurse"}),
                        ]
                    ),
                    "downloads": streamfield([]),
                    "themes": [theme.pk],
                    "countries": ["BE"],
                    "evidence_level": "promising",
                    "organisation_name": "Example clinic",
                }
            ),
        )

    def test_create_country_and_update(self):
        ensure_countries("PL")
        self.assertCanCreate(
            self.tree["countries_index"],
            CountryPage,
            nested_form_data(
                {
                    "title": "Poland",
                    "slug": "poland",
                    "country": "PL",
                    "summary": "How Poland responds.",
                    "strategy_summary": rich_text("<p>A national programme.</p>"),
                    "key_figures": streamfield(
                        [
                            (
                                "statistic",
                                {
                                    "figure": "30,000",
                                    "label": "people homeless",
                                    "source": "National count",
                                    "year": 2024,
                                },
                            )
                        ]
                    ),
                    "policy_framework": rich_text(""),
                    "links": streamfield([]),
                }
            ),
        )
        self.assertCanCreate(
            self.tree["updates_index"],
            UpdatePage,
            nested_form_data(
                {
                    "title": "Winter statement",
                    "slug": "winter-statement",
                    "date": "2026-11-20",
                    "kind": "statement",
                    "summary": "The network calls for winter beds.",
                    "body": streamfield([("paragraph", rich_text("<p>Beds now.</p>"))]),
                }
            ),
        )

    test_create_country_and_update.inline_formset = inline_formset  # keep the import used


def _json_ld(html: str) -> dict:
    match = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    assert match, "no JSON-LD on the page"
    return json.loads(match.group(1))


def test_guide_page_shows_classification_and_structured_data(client, knowledge_tree):
    html = client.get("/en/guides/rapid-rehousing/").content.decode()
    assert "<h1>Rapid re-housing of families</h1>" in html
    assert "Evaluated" in html
    assert "Belgium" in html and "Romania" in html
    assert 'href="/en/guides/?theme=rehousing"' in html
    assert '<link rel="canonical" href="http://testserver/en/guides/rapid-rehousing/">' in html
    assert '<meta property="og:title" content="Rapid re-housing of families">' in html
    graph = {item["@type"]: item for item in _json_ld(html)["@graph"]}
    assert graph["Article"]["headline"] == "Rapid re-housing of families"
    assert graph["Article"]["author"]["name"] == "Example agency"
    assert graph["Article"]["inLanguage"] == "en"
    assert [crumb["name"] for crumb in graph["BreadcrumbList"]["itemListElement"]] == [
        "Home",
        "Guides",
        "Rapid re-housing of families",
    ]
    assert graph["Organization"]["name"] == "Homeless Mobile Citizen Network"
    # Related guides: chosen none, so automatic by shared theme.
    assert "Family outreach in winter" in html.split("Related guides", 1)[1]


def test_country_page_lists_the_guides_practised_there(client, knowledge_tree):
    html = client.get("/en/countries/belgium/").content.decode()
    section = html.split("Practice in Belgium", 1)[1]
    assert "Rapid re-housing of families" in section
    assert "Street outreach at night" in section
    assert "Family outreach in winter" not in section
    assert _json_ld(html)["@graph"][0]["@type"] == "Article"


def test_update_listing_and_page(client, knowledge_tree):
    html = client.get("/en/updates/").content.decode()
    assert "Network meets in Brussels" in html
    html = client.get("/en/updates/?kind=statement").content.decode()
    assert "Network meets in Brussels" not in html
    assert client.get("/en/updates/network-meets/").status_code == 200


def _add_guides(index, count: int, theme) -> list[GuidePage]:
    guides = []
    for number in range(count):
        page = GuidePage(
            title=f"Extra guide {number}",
            slug=f"extra-{number}",
            summary="More practice.",
            organisation_name="Agency",
            body=[("paragraph", "<p>Text.</p>")],
        )
        page.themes = [theme]
        page.countries = list(ensure_countries("BE", "FR").values())
        index.add_child(instance=page)
        page.save_revision().publish()
        guides.append(page)
    return guides


@pytest.mark.parametrize("related_count", [2, 20])
def test_guide_page_query_budget(
    client, knowledge_tree, django_assert_max_num_queries, related_count
):
    guide = knowledge_tree["guides"][0]
    extra = _add_guides(
        knowledge_tree["guides_index"], related_count, knowledge_tree["themes"]["rehousing"]
    )
    guide.related_guides = extra
    guide.save_revision().publish()
    client.get("/en/guides/street-outreach/")  # warms the frame caches
    with django_assert_max_num_queries(15):
        response = client.get("/en/guides/rapid-rehousing/")
    # Chosen guides first; automatic ones (shared theme) fill up to three.
    assert response.content.decode().count('class="card__title"') == max(related_count, 3)


@pytest.mark.parametrize("guide_count", [2, 20])
def test_listing_query_budget_does_not_grow_with_results(
    client, knowledge_tree, django_assert_max_num_queries, guide_count
):
    _add_guides(knowledge_tree["guides_index"], guide_count, knowledge_tree["themes"]["outreach"])
    client.get("/en/guides/")
    with django_assert_max_num_queries(15):
        client.get("/en/guides/?theme=outreach")
