"""Template tags for structured data and absolute URLs in page metadata."""

import json

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.utils.html import format_html
from django.utils.safestring import SafeString

from practices.site.seo import event_graph, page_graph, trail_of

register = template.Library()

# Characters that could end the script element or start markup, escaped inside JSON strings.
_JSON_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


@register.simple_tag
def ld_json(data: dict) -> str:
    """A JSON-LD script element; the JSON is escaped so no value can close the element."""
    payload = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).translate(_JSON_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', SafeString(payload))


@register.simple_tag(takes_context=True)
def absolute_media_url(context, url: str) -> str:
    """An absolute URL for a media file, as Open Graph requires."""
    return context["request"].build_absolute_uri(url)


@register.simple_tag(takes_context=True)
def guide_json_ld(context, page) -> dict:
    """JSON-LD of a guide: its organisation is the author."""
    return page_graph(page, context.get("request"), author_name=page.organisation_name)


@register.simple_tag(takes_context=True)
def article_json_ld(context, page) -> dict:
    """JSON-LD of an update or country page, published by the network."""
    return page_graph(page, context.get("request"))


@register.simple_tag
def breadcrumb_trail(page) -> list:
    """Home page down to ``page`` (shared with the JSON-LD, so fetched once)."""
    return trail_of(page)


@register.simple_tag(takes_context=True)
def event_json_ld(context, page) -> dict:
    """JSON-LD of an event page."""
    return event_graph(page, context.get("request"))
