"""Template tags of event pages and the materials library."""

from django import template

from practices.events.materials import material_from_value
from practices.events.selectors import event_page_context

register = template.Library()


@register.simple_tag
def material_from_block(value):
    """The material a document or link block describes, for ``material_item.html``."""
    return material_from_value(value)


@register.simple_tag
def event_details(page) -> dict:
    """Themes, languages and related guides of an event page (only run when not cached)."""
    return event_page_context(page)
