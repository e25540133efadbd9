"""Guide, country and update pages: creation, rendering, structured data, query budgets."""

import pytest
from pytest_django.asserts import assertContains

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
from tests.html import find, find_all, json_ld, links, parse, text


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


def _facts(page) -> dict[str, str]:
    """The "About this practice" box: each term and its description, as read."""
    facts = find(page, "dl", class_="facts")
    return {
        text(term): text(description)
        for term, description in zip(find_all(facts, "dt"), find_all(facts, "dd"), strict=True)
    }


def _card_titles(page) -> list[str]:
    return [text(title) for title in find_all(page, "h3", class_="card__title")]


def test_guide_page_shows_classification_and_structured_data(client, knowledge_tree):
    response = client.get("/en/guides/rapid-rehousing/")
    assertContains(response, "<h1>Rapid re-housing of families</h1>", html=True)
    assertContains(
        response,
        '<link rel="canonical" href="http://testserver/en/guides/rapid-rehousing/">',
        html=True,
    )
    assertContains(
        response, '<meta property="og:title" content="Rapid re-housing of families">', html=True
    )
    page = parse(response)
    evidence = find(page, "a", class_="tag", href="/en/guides/evidence-levels/#evaluated")
    assert text(evidence) == "Evidence: Evaluated"
    facts = _facts(page)
    assert facts["Practised in"] == "Belgium, Romania"
    assert facts["Themes"] == "Rapid re-housing"
    assert facts["Target groups"] == "Families with children"
    assert "/en/guides/?theme=rehousing" in links(find(page, "dl", class_="facts"))
    graph = {item["@type"]: item for item in json_ld(page)["@graph"]}
    assert graph["Article"]["headline"] == "Rapid re-housing of families"
    assert graph["Article"]["author"]["name"] == "Example agency"
    assert graph["Article"]["inLanguage"] == "en"
    assert [crumb["name"] for crumb in graph["BreadcrumbList"]["itemListElement"]] == [
        "Home",
        "Guides",
        "Rapid re-housing of families",
    ]
    assert graph["Organization"]["name"] == "Homeless Mobile Citizen Network"
    # Related guides: chosen none, so automatic by shared theme (the one other guide).
    related = find(page, "section", class_="related")
    assert _card_titles(related) == ["Family outreach in winter"]


def test_country_page_lists_the_guides_practised_there(client, knowledge_tree):
    page = parse(client.get("/en/countries/belgium/"))
    practice = find(page, "aside", aria_labelledby="country-guides-heading")
    assert text(find(practice, "h2")) == "Practice in Belgium"
    assert sorted(text(link) for link in find_all(practice, "a")) == [
        "Rapid re-housing of families",
        "Street outreach at night",
    ]
    assert json_ld(page)["@graph"][0]["@type"] == "Article"


def _update_titles(response) -> list[str]:
    results = find(response, "ol", class_="search-results")
    return [text(title) for title in find_all(results, "h2", class_="search-results__title")]


def test_update_listing_and_page(client, knowledge_tree):
    assert _update_titles(client.get("/en/updates/")) == ["Network meets in Brussels"]
    statements = client.get("/en/updates/?kind=statement")
    assert _update_titles(statements) == []
    assertContains(statements, "<li>Nothing has been published here yet.</li>", html=True)
    response = client.get("/en/updates/network-meets/")
    assertContains(response, "<h1>Network meets in Brussels</h1>", html=True)


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
    # 16: one of them places the guide under the prefix of each language without a
    # translation (the language switcher), cached with the page's versions afterwards.
    with django_assert_max_num_queries(16):
        response = client.get("/en/guides/rapid-rehousing/")
    assert response.status_code == 200
    # Chosen guides first; automatic ones (shared theme) fill up to three.
    titles = _card_titles(find(response, "section", class_="related"))
    assert len(titles) == max(related_count, 3)
    assert titles[:related_count] == [f"Extra guide {number}" for number in range(related_count)]


@pytest.mark.parametrize("guide_count", [2, 20])
def test_listing_query_budget_does_not_grow_with_results(
    client, knowledge_tree, django_assert_max_num_queries, guide_count
):
    _add_guides(knowledge_tree["guides_index"], guide_count, knowledge_tree["themes"]["outreach"])
    client.get("/en/guides/")
    # Two more than before the fallback rule: the addresses of the cards shown in
    # another language (practices.fallback.reader_urls), however many there are.
    with django_assert_max_num_queries(17):
        response = client.get("/en/guides/?theme=outreach")
    # Three outreach guides (one written only in French) and the new ones, twelve to a page.
    assert len(_card_titles(response)) == min(3 + guide_count, 12)
