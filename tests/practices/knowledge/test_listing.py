"""The faceted guide listing: filters, counts, sorting, htmx fragments."""

from tests.html import attributes, find, find_all, links, parse, text


def _titles(page) -> list[str]:
    return [text(title) for title in find_all(page, "h3", class_="card__title")]


def _counts(page, facet: str) -> dict[str, int]:
    """The values a facet offers, with the count shown next to each."""
    prefix = f"count-{facet}-"
    return {
        attributes(count)["id"].removeprefix(prefix): int(text(count).strip("()"))
        for count in find_all(page, "span", class_="facet__count")
        if attributes(count)["id"].startswith(prefix)
    }


def test_listing_shows_every_guide_once_whatever_its_language(client, knowledge_tree):
    every_guide = [
        "Family outreach in winter",
        "Maraude de nuit",
        "Rapid re-housing of families",
        "Street outreach at night",
    ]
    assert sorted(_titles(client.get("/en/guides/"))) == every_guide
    assert sorted(_titles(client.get("/fr/guides/"))) == every_guide


def test_facets_combine_or_within_and_across_and_count_accordingly(client, knowledge_tree):
    page = parse(client.get("/en/guides/?theme=outreach&country=BE&country=FR"))
    assert sorted(_titles(page)) == [
        "Family outreach in winter",
        "Maraude de nuit",  # written only in French: listed for every reader
        "Street outreach at night",
    ]
    # Theme counts ignore the theme selection but respect the countries.
    assert _counts(page, "theme") == {"outreach": 3, "rehousing": 2}
    # Country counts ignore the country selection but respect the theme: no outreach
    # guide is practised in Romania, so Romania is not offered at all.
    assert _counts(page, "country") == {"BE": 1, "FR": 2}
    assert _counts(page, "evidence") == {"emerging": 2, "promising": 1}
    assert _counts(page, "group") == {"families": 1, "young-people": 2}


def test_all_filters_together_narrow_to_one_guide(client, knowledge_tree):
    page = parse(
        client.get("/en/guides/?theme=rehousing&group=families&country=RO&evidence=evaluated")
    )
    assert _titles(page) == ["Rapid re-housing of families"]
    assert text(find(page, class_="search-summary")) == "1 guide matches"


def test_unknown_filter_values_are_ignored_not_errors(client, knowledge_tree):
    assert len(_titles(client.get("/en/guides/?sort=evil&page=999"))) == 4
    response = client.get("/en/guides/?theme=<script>")
    assert response.status_code == 200
    page = parse(response)
    assert find_all(page, "section", id="guide-results")
    # The value is not echoed into the page as markup.
    assert find_all(find(page, "main"), "script") == []


def test_free_text_query_and_title_sort(client, knowledge_tree):
    assert _titles(client.get("/en/guides/?q=station")) == ["Street outreach at night"]
    assert _titles(client.get("/en/guides/?sort=title")) == [
        "Family outreach in winter",
        "Maraude de nuit",
        "Rapid re-housing of families",
        "Street outreach at night",
    ]


def test_htmx_request_gets_results_and_out_of_band_counts(client, knowledge_tree):
    response = client.get("/en/guides/?theme=outreach", HTTP_HX_REQUEST="true")
    fragment = parse(response)
    assert find_all(fragment, "html") == [] and find_all(fragment, "header") == []
    results = find(fragment, "section", id="guide-results")
    assert sorted(_titles(results)) == [
        "Family outreach in winter",
        "Maraude de nuit",
        "Street outreach at night",
    ]
    # Screen readers hear the new number of results.
    assert text(find(results, role="status", aria_live="polite")) == "3 guides match"
    # The counts of the form, outside the results, are swapped in out of band.
    counts = find_all(fragment, "span", class_="facet__count")
    assert counts and all(attributes(count).get("hx-swap-oob") == "true" for count in counts)
    assert _counts(fragment, "theme") == {"outreach": 3, "rehousing": 2}
    assert "HX-Request" in response["Vary"]


def test_filtered_listing_offers_the_feed_of_its_filters(client, knowledge_tree):
    page = parse(client.get("/en/guides/?theme=outreach"))
    assert links(find(page, class_="listing__feeds")) == ["/en/feeds/guides.rss?theme=outreach"]
    assert find_all(
        find(page, "head"),
        "link",
        type="application/rss+xml",
        href="/en/feeds/guides.rss?theme=outreach",
    )


def test_evidence_levels_are_explained_on_a_public_page(client, knowledge_tree):
    levels = find(client.get("/en/guides/evidence-levels/"), "dl", class_="evidence-levels")
    # Guide pages link to these anchors (#<level>) from their evidence tag.
    assert {
        attributes(level)["id"]: text(find(level, "dt"))
        for level in find_all(levels, "div", id=True)
    } == {
        "emerging": "Emerging",
        "promising": "Promising",
        "evaluated": "Evaluated",
        "evidence-based": "Evidence-based",
    }


def test_listing_query_budget(client, knowledge_tree, django_assert_max_num_queries):
    client.get("/en/guides/")  # warms the frame: menu, footer, vocabularies, languages
    with django_assert_max_num_queries(15):
        response = client.get("/en/guides/?theme=outreach&country=BE")
    assert _titles(response) == ["Street outreach at night"]
