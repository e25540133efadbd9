"""The demo loader builds the site from its data files, in five languages, idempotently."""

import io
import logging

import pytest

from django.core import mail
from django.core.management import call_command

from wagtail.models import Page, Revision

from practices.demo.loader import DemoLoader
from practices.models import (
    EventPage,
    FooterContent,
    GuidePage,
    HomePage,
    InformationPage,
    MainMenu,
)
from practices.models.navigation import MainMenuItem
from tests.factories import InformationPageFactory
from tests.html import attributes, find, find_all, links, parse, text, texts


def _counts() -> dict:
    return {
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "menus": MainMenu.objects.count(),
        "footers": FooterContent.objects.count(),
    }


def _load(caplog) -> list[str]:
    """Load the demo as `make run` does; the lines it printed."""
    out = io.StringIO()
    with caplog.at_level(logging.INFO):
        call_command("load_demo_content", stdout=out)
    return out.getvalue().splitlines()


@pytest.mark.django_db(transaction=True)
def test_demo_content_loads_once_and_a_second_run_changes_nothing(client, caplog):
    output = _load(caplog)
    # One line per stage as it runs, not a line per page: the first and the last stage,
    # the sections and the translations are named, with what each created.
    assert output[0].startswith("Loading the demo content in ")
    steps = int(output[0].split(" in ")[1].split()[0])
    assert len(output) == steps + 2, output
    assert output[1].startswith("  [ 1/") and "home page, information pages" in output[1]
    assert any("section /guides/" in line and "created" in line for line in output)
    assert any("translations into fr" in line for line in output)
    assert output[-1].startswith("Demo content: created ")
    assert not [record for record in caplog.records if record.name.startswith("wagtail")]
    first = _counts()
    # Home, menu, footer and information pages in en, fr, de, pl and ro.
    assert HomePage.objects.count() == 5
    assert InformationPage.objects.count() == 20
    assert first["menus"] == 5 and first["footers"] == 5
    assert GuidePage.objects.filter(locale__language_code="en").count() >= 12
    for language in ["fr", "de", "pl", "ro"]:
        assert GuidePage.objects.filter(locale__language_code=language).count() == 4
    # The demo registration went through the registration service: a place, and its e-mail.
    berlin = EventPage.objects.get(slug="housing-first-peer-review-visit-berlin")
    assert [r.status for r in berlin.registrations.all()] == ["confirmed"]
    registrant = [m for m in mail.outbox if "katarzyna.wisniewska@example.org" in m.to]
    assert len(registrant) == 1
    # The rest are the demo staff's notifications (offers of the register's sharing demo).
    sent = len(mail.outbox)
    assert all(m.to[0].endswith("@example.org") for m in mail.outbox)
    output = _load(caplog)
    assert _counts() == first
    assert output[-1].startswith("Demo content: already complete, nothing changed")
    assert all("nothing to do" in line for line in output[1:-1]), output
    assert len(mail.outbox) == sent

    for path, visible in [
        ("/en/", "Support that follows people across Europe"),
        ("/fr/", "Un accompagnement qui suit les personnes"),
        ("/de/ueber-das-netzwerk/", "Warum es das Netzwerk gibt"),
        ("/pl/o-sieci/", "O sieci"),
        ("/ro/ghiduri/", "Ghiduri"),
    ]:
        response = client.get(path)
        assert response.status_code == 200, path
        assert visible in response.content.decode()
    # The home page invites reading, in the reader's language: the newest guides, the
    # partners and funders, and the menu leads to the agency directory.
    home = parse(client.get("/fr/"))
    headings = texts(home, "h2", class_="latest__heading")
    assert len(headings) == 3 and "Événements à venir" in headings
    assert len(find_all(home, "article", class_="card")) >= 6
    assert text(find(home, "div", class_="partners")).startswith("Partenaires et financement")
    menu = find(home, "nav", class_="site-nav")
    assert find(menu, "a", href="/fr/agencies/")
    # The French outreach guide is out of date on purpose; a guide without a Polish
    # version is shown in English to Polish readers. Both say so.
    for path, notice in [
        (
            "/fr/bonnes-pratiques/maraude-multilingue/",
            "Cette traduction n’est peut-être plus à jour",
        ),
        ("/pl/przewodniki/youth-hostel-with-training/", "Ta strona nie jest jeszcze dostępna"),
    ]:
        response = client.get(path)
        assert response.status_code == 200, path
        assert text(find(response, role="note", class_="language-notice")).startswith(notice), path

    # One fallback rule: French readers find all 13 guides (4 French, 9 in English),
    # a menu in French that never leaves /fr/, and the vocabularies in French.
    listing = parse(client.get("/fr/bonnes-pratiques/"))
    assert text(find(listing, class_="search-summary")).split()[0] == "13"
    english = find_all(listing, "h3", class_="card__title", lang="en")
    assert len(english) == len(find_all(listing, "h3", class_="card__title")) - 4
    addresses = [link for link in links(find(listing, id="guide-results")) if link[0] == "/"]
    assert addresses and all(link.startswith("/fr/") for link in addresses)
    menu = find(listing, "nav", class_="site-nav")
    assert all(link.startswith("/fr/") for link in links(menu))
    menu_links = {text(link): attributes(link)["href"] for link in find_all(menu, "a")}
    assert (menu_links["Pays"], menu_links["Actualités"]) == ("/fr/pays/", "/fr/actualites/")
    assert {"Logement d’abord", "Maraude"} <= {
        text(label).rsplit(" (", 1)[0] for label in find_all(listing, "label")
    }
    # A guide reached at its English address in French leads to its French version.
    response = client.get("/fr/guides/rapid-re-housing-of-homeless-families/")
    assert response["Location"] == "/fr/bonnes-pratiques/relogement-rapide-des-familles/"

    # A past event's slides are a PDF readers can download.
    brussels = EventPage.objects.get(slug="network-launch-conference-brussels")
    slides = next(block.value for block in brussels.materials if block.block_type == "document")
    response = client.get(slides["document"].url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content).startswith(b"%PDF-1.4")


def test_menu_entries_of_new_sections_go_in_place_once(client, site_tree):
    """A menu made before some sections existed gains their entries in the order of the data.

    An entry an editor added stays where it was; a second run adds nothing.
    """
    tree = site_tree  # the English menu links "About us", the editor's entry
    pages = {
        slug: InformationPageFactory(parent=tree["home"], title=slug.title(), slug=slug)
        for slug in ["guides", "events", "contact"]
    }
    menu = tree["menu"]
    menu.items = [
        MainMenuItem(link_page=page, locale=menu.locale, sort_order=number)
        for number, page in enumerate([tree["about"], pages["contact"]])
    ]
    menu.save()
    spec = {"name": "Main menu", "pages": ["guides", "events", "contact"]}
    DemoLoader().ensure_menu(spec)
    DemoLoader().ensure_menu(spec)
    menu = find(client.get("/en/"), "nav", class_="site-nav")
    assert links(menu) == ["/en/about-us/", "/en/guides/", "/en/events/", "/en/contact/"]


def test_demo_content_is_refused_in_production_settings(settings, db):
    from django.core.management.base import CommandError

    settings.DEMO_CONTENT_ALLOWED = False
    with pytest.raises(CommandError):
        call_command("load_demo_content")
