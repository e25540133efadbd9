"""Factories for test data, kept apart from the demo content."""

import factory
import wagtail_factories

from django.db import transaction

from wagtail.models import Locale, Page, Site

from practices.models import (
    Country,
    CountryIndexPage,
    CountryPage,
    EventIndexPage,
    EventPage,
    FooterContent,
    FooterLink,
    GuideIndexPage,
    GuidePage,
    HomePage,
    InformationPage,
    MainMenu,
    TargetGroup,
    Theme,
    UpdateIndexPage,
    UpdatePage,
)
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


# --- Knowledge base -------------------------------------------------------------


def ensure_countries(*codes: str) -> dict:
    """Country rows (a migration seeds them, but transactional tests empty the table)."""
    return {code: Country.objects.get_or_create(code=code)[0] for code in codes}


def make_term(model, slug: str, name: str, locale=None):
    """A theme or target group in the default (or given) locale."""
    locale = locale or Locale.get_default()
    return model.objects.get_or_create(slug=slug, locale=locale, defaults={"name": name})[0]


def build_knowledge_tree(site: dict | None = None) -> dict:
    """Guide, country and update indexes under the English home, with a few guides.

    Guides (theme / target group / country / evidence):
    - "Rapid re-housing of families": rehousing / families / BE, RO / evaluated
    - "Street outreach at night": outreach / young-people / BE / emerging
    - "Family outreach in winter": outreach, rehousing / families / FR / promising
    A French translation of the index holds one French guide about outreach.
    """
    site = site or build_site_tree()
    home = site["home"]
    countries = ensure_countries("BE", "RO", "FR", "DE")
    rehousing = make_term(Theme, "rehousing", "Rapid re-housing")
    outreach = make_term(Theme, "outreach", "Outreach")
    families = make_term(TargetGroup, "families", "Families with children")
    young = make_term(TargetGroup, "young-people", "Young people")

    def guide(parent, title, slug, themes, groups, codes, level, body_text):
        page = GuidePage(
            title=title,
            slug=slug,
            summary=f"Summary of {title.lower()}.",
            organisation_name="Example agency",
            evidence_level=level,
            body=[("paragraph", f"<p>{body_text}</p>")],
        )
        page.themes = themes
        page.target_groups = groups
        page.countries = [countries[code] for code in codes]
        parent.add_child(instance=page)
        page.save_revision().publish()
        return page

    guides_index = home.add_child(instance=GuideIndexPage(title="Guides", slug="guides"))
    guides = [
        guide(guides_index, "Rapid re-housing of families", "rapid-rehousing", [rehousing],
              [families], ["BE", "RO"], "evaluated",
              "A support worker visits each household weekly; caseloads stay small."),
        guide(guides_index, "Street outreach at night", "street-outreach", [outreach], [young],
              ["BE"], "emerging", "Teams walk the station area after midnight."),
        guide(guides_index, "Family outreach in winter", "winter-outreach", [outreach, rehousing],
              [families], ["FR"], "promising", "Emergency shelters open extra family rooms."),
    ]  # fmt: skip
    locales = ensure_locales("fr")
    guides_index.refresh_from_db()
    with transaction.atomic():
        guides_index_fr = translate_page(
            guides_index, locales["fr"], title="Guides pratiques", slug="guides"
        )
    guide_fr = guide(
        guides_index_fr,
        "Maraude de nuit",
        "maraude",
        [outreach],
        [young],
        ["FR"],
        "emerging",
        "Les équipes de maraude sillonnent la gare après minuit.",
    )
    countries_index = home.add_child(instance=CountryIndexPage(title="Countries", slug="countries"))
    belgium = countries_index.add_child(
        instance=CountryPage(
            title="Belgium",
            slug="belgium",
            country=countries["BE"],
            summary="How Belgium responds.",
            strategy_summary="<p>Regional strategies.</p>",
        )
    )
    updates_index = home.add_child(instance=UpdateIndexPage(title="Updates", slug="updates"))
    update = updates_index.add_child(
        instance=UpdatePage(
            title="Network meets in Brussels",
            slug="network-meets",
            summary="Partners met to compare winter plans.",
            body=[("paragraph", "<p>Partners compared their winter shelter plans.</p>")],
        )
    )
    return {
        **site,
        "guides_index": guides_index,
        "guides": guides,
        "guides_index_fr": guides_index_fr,
        "guide_fr": guide_fr,
        "countries_index": countries_index,
        "belgium": belgium,
        "updates_index": updates_index,
        "update": update,
        "themes": {"rehousing": rehousing, "outreach": outreach},
        "groups": {"families": families, "young-people": young},
    }


def build_search_examples(tree: dict) -> dict:
    """Pages a search must rank sensibly, on top of the knowledge tree.

    A guide titled "Housing First …" and two country pages whose text merely mentions
    housing, several times: the guide's title must weigh more than their repetition.
    """
    guide = GuidePage(
        title="Housing First for people sleeping rough",
        slug="housing-first",
        summary="A flat first, support after.",
        organisation_name="Example agency",
        body=[("paragraph", "<p>Tenancies are offered without conditions.</p>")],
    )
    tree["guides_index"].add_child(instance=guide)
    guide.save_revision().publish()
    countries = ensure_countries("AT", "DE")
    pages = []
    for code, title in (("AT", "Austria"), ("DE", "Germany")):
        page = CountryPage(
            title=title,
            slug=title.lower(),
            country=countries[code],
            summary=f"Housing, social housing and housing benefits in {title}.",
            strategy_summary="<p>A housing strategy: housing allowances, housing advice.</p>",
        )
        tree["countries_index"].add_child(instance=page)
        page.save_revision().publish()
        pages.append(page)
    return {"housing_first": guide, "countries": pages}


# --- Events -------------------------------------------------------------------------


def make_event_index(home):
    """An event index under a home page."""
    index = home.add_child(instance=EventIndexPage(title="Events", slug="events"))
    index.save_revision().publish()
    return index


def make_event(index, *, days_ahead: float = 10, hours: float = 6, **fields):
    """A published in-person event ``days_ahead`` from now (negative: in the past)."""
    import datetime

    from django.utils import timezone

    ensure_countries("BE")
    start = timezone.now().replace(microsecond=0) + datetime.timedelta(days=days_ahead)
    values = {
        "title": "Outreach workshop",
        "slug": f"event-{EventPage.objects.count() + 1}",
        "summary": "A workshop on outreach.",
        "start": start,
        "end": start + datetime.timedelta(hours=hours),
        "time_zone": "Europe/Brussels",
        "venue_name": "Town hall",
        "venue_city": "Brussels",
        "country_id": "BE",
        "organiser": "Example agency",
        "registration_mode": "on-site",
        **fields,
    }
    event = EventPage(**values)
    index.add_child(instance=event)
    event.save_revision().publish()
    event.refresh_from_db()
    return event
