"""Factories for test data, kept apart from the demo content."""

import factory
import wagtail_factories

from django.db import transaction

from wagtail.models import Locale, Page, Site

from practices.models import FooterContent, FooterLink, HomePage, InformationPage, MainMenu
from practices.models.navigation import MainMenuItem


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Home"
    slug = "home"

    class Meta:
        model = HomePage


class InformationPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Information {n}")
    intro = "What this page is about."

    class Meta:
        model = InformationPage


def ensure_locales(*codes: str) -> dict[str, Locale]:
    return {code: Locale.objects.get_or_create(language_code=code)[0] for code in codes}


def translate_page(page: Page, locale: Locale, **fields) -> Page:
    """Create and publish a translation with Wagtail's own copy_for_translation."""
    translation = page.copy_for_translation(locale)
    for name, value in fields.items():
        setattr(translation, name, value)
    translation.save_revision().publish()
    translation.refresh_from_db()
    return translation


def build_site_tree() -> dict:
    """English home with an information page; fr and de homes; the page in fr only.

    Also a main menu and a footer in English, so the frame shows CMS content.
    """
    locales = ensure_locales("en", "fr", "de")
    root = Page.get_first_root_node() or Page.add_root(
        instance=Page(title="Root", slug="root", locale=locales["en"])
    )
    Site.objects.all().delete()
    for child in root.get_children():
        child.delete()
    home = HomePageFactory(parent=root, title="Home", slug="home")
    Site.objects.create(hostname="testserver", port=80, root_page=home, is_default_site=True)
    about = InformationPageFactory(parent=home, title="About us", slug="about-us")
    home.refresh_from_db()
    with transaction.atomic():
        home_fr = translate_page(home, locales["fr"], title="Accueil", slug="accueil")
    with transaction.atomic():
        home_de = translate_page(home, locales["de"], title="Startseite", slug="startseite")
    with transaction.atomic():
        about_fr = translate_page(about, locales["fr"], title="À propos", slug="a-propos")
    menu = MainMenu(name="Main menu", locale=locales["en"])
    menu.items = [MainMenuItem(link_page=about, locale=locales["en"])]
    menu.save()
    footer = FooterContent(
        about="A network of agencies.", contact_email="team@example.org", locale=locales["en"]
    )
    footer.links = [FooterLink(link_page=about, locale=locales["en"])]
    footer.save()
    return {
        "home": home,
        "home_fr": home_fr,
        "home_de": home_de,
        "about": about,
        "about_fr": about_fr,
        "menu": menu,
        "footer": footer,
    }
