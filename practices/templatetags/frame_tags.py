"""Template tags that draw the CMS-managed parts of the frame: main menu and footer."""

from django import template
from django.utils.translation import get_language

from wagtail.models import Page

from network_site.core import content_cache
from practices.knowledge.selectors import guide_page_context
from practices.site.language_notice import language_notice
from practices.site.navigation import footer_content, main_menu_links

register = template.Library()


@register.simple_tag(takes_context=True)
def main_menu(context):
    """The main menu's links in the active language."""
    return main_menu_links(get_language(), context.get("request"))


@register.simple_tag(takes_context=True)
def site_footer(context):
    """The footer in the active language, or None before any footer exists."""
    return footer_content(get_language(), context.get("request"))


@register.simple_tag
def content_version() -> int:
    """Changes whenever editors publish anything: part of every fragment-cache key."""
    return content_cache.content_version()


@register.simple_tag
def content_cache_seconds() -> int:
    """How long cached fragments live (see CONTENT_CACHE_SECONDS)."""
    return content_cache.content_timeout()


@register.simple_tag
def guide_details(page) -> dict:
    """Classification and related guides of a guide page (only run when not cached)."""
    return guide_page_context(page)


@register.simple_tag(takes_context=True)
def page_language_notice(context):
    """The language notice for the page being shown, if it needs one."""
    page = context.get("page")
    if not isinstance(page, Page) or not page.pk:
        return None
    return language_notice(page)
