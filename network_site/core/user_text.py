"""Text that people write (case notes, forum posts), rendered as Markdown and sanitised.

Markdown is rendered with raw HTML escaped, then nh3 keeps only a short list of
tags and attributes: no images, no scripts, no styles, links only to http(s) and
mailto with ``rel="nofollow noopener noreferrer"``. Never mark user text safe any
other way.
"""

import re

import markdown
import nh3

from django.utils.safestring import SafeString, mark_safe

ALLOWED_TAGS = {
    "p", "br", "strong", "em", "code", "pre", "blockquote", "ul", "ol", "li", "a", "hr",
    "h3", "h4", "h5", "h6",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}}
URL_SCHEMES = {"http", "https", "mailto"}
LINK_REL = "nofollow noopener noreferrer"
# A link whose address nh3 removed (``javascript:``, an unknown scheme): nh3 writes its
# output in one canonical form, so such a link is exactly this; only its text is kept.
LINK_WITHOUT_ADDRESS = re.compile(f'<a rel="{LINK_REL}">(.*?)</a>', re.S)


class _EscapeHtml(markdown.Extension):
    """Raw HTML in the source is shown as text, never passed through."""

    def extendMarkdown(self, md):
        md.preprocessors.deregister("html_block")
        md.inlinePatterns.deregister("html")


def render_user_text(text: str) -> SafeString:
    """The Markdown ``text`` as safe HTML."""
    html = markdown.markdown(text or "", extensions=[_EscapeHtml()], output_format="html")
    cleaned = nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        link_rel=LINK_REL,
    )
    return mark_safe(LINK_WITHOUT_ADDRESS.sub(r"\1", cleaned))  # noqa: S308 (sanitised by nh3 just above)
