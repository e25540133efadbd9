"""The faceted guide listing: filters, counts, sorting, htmx fragments."""

import re


def _titles(html: str) -> list[str]:
    return re.findall(r'<h3 class="card__title"><a href="[^"]+">([^<]+)</a>', html)


def _count(html: str, facet: str, value: str) -> int:
    match = re.search(rf'id="count-{facet}-{value}"[^>]*>\((\d+)\)', html)
    assert match, f"no count for {facet}={value}"
    return int(match.group(1))


def test_listing_shows_the_guides_of_its_language(client, knowledge_tree):
    html = client.get("/en/guides/").content.decode()
    assert sorted(_titles(html)) == [
        "Family outreach in winter",
        "Rapid re-housing of families",
        "Street outreach at night",
    ]
    assert _titles(client.get("/fr/guides/").content.decode()) == ["Maraude de nuit"]


def test_facets_combine_or_within_and_across_and_count_accordingly(client, knowledge_tree):
    html = client.get("/en/guides/?theme=outreach&country=BE&country=FR").content.decode()
    assert sorted(_titles(html)) == ["Family outreach in winter", "Street outreach at night"]
    # Theme counts ignore the theme selection but respect the countries.
    assert _count(html, "theme", "outreach") == 2
    assert _count(html, "theme", "rehousing") == 2
    # Country counts ignore the country selection but respect the theme.
    assert _count(html, "country", "BE") == 1
    assert _count(html, "country", "FR") == 1
    assert _count(html, "country", "RO") == 0 if 'id="count-country-RO"' in html else True
    assert _count(html, "evidence", "emerging") == 1
    assert _count(html, "group", "families") == 1


def test_all_filters_together_narrow_to_one_guide(client, knowledge_tree):
    html = client.get(
        "/en/guides/?theme=rehousing&group=families&country=RO&evidence=evaluated"
    ).content.decode()
    assert _titles(html) == ["Rapid re-housing of families"]
    assert "1 guide matches" in html


def test_unknown_filter_values_are_ignored_not_errors(client, knowledge_tree):
    response = client.get("/en/guides/?theme=<script>&sort=evil&page=999")
    assert response.status_code == 200
    assert "<script>" not in response.content.decode().split("</header>", 1)[1]


def test_free_text_query_and_title_sort(client, knowledge_tree):
    html = client.get("/en/guides/?q=station").content.decode()
    assert _titles(html) == ["Street outreach at night"]
    html = client.get("/en/guides/?sort=title").content.decode()
    assert _titles(html) == sorted(_titles(html))


def test_htmx_request_gets_results_and_out_of_band_counts(client, knowledge_tree):
    response = client.get("/en/guides/?theme=outreach", HTTP_HX_REQUEST="true")
    html = response.content.decode()
    assert "<html" not in html
    assert 'id="guide-results"' in html
    assert 'hx-swap-oob="true"' in html
    assert 'aria-live="polite"' in html
    assert "HX-Request" in response["Vary"]


def test_filtered_listing_offers_the_feed_of_its_filters(client, knowledge_tree):
    html = client.get("/en/guides/?theme=outreach").content.decode()
    assert 'href="/en/feeds/guides.rss?theme=outreach"' in html


def test_evidence_levels_are_explained_on_a_public_page(client, knowledge_tree):
    html = client.get("/en/guides/evidence-levels/").content.decode()
    for level in ["Emerging", "Promising", "Evaluated", "Evidence-based"]:
        assert level in html
    assert 'id="evidence-based"' in html


def test_listing_query_budget(client, knowledge_tree, django_assert_max_num_queries):
    client.get("/en/guides/")  # warms the frame: menu, footer, vocabularies, languages
    with django_assert_max_num_queries(15):
        client.get("/en/guides/?theme=outreach&country=BE")
