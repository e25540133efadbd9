"""Text people write is rendered as Markdown and nothing else reaches the page."""

from network_site.core.user_text import render_user_text
from tests.html import find, find_all, parse, text


def test_markdown_is_rendered():
    html = render_user_text("**Housing** first, see [the guide](https://example.org/g).")
    assert text(find(html, "strong")) == "Housing"
    link = find(html, "a")
    assert link.attributes["href"] == "https://example.org/g"
    assert set(link.attributes["rel"].split()) >= {"nofollow", "noopener"}


def test_raw_html_scripts_and_dangerous_links_are_inert():
    html = render_user_text(
        "<script>alert(1)</script>\n\n<b onclick='x()'>bold</b>\n\n"
        "[click](javascript:alert(2)) ![pixel](https://tracker.example/p.png)"
    )
    assert find_all(html, "script") == []
    assert find_all(html, "b") == []
    assert find_all(html, "img") == []
    # The link without a safe address is left as its text, never as an empty link.
    assert find_all(html, "a") == []
    assert "click" in text(parse(html))
    # The raw HTML is shown as text, so the writer sees what they typed.
    assert "<script>alert(1)</script>" in text(parse(html))


def test_empty_text_renders_nothing():
    assert render_user_text("") == ""
