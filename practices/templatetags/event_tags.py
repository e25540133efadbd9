"""Template tags of event pages and the materials library."""

from django import template

from practices.materials import material_from_value

register = template.Library()


@register.simple_tag
def material_from_block(value):
    """The material a document or link block describes, for ``material_item.html``."""
    return material_from_value(value)


@register.simple_tag
def event_details(page) -> dict:
    """Themes, languages and related guides of an event page (only run when not cached)."""
    from practices.selectors import event_page_context

    return event_page_context(page)
