"""Reads the main menu and footer for a language, cached until an editor changes them.

The frame appears on every page, so it is built once per language and kept in
the content cache (network_site.core.content_cache), which editors' changes retire.
"""

from dataclasses import dataclass

from django.http import HttpRequest
from django.urls import reverse
from django.utils import translation

from wagtail.models import Page

from network_site.core.content_cache import cached_content
from network_site.core.languages import locale_codes
from practices.choices import SiteView
from practices.fallback import reader_urls
from practices.models import FooterContent, MainMenu


@dataclass(frozen=True)
class FrameLink:
    """A link as the frame shows it, with the language its text is written in."""

    href: str
    text: str
    lang: str = ""


@dataclass(frozen=True)
class Footer:
    """What the footer shows in one language."""

    about: str
    contact_email: str
    links: list[FrameLink]
    lang: str = ""


def _resolve_links(items, language_code: str, request: HttpRequest | None) -> list[FrameLink]:
    """Turn menu items into links, using each linked page's version in ``language_code``.

    A page that language lacks is linked under its prefix all the same (the one
    fallback rule, practices.fallback), never to another language's address.
    """
    items = list(items)
    keys = [item.link_page.translation_key for item in items if item.link_page_id]
    localized = {
        page.translation_key: page
        for page in Page.objects.live().filter(
            translation_key__in=keys, locale__language_code=language_code
        )
    }
    codes = locale_codes()
    pages = {
        item.pk: localized.get(item.link_page.translation_key, item.link_page)
        for item in items
        if item.link_page_id
    }
    urls = reader_urls([page for page in pages.values() if page.live], request, language_code)
    links = []
    for item in items:
        item_language = codes.get(item.locale_id, "")
        if item.link_page_id:
            page = pages[item.pk]
            if not page.live:
                continue
            text_language = item_language if item.label else codes.get(page.locale_id, "")
            text = item.label or page.title
            links.append(FrameLink(urls[page.pk], text, text_language))
        elif item.link_view:
            # The site's own pages live under every language prefix, named in each language.
            with translation.override(language_code):
                href = reverse(item.link_view)
                text = item.label or str(SiteView(item.link_view).label)
            links.append(FrameLink(href, text, item_language if item.label else ""))
        else:
            links.append(FrameLink(item.link_url, item.label, item_language))
    return links


def main_menu_links(language_code: str, request: HttpRequest | None = None) -> list[FrameLink]:
    """The main menu's links in a language (the default language's menu when it has none)."""

    def build() -> list[FrameLink]:
        menu = MainMenu.objects.for_language(language_code)
        items = menu.items.select_related("link_page") if menu else []
        return _resolve_links(items, language_code, request)

    return cached_content("menu", build=build, language=language_code)


def footer_content(language_code: str, request: HttpRequest | None = None) -> Footer | None:
    """The footer in a language (the default language's footer when it has none)."""

    def build() -> Footer | None:
        content = FooterContent.objects.for_language(language_code)
        if content is None:
            return None
        links = _resolve_links(content.links.select_related("link_page"), language_code, request)
        language = locale_codes().get(content.locale_id, "")
        return Footer(content.about, content.contact_email, links, language)

    return cached_content("footer", build=build, language=language_code)
