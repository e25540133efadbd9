"""Template tags for links and language marks that follow the one fallback rule
(practices.fallback): every link keeps the reader's language prefix."""

from django import template
from django.utils.html import format_html
from django.utils.translation import get_language, get_language_info

from network_site.core.languages import locale_codes
from practices.fallback import reader_trail, reader_url
from practices.site.seo import trail_of

register = template.Library()


@register.simple_tag(takes_context=True)
def reader_pageurl(context, page) -> str:
    """The page's address under the reader's language prefix (``pageurl`` for readers)."""
    url = getattr(page, "reader_url", None)
    return url if url is not None else reader_url(page, context.get("request"))


@register.simple_tag
def content_language(page) -> str:
    """`` lang`` and ``dir`` of a page shown in another language than the reader's, else ""."""
    code = locale_codes().get(page.locale_id, "")
    if not code or code == get_language():
        return ""
    direction = "rtl" if get_language_info(code)["bidi"] else "ltr"
    return format_html(' lang="{}" dir="{}"', code, direction)


@register.simple_tag(takes_context=True)
def reader_routablepageurl(context, page, url_name: str, *args, **kwargs) -> str:
    """``routablepageurl`` under the reader's language prefix."""
    base = reader_pageurl(context, page)
    return (
        base.rstrip("/") + "/" + page.specific.reverse_subpage(url_name, args, kwargs).lstrip("/")
    )


@register.simple_tag(takes_context=True)
def reader_breadcrumbs(context, page) -> list:
    """The breadcrumb trail in the reader's language (practices.fallback.reader_trail)."""
    return reader_trail(trail_of(page), context.get("request"))
