"""The home page invites reading: the latest guides, the next events, the latest updates,
the partners and funders, and the agency directory in the menu."""

import datetime

import pytest

from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext

from wagtail.test.utils.form_data import nested_form_data, streamfield

from practices.demo.data_files import read
from practices.demo.images import make_demo_image
from practices.models import HomePage, UpdateIndexPage, UpdatePage
from practices.models.navigation import MainMenuItem
from tests.accounts import give_second_factor, sign_in
from tests.factories import make_event, make_event_index, translate_page
from tests.html import attributes, find, find_all, links, parse, text

LATEST_BLOCKS = [
    ("latest", {"kind": "guides", "heading": ""}),
    ("latest", {"kind": "events", "heading": ""}),
    ("latest", {"kind": "updates", "heading": ""}),
]
PARTNERS = {
    "heading": "Partners and funding",
    "statement": "The founding project was funded by the European Commission.",
    "partners": [
        {"name": "European Commission", "role": "Funder", "url": "https://commission.europa.eu/"},
        {"name": "FEANTSA", "role": "Delivery partner", "url": ""},
    ],
}


def _publish_body(page, blocks) -> None:
    page = HomePage.objects.get(pk=page.pk)  # the fixture's copy may predate its children
    page.body = blocks
    page.save_revision().publish()


def _section(page, heading: str, language: str = "en"):
    """The part of the home page under the ``<h2>`` with this text, as the interface of
    ``language`` words it."""
    with translation.override(language):
        heading = gettext(heading)
    for container in find_all(page, "div", class_="latest"):
        if text(find(container, "h2")) == heading:
            return container
    raise AssertionError(f"no section headed {heading!r}")


def _card_titles(section) -> list[str]:
    return [text(title) for title in find_all(section, "h3", class_="card__title")]


@pytest.fixture
def home_with_latest(knowledge_tree):
    """The English home page lists guides, events and updates; three events, one past."""
    tree = knowledge_tree
    index = make_event_index(tree["home"])
    make_event(index, title="Peer review in Berlin", days_ahead=20)
    make_event(index, title="Webinar on outreach", days_ahead=5)
    make_event(index, title="Launch conference", days_ahead=-30)
    _publish_body(tree["home"], LATEST_BLOCKS)
    return tree


def test_home_lists_the_newest_guides_the_next_events_and_the_latest_updates(
    client, home_with_latest
):
    page = parse(client.get("/en/"))
    guides = _section(page, "Latest guides")
    # The first three of the guide listing, newest first: the newest one was written in
    # French only, and is shown in French (the one fallback rule).
    assert _card_titles(guides) == [
        "Maraude de nuit",
        "Family outreach in winter",
        "Street outreach at night",
    ]
    french_only = find(guides, "a", href="/en/guides/maraude/")
    assert attributes(french_only)["lang"] == "fr"
    assert text(find(guides, "a", href="/en/guides/")) == "All guides"
    events = _section(page, "Upcoming events")
    assert _card_titles(events) == ["Webinar on outreach", "Peer review in Berlin"]
    assert find_all(events, "time", datetime=True)
    assert text(find(events, "a", href="/en/events/")) == "All events"
    updates = _section(page, "Latest updates")
    assert _card_titles(updates) == ["Network meets in Brussels"]
    assert links(updates) == ["/en/updates/network-meets/", "/en/updates/"]


def test_an_editor_may_give_a_block_its_own_heading(client, home_with_latest):
    home = home_with_latest["home"]
    _publish_body(home, [("latest", {"kind": "updates", "heading": "News from the network"})])
    section = _section(parse(client.get("/en/")), "News from the network")
    assert _card_titles(section) == ["Network meets in Brussels"]


def test_cards_show_the_image_of_pages_that_have_one(client, home_with_latest):
    spec = read("images.yaml")["family-home"]
    guide = next(g for g in home_with_latest["guides"] if g.title == "Family outreach in winter")
    guide.hero_image = make_demo_image("family-home", spec)
    guide.save_revision().publish()
    section = _section(parse(client.get("/en/")), "Latest guides")
    cards = {text(find(card, "h3")): card for card in find_all(section, "article", class_="card")}
    image = find(cards["Family outreach in winter"], "img", class_="card__image")
    # Decorative: the card's title says what it is.
    assert attributes(image)["alt"] == ""
    assert attributes(image)["src"].endswith(".png")
    assert not find_all(cards["Street outreach at night"], "img")


def test_a_french_reader_sees_french_versions_and_french_links(client, home_with_latest):
    tree = home_with_latest
    _publish_body(tree["home_fr"], LATEST_BLOCKS)
    page = parse(client.get("/fr/"))
    guides = _section(page, "Latest guides", "fr")
    card = find(guides, "a", href="/fr/guides/maraude/")
    assert text(card) == "Maraude de nuit"
    assert "lang" not in attributes(card)  # in the reader's language
    with translation.override("fr"):
        assert text(find(guides, "a", href="/fr/guides/")) == gettext("All guides")


