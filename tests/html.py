"""Reading a rendered page as HTML: elements found by tag and attributes, and their text.

Tests assert on what a reader meets (a link, a heading, a field marked invalid), not
on how the markup happens to be spelt: attribute order, quoting, entities and
whitespace do not matter.

    page = parse(response)
    find(page, "a", href="/en/about-us/", aria_current="page")
    texts(page, "h3", class_="card__title")

Keyword names are attribute names with ``-`` spelt ``_`` (a trailing ``_`` is
dropped: ``class_``, ``for_``). ``class_`` matches when the element has all the
given classes; ``True`` matches any value; every other value must be equal.

Python's own ``html.parser`` builds the tree, so text keeps its spaces exactly (a
``<mark>`` inside a sentence does not split it); ``str(element)`` gives the element
back as HTML for ``assertInHTML``.
"""

import json
from collections.abc import Iterator
from html import escape
from html.parser import HTMLParser

from django.http.response import HttpResponseBase
from django.utils.html import VOID_ELEMENTS

# Text inside these is not shown to the reader.
INVISIBLE = {"script", "style", "template"}
# Elements that start on a line of their own: their text does not run into the next.
BLOCKS = {
    "address", "article", "aside", "blockquote", "br", "caption", "dd", "details", "div",
    "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3",
    "h4", "h5", "h6", "header", "hr", "legend", "li", "main", "nav", "ol", "p", "pre",
    "section", "summary", "table", "td", "th", "tr", "ul",
}  # fmt: skip
IMPLIED_END = {
    "li": {"li"}, "dt": {"dt", "dd"}, "dd": {"dt", "dd"}, "p": {"p"}, "option": {"option"},
    "tr": {"tr", "td", "th"}, "td": {"td", "th"}, "th": {"td", "th"},
}  # fmt: skip


class Element:
    """An element of the page: its tag name, attributes and children (text or elements)."""

    def __init__(self, name: str | None, attributes: dict):
        self.name = name
        self.attributes = attributes
        self.children: list = []

    def __str__(self) -> str:
        inner = "".join(
            (child if self.name in INVISIBLE else escape(child, quote=False))
            if isinstance(child, str)
            else str(child)
            for child in self.children
        )
        if self.name is None:
            return inner
        attrs = "".join(
            f" {name}" if value is None else f' {name}="{escape(value)}"'
            for name, value in self.attributes.items()
        )
        if self.name in VOID_ELEMENTS:
            return f"<{self.name}{attrs}>"
        return f"<{self.name}{attrs}>{inner}</{self.name}>"

    def __repr__(self) -> str:
        shown = str(self)
        return shown if len(shown) < 300 else f"{shown[:300]}…"


class _TreeBuilder(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Element(None, {})
        self.open = [self.root]

    def handle_starttag(self, tag, attrs):
        # An item, a term or a paragraph ends where the next one of its kind starts.
        if tag in IMPLIED_END and self.open[-1].name in IMPLIED_END[tag]:
            self.open.pop()
        element = Element(tag, dict(attrs))
        self.open[-1].children.append(element)
        if tag not in VOID_ELEMENTS:
            self.open.append(element)

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in VOID_ELEMENTS:
            self.open.pop()

    def handle_endtag(self, tag):
        # Close the element and any left open inside it; a stray end tag is ignored.
        for depth in range(len(self.open) - 1, 0, -1):
            if self.open[depth].name == tag:
                del self.open[depth:]
                return

    def handle_data(self, data):
        self.open[-1].children.append(data)


def parse(page) -> Element:
    """The element tree of a response, of a string of HTML, or the element itself."""
    if isinstance(page, Element):
        return page
    if isinstance(page, HttpResponseBase):
        page = page.content.decode(page.charset or "utf-8")
    elif isinstance(page, bytes):
        page = page.decode()
    builder = _TreeBuilder()
    builder.feed(page)
    builder.close()
    return builder.root


def attributes(element: Element) -> dict:
    """The element's attributes by name (a boolean attribute's value is ``None``)."""
    return element.attributes


def _matches(element: Element, tag: str | None, wanted: dict) -> bool:
    if element.name is None or (tag is not None and element.name != tag):
        return False
    for name, value in wanted.items():
        if name not in element.attributes:
            return False
        present = element.attributes[name]
        if value is True:
            continue
        if name == "class":
            if not set(value.split()) <= set((present or "").split()):
                return False
        elif present != value:
            return False
    return True


def _elements(element: Element) -> Iterator[Element]:
    """The element and every element inside it, in the order of the page."""
    yield element
    for child in element.children:
        if isinstance(child, Element):
            yield from _elements(child)


def find_all(page, tag: str | None = None, /, **wanted) -> list[Element]:
    """Every element with this tag (any tag when ``None``) and these attributes, in order."""
    wanted = {key.rstrip("_").replace("_", "-"): value for key, value in wanted.items()}
    return [element for element in _elements(parse(page)) if _matches(element, tag, wanted)]


def find(page, tag: str | None = None, /, **wanted) -> Element:
    """The one element with this tag and these attributes; fails when there are none or more."""
    found = find_all(page, tag, **wanted)
    described = f"<{tag or '*'} {' '.join(f'{k}={v!r}' for k, v in wanted.items())}>"
    assert found, f"no {described} on the page"
    assert len(found) == 1, f"{len(found)} {described} on the page, expected one"
    return found[0]


def text(element: Element | str) -> str:
    """The text a reader sees in the element, with whitespace collapsed."""

    def pieces(node) -> Iterator[str]:
        if isinstance(node, str):
            yield node
        elif node.name not in INVISIBLE:
            gap = " " if node.name in BLOCKS else ""
            yield gap
            for child in node.children:
                yield from pieces(child)
            yield gap

    return " ".join("".join(pieces(element)).split())


def texts(page, tag: str | None = None, /, **wanted) -> list[str]:
    """The text of every element with this tag and these attributes, in page order."""
    return [text(element) for element in find_all(page, tag, **wanted)]


def links(page) -> list[str]:
    """The targets of every link (``<a href>``) in the page or element, in order."""
    return [link.attributes["href"] for link in find_all(page, "a", href=True)]


def json_ld(page) -> dict:
    """The page's structured data (its one ``<script type="application/ld+json">``)."""
    script = find(page, "script", type="application/ld+json")
    return json.loads("".join(script.children))
