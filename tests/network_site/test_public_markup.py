"""Public pages as assistive technology and search engines read them: landmarks, forms,
descriptions."""

import pytest

from tests.factories import make_event, make_event_index
from tests.html import attributes, find, find_all, parse


def _search_landmark_names(page) -> list[str]:
    names = []
    for landmark in find_all(page, role="search"):
        labels = attributes(landmark)
        if "aria-labelledby" in labels:
            names.append(" ".join(labels["aria-labelledby"].split()) + "@labelledby")
            for identifier in labels["aria-labelledby"].split():
                find(page, id=identifier)
        else:
            names.append(labels.get("aria-label", ""))
    return names


@pytest.mark.parametrize("url", ["/en/search/?q=housing", "/en/no-such-page/", "/ar/search/"])
def test_every_search_landmark_has_a_name_of_its_own(client, knowledge_tree, url):
    names = _search_landmark_names(parse(client.get(url)))
    assert names and all(names), f"unnamed search landmark: {names}"
    assert len(set(names)) == len(names), f"two search landmarks share a name: {names}"


def test_listing_forms_name_their_own_address(client, knowledge_tree):
    index = make_event_index(knowledge_tree["home"])
    make_event(index)
    for url in (index.url, "/en/agencies/"):
        for form in find_all(parse(client.get(url)), "form"):
            action = attributes(form).get("action")
            assert action != "", f"{url}: {form!r} has an empty action"


@pytest.mark.parametrize("where", ["home", "evidence levels"])
def test_home_and_evidence_levels_describe_themselves(client, knowledge_tree, where):
    url = "/en/" if where == "home" else f"{knowledge_tree['guides_index'].url}evidence-levels/"
    page = parse(client.get(url))
    description = attributes(find(page, "meta", name="description"))["content"]
    assert len(description) > 40