def test_an_update_in_its_original_language_says_so(client, home_with_latest):
    """The French home has no French update: the English one is shown, marked English."""
    _publish_body(home_with_latest["home_fr"], LATEST_BLOCKS)
    updates = _section(parse(client.get("/fr/")), "Latest updates", "fr")
    (title,) = find_all(updates, "h3", class_="card__title")
    link = find(title, "a")
    assert (text(link), attributes(link)["lang"], attributes(link)["dir"]) == (
        "Network meets in Brussels",
        "en",
        "ltr",
    )


def test_a_translated_update_is_shown_in_the_readers_language(client, home_with_latest):
    tree = home_with_latest
    _publish_body(tree["home_fr"], LATEST_BLOCKS)
    french = tree["home_fr"].locale
    index = UpdateIndexPage.objects.get(pk=tree["updates_index"].pk)
    translate_page(index, french, title="Actualités", slug="actualites")
    update = UpdatePage.objects.get(pk=tree["update"].pk)
    translate_page(update, french, title="Le réseau se réunit à Bruxelles")
    updates = _section(parse(client.get("/fr/")), "Latest updates", "fr")
    assert _card_titles(updates) == ["Le réseau se réunit à Bruxelles"]
    assert "/fr/actualites/" in links(updates)


def test_newly_published_content_appears_at_once(client, home_with_latest):
    client.get("/en/")
    updates_index = home_with_latest["updates_index"]
    news = UpdatePage(
        title="Winter lessons",
        slug="winter-lessons",
        summary="What member cities learnt.",
        date=datetime.date.today() + datetime.timedelta(days=1),
        body=[("paragraph", "<p>Lessons.</p>")],
    )
    updates_index.add_child(instance=news)
    news.save_revision().publish()
    updates = _section(parse(client.get("/en/")), "Latest updates")
    assert _card_titles(updates) == ["Winter lessons", "Network meets in Brussels"]


def test_a_home_page_listing_events_is_cached_only_minutes(client, home_with_latest):
    response = client.get("/en/")
    assert "max-age=300" in response["Cache-Control"]


def test_rendering_the_home_page_with_latest_content_stays_within_budget(
    client, home_with_latest, django_assert_max_num_queries
):
    """Cards are cached fragments: a render with a warm cache costs what a plain home
    page costs; with every cache empty, a bounded number of queries."""
    _publish_body(home_with_latest["home"], [*LATEST_BLOCKS, ("partners", PARTNERS)])
    with django_assert_max_num_queries(40):
        assert client.get("/en/").status_code == 200
    with django_assert_max_num_queries(4):
        response = client.get("/en/?rendered")
    assert len(find_all(response, "article", class_="card")) == 6


def test_the_partner_band_names_partners_and_funders(client, site_tree):
    _publish_body(site_tree["home"], [("partners", PARTNERS)])
    band = find(parse(client.get("/en/")), "div", class_="partners")
    assert text(find(band, "h2")) == "Partners and funding"
    assert text(find(band, "p")) == "The founding project was funded by the European Commission."
    names = [text(item) for item in find_all(band, "li", class_="partner")]
    assert names == ["European Commission Funder", "FEANTSA Delivery partner"]
    assert text(find(band, "a", href="https://commission.europa.eu/")) == "European Commission"


def test_an_editor_edits_the_partner_band_in_the_cms(client, site_tree, django_user_model):
    editor = django_user_model.objects.create_superuser("chief", "chief@example.org", "pw")
    give_second_factor(editor)
    sign_in(client, editor)
    home = site_tree["home"]
    partner = {"name": "Cardiff housing association", "role": "Lead partner", "url": "", "logo": ""}
    data = nested_form_data(
        {
            "title": "Home",
            "slug": "home",
            "body": streamfield(
                [
                    (
                        "partners",
                        {
                            "heading": "Who makes it possible",
                            "statement": "",
                            "partners": {
                                "count": 1,
                                "0": {"value": partner, "deleted": "", "order": 0, "id": ""},
                            },
                        },
                    )
                ]
            ),
            "action-publish": "publish",
        }
    )
    response = client.post(reverse("wagtailadmin_pages:edit", args=[home.pk]), data)
    assert response.status_code == 302, response.content.decode()[:2000]
    assert HomePage.objects.get(pk=home.pk).live
    band = find(parse(client.get("/en/?after-edit")), "div", class_="partners")
    assert text(find(band, "h2")) == "Who makes it possible"
    assert [text(item) for item in find_all(band, "li")] == [
        "Cardiff housing association Lead partner"
    ]


def test_the_menu_links_the_agency_directory_in_the_readers_language(client, site_tree):
    menu = site_tree["menu"]
    menu.items = [
        MainMenuItem(link_page=site_tree["about"], locale=menu.locale, sort_order=0),
        MainMenuItem(link_view="agency_directory", locale=menu.locale, sort_order=1),
    ]
    menu.save()
    for language, name in [("en", "Member agencies"), ("fr", "Agences membres")]:
        nav = find(parse(client.get(f"/{language}/")), "nav", class_="site-nav")
        link = find(nav, "a", href=f"/{language}/agencies/")
        assert text(link) == name
        assert "lang" not in attributes(link)
