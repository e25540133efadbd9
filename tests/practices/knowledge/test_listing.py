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


def _hx_attributes(page) -> list[str]:
    """htmx attributes spelt without the ``data-`` prefix (the HTML checker rejects them)."""
    return sorted(
        name for element in find_all(page) for name in attributes(element) if name.startswith("hx-")
    )


def test_htmx_request_gets_the_results_and_swaps_the_whole_facet_panel(client, knowledge_tree):
    # Romania is offered at first; no outreach guide is practised there.
    assert "RO" in _counts(client.get("/en/guides/"), "country")
    response = client.get("/en/guides/?theme=outreach", HTTP_HX_REQUEST="true")
    fragment = parse(response)
    assert find_all(fragment, "html") == [] and find_all(fragment, "header") == []
    results = find(fragment, "section", id="guide-results")
    assert sorted(_titles(results)) == [
        "Family outreach in winter",
        "Maraude de nuit",
        "Street outreach at night",
    ]
    # The panel of facets comes out of band as a whole, so an option whose count fell
    # to nothing goes away instead of keeping its old count ("Romania (1)").
    panel = find(fragment, id="guide-facets", data_hx_swap_oob="true")
    assert _counts(panel, "country") == {"BE": 1, "FR": 2}
    assert _counts(panel, "theme") == {"outreach": 3, "rehousing": 2}
    assert find(panel, "input", id="facet-theme-outreach", checked=True)
    assert "HX-Request" in response["Vary"]


def test_result_count_is_one_live_region_outside_the_swapped_results(client, knowledge_tree):
    page = parse(client.get("/en/guides/?theme=outreach"))
    status = find(page, role="status", id="guide-results-status")
    assert text(status) == "3 guides match"
    assert find_all(find(page, "section", id="guide-results"), role="status") == []
    # htmx fills the same element (innerHTML) rather than replacing it, so screen
    # readers keep the region they were told about and hear the new number.
    fragment = parse(client.get("/en/guides/?theme=rehousing", HTTP_HX_REQUEST="true"))
    update = find(fragment, id="guide-results-status")
    assert attributes(update)["data-hx-swap-oob"] == "innerHTML"
    assert text(update) == "2 guides match"
    assert find_all(find(fragment, "section", id="guide-results"), role="status") == []


def test_filters_sit_behind_a_disclosure_with_the_count_outside(client, knowledge_tree):
    page = parse(client.get("/en/guides/"))
    form = find(page, "form", id="guide-filters")
    disclosure = find(form, "details", class_="listing__disclosure")
    assert text(find(disclosure, "summary")) == "Filters"
    assert find_all(disclosure, "input", type="checkbox")
    # The number of results is shown outside the (closed) disclosure.
    assert find_all(disclosure, id="guide-results-status") == []
    # Keyboard readers can jump over the filters to the results.
    skip = find(page, "a", href="#guide-results")
    assert text(skip) == "Skip to results"


def test_listing_uses_only_data_prefixed_htmx_attributes(client, knowledge_tree):
    assert _hx_attributes(client.get("/en/guides/?theme=outreach")) == []
    assert _hx_attributes(client.get("/en/guides/?theme=outreach", HTTP_HX_REQUEST="true")) == []
    form = find(client.get("/en/guides/"), "form", id="guide-filters")
    # Enter in the search box submits once: the form asks on submit, not on every change
    # (checkboxes and the sort submit the form themselves, see static/js/site.js).
    assert attributes(form)["data-hx-trigger"] == "submit"
    assert attributes(form)["data-hx-push-url"] == "true"


def test_language_switcher_keeps_the_filters(client, knowledge_tree):
    page = parse(client.get("/en/guides/?theme=outreach&country=FR"))
    switcher = find(page, "nav", class_="language-switcher")
    assert attributes(find(switcher, "a", hreflang="fr"))["href"] == (
        "/fr/guides/?theme=outreach&country=FR"
    )
    unfiltered = find(client.get("/en/guides/"), "nav", class_="language-switcher")
    assert attributes(find(unfiltered, "a", hreflang="fr"))["href"] == "/fr/guides/"


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
