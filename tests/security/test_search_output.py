"""Finding 7 (search): the results page marks the reader's words, never inside markup."""

from html.parser import HTMLParser

import pytest

from practices.search.views import highlight
from tests.html import find, find_all, text, texts


class MarkedText(HTMLParser):
    """The text of a highlighted excerpt, and the words that were marked."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.text, self.marked, self._in_mark = "", [], False

    def handle_starttag(self, tag, attrs):
        assert tag == "mark", f"unexpected <{tag}>"
        self._in_mark = True

    def handle_endtag(self, tag):
        self._in_mark = False

    def handle_data(self, data):
        self.text += data
        if self._in_mark:
            self.marked.append(data)


def parse(html) -> MarkedText:
    parsed = MarkedText()
    parsed.feed(str(html))
    return parsed


@pytest.mark.parametrize("query", ["x27", "amp", "lt", "gt", "quot", "34", "x27 amp lt gt"])
def test_words_found_in_entities_are_not_marked(query):
    text = "Rock 'n' roll & <more> \"yes\""
    excerpt = parse(highlight(text, query))
    assert excerpt.text == text  # every character survives, once
    assert excerpt.marked == []


def test_the_readers_words_are_marked_in_the_text():
    excerpt = parse(highlight("Women's shelter & women's day", "women shelter"))
    assert excerpt.text == "Women's shelter & women's day"
    assert excerpt.marked == ["Women", "shelter", "women"]


def test_a_search_result_page_keeps_entities_whole(client, knowledge_tree):
    guide = knowledge_tree["guides"][1]
    guide.summary = "Route x27: teams' night walks & outreach"
    guide.save_revision().publish()
    results = find_all(
        client.get("/en/search/", {"q": "outreach x27"}), "li", class_="search-results__item"
    )
    (result,) = [item for item in results if text(find(item, "h2")) == guide.title]
    excerpt = find_all(result, "p")[-1]
    # A mark inside an entity (&#<mark>x27</mark>;) would show the entity's letters instead.
    assert text(excerpt) == "Route x27: teams' night walks & outreach"
    assert texts(excerpt, "mark") == ["x27", "outreach"]
