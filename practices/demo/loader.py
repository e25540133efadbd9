"""Loads the site-frame demo content; running it again changes nothing.

Each piece is created only when it is missing, so a second run neither
duplicates content nor overwrites what an editor has changed since.
"""

from collections.abc import Iterator
from urllib.parse import urlsplit

from django.conf import settings
from django.db import transaction

from wagtail.models import Locale, Page, Site

from practices.demo import content
from practices.demo.translations_loader import translate_from_memory
from practices.models import FooterContent, FooterLink, HomePage, InformationPage, MainMenu
from practices.models.navigation import MainMenuItem


def _texts(node) -> Iterator[dict]:
    """Every multilingual text (a dict keyed by language) anywhere in a content structure."""
    if isinstance(node, dict):
        if "en" in node and all(isinstance(value, str) for value in node.values()):
            yield node
            return
        for value in node.values():
            yield from _texts(value)
    elif isinstance(node, list | tuple):
        for value in node:
            yield from _texts(value)


def translation_memory(language_code: str) -> dict[str, str]:
    """English source text → its translation, for every demo text of the site frame."""
    structures = [content.HOME, content.INFORMATION_PAGES, content.MAIN_MENU, content.FOOTER]
    return {text["en"]: text[language_code] for text in _texts(structures)}


def translate(instance, language_code: str) -> bool:
    """Translate a page or snippet through wagtail-localize, as a translator would.

    Returns False when the translation already exists. Raises DemoContentError when
    a string of the source has no demo translation, so the demo never shows a
    half-translated page.
    """
    locale = Locale.objects.get(language_code=language_code)
    if instance.has_translation(locale):
        return False
    translate_from_memory(instance, locale, translation_memory(language_code), "demo content")
    return True


def ensure_locales() -> None:
    """Create a Wagtail locale for every configured language."""
    for code, _name in settings.LANGUAGES:
        Locale.objects.get_or_create(language_code=code)


def _paragraph(text: str) -> str:
    return f"<p>{text}</p>"


def _demo_host() -> tuple[str, int]:
    """Host and port the demo site is served on, so that full URLs (sitemap) are right."""
    parsed = urlsplit(settings.WAGTAILADMIN_BASE_URL)
    return parsed.hostname or "localhost", parsed.port or 80


def ensure_home() -> tuple[HomePage, bool]:
    """The English home page, replacing Wagtail's placeholder welcome page."""
    existing = HomePage.objects.filter(locale=Locale.get_default(), depth=2).first()
    if existing:
        return existing, False
    # The tree's root exists from Wagtail's first migration, unless the tables were emptied.
    root = Page.get_first_root_node() or Page.add_root(
        instance=Page(title="Root", slug="root", locale=Locale.get_default())
    )
    site = Site.objects.filter(is_default_site=True).first()
    for placeholder in root.get_children().filter(content_type__model="page"):
        if site and site.root_page_id == placeholder.pk:
            site.root_page = root
            site.save()
        placeholder.delete()
    home = root.add_child(
        instance=HomePage(title=content.HOME["title"]["en"], slug=content.HOME["slug"]["en"])
    )
    site = site or Site(is_default_site=True)
    site.hostname, site.port = _demo_host()
    site.root_page = home
    site.site_name = settings.WAGTAIL_SITE_NAME
    site.save()
    return home, True


def ensure_information_pages(home: HomePage) -> dict[str, InformationPage]:
    """The English information pages under the home page, by English slug."""
    pages = {}
    for spec in content.INFORMATION_PAGES:
        slug = spec["slug"]["en"]
        page = InformationPage.objects.child_of(home).filter(slug=slug).first()
        if page is None:
            body = [
                (
                    kind,
                    {"text": text["en"], "level": "h2"}
                    if kind == "heading"
                    else _paragraph(text["en"]),
                )
                for kind, text in spec["body"]
            ]
            page = home.add_child(
                instance=InformationPage(
                    title=spec["title"]["en"], slug=slug, intro=spec["intro"]["en"], body=body
                )
            )
        pages[slug] = page
    return pages


def fill_home_body(home: HomePage, pages: dict[str, InformationPage]) -> None:
    """Give a new home page its hero, introduction and featured links, and publish it."""
    spec = content.HOME
    home.body = [
        (
            "hero",
            {
                "heading": spec["hero"]["heading"]["en"],
                "text": spec["hero"]["text"]["en"],
                "action": {
                    "page": pages["about-the-network"],
                    "url": "",
                    "label": spec["hero"]["action_label"]["en"],
                },
            },
        ),
        ("intro", {"text": "".join(_paragraph(text["en"]) for text in spec["intro"])}),
        (
            "featured_links",
            {
                "heading": spec["featured_heading"]["en"],
                "links": [
                    {
                        "page": pages[link["page"]],
                        "url": "",
                        "label": "",
                        "description": link["description"]["en"],
                    }
                    for link in spec["featured"]
                ],
            },
        ),
    ]
    home.save_revision().publish()


def ensure_main_menu(pages: dict[str, InformationPage]) -> tuple[MainMenu, bool]:
    """The English main menu."""
    locale = Locale.get_default()
    menu = MainMenu.objects.filter(locale=locale).first()
    if menu:
        return menu, False
    menu = MainMenu(name=content.MAIN_MENU["name"]["en"], locale=locale)
    menu.items = [
        MainMenuItem(link_page=pages[slug], locale=locale) for slug in content.MAIN_MENU["pages"]
    ]
    menu.save()
    return menu, True


def ensure_footer(pages: dict[str, InformationPage]) -> tuple[FooterContent, bool]:
    """The English footer."""
    locale = Locale.get_default()
    footer = FooterContent.objects.filter(locale=locale).first()
    if footer:
        return footer, False
    footer = FooterContent(
        about=content.FOOTER["about"]["en"],
        contact_email=content.FOOTER["contact_email"],
        locale=locale,
    )
    footer.links = [
        FooterLink(link_page=pages[slug], locale=locale) for slug in content.FOOTER["pages"]
    ]
    footer.save()
    return footer, True


def load_site_frame() -> list[str]:
    """Create whatever is missing of the demo frame; return a line per thing created.

    Each translation is committed on its own: wagtail-localize publishes a page
    translation when its transaction commits, and publishing a parent after its
    children were added in the same transaction would undo the tree's child count.
    """
    created: list[str] = []
    with transaction.atomic():
        ensure_locales()
        home, home_created = ensure_home()
        pages = ensure_information_pages(home)
        if home_created:
            fill_home_body(home, pages)
            created.append("home page and information pages")
        menu, menu_created = ensure_main_menu(pages)
        footer, footer_created = ensure_footer(pages)
    created += ["main menu"] * menu_created + ["footer"] * footer_created
    for code in content.TRANSLATED_LANGUAGES:
        for instance in [home, *pages.values(), menu, footer]:
            with transaction.atomic():
                translated = translate(instance, code)
            if translated:
                created.append(f"{code} translation of {instance}")
    return created
