"""Page types of the site frame: creation rules, rendering and block validation."""

import pytest
from pytest_django.asserts import assertContains, assertInHTML

from django.core.exceptions import ValidationError

from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.models import Page
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from practices.blocks import HeroBlock, LinkBlock
from practices.models import (
    CountryIndexPage,
    EventIndexPage,
    GuideIndexPage,
    HomePage,
    InformationPage,
    MaterialsLibraryPage,
    UpdateIndexPage,
)
from tests.accounts import SignedInPageTestCase
from tests.factories import build_site_tree
from tests.html import attributes, find, find_all, parse, text


class TestPageTree(SignedInPageTestCase):
    def test_home_page_sits_at_the_root(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})
        self.assertAllowedSubpageTypes(
            HomePage,
            {
                InformationPage,
                GuideIndexPage,
                CountryIndexPage,
                UpdateIndexPage,
                EventIndexPage,
                MaterialsLibraryPage,
            },
        )

    def test_information_pages_nest_under_home_and_each_other(self):
        self.assertAllowedParentPageTypes(InformationPage, {HomePage, InformationPage})

    def test_an_editor_can_create_an_information_page(self):
        tree = build_site_tree()
        self.login()
        self.assertCanCreate(
            tree["home"],
            InformationPage,
            nested_form_data(
                {
                    "title": "Privacy notice",
                    "slug": "privacy-notice",
                    "intro": "What we record and why.",
                    "body": streamfield(
                        [
                            ("heading", {"text": "Cookies", "level": "h2"}),
                            ("paragraph", rich_text("<p>One cookie remembers your language.</p>")),
                        ]
                    ),
                }
            ),
        )


def test_information_page_renders_breadcrumbs_and_description(client, site_tree):
    response = client.get("/en/about-us/")
    assertContains(
        response, '<meta name="description" content="What this page is about.">', html=True
    )
    breadcrumbs = find(response, "nav", aria_label="Breadcrumb")
    crumbs = find_all(breadcrumbs, "a")
    assert [(text(a), attributes(a)["href"]) for a in crumbs] == [
        ("Home", "/en/"),
        ("About us", "/en/about-us/"),
    ]
    assert [attributes(a).get("aria-current") for a in crumbs] == [None, "page"]


def test_home_page_renders_its_blocks(client, site_tree):
    home = site_tree["home"]
    home.body = [
        (
            "hero",
            {
                "heading": "Support across borders",
                "text": "Agencies work together.",
                "action": {"page": site_tree["about"], "url": "", "label": ""},
            },
        ),
        ("intro", {"text": "<p>An introduction.</p>"}),
    ]
    home.save_revision().publish()
    page = parse(client.get("/en/"))
    hero = find(page, class_="hero")
    assert text(find(hero, "h1")) == "Support across borders"
    assertInHTML('<a class="button button--large" href="/en/about-us/">About us</a>', str(hero))
    # The intro's rich text is rendered as markup, not shown escaped.
    assertInHTML("<p>An introduction.</p>", str(find(page, class_="intro")))


def test_link_block_needs_exactly_one_target():
    block = LinkBlock()
    with pytest.raises(StructBlockValidationError):
        block.clean(block.to_python({"page": None, "url": "", "label": "Nowhere"}))
    with pytest.raises(StructBlockValidationError) as error:
        block.clean(block.to_python({"page": None, "url": "https://europa.eu/", "label": ""}))
    assert "label" in error.value.block_errors


def test_hero_block_refuses_a_blank_headline():
    block = HeroBlock()
    value = block.to_python({"heading": "   ", "text": "Text"})
    with pytest.raises((StructBlockValidationError, ValidationError)):
        block.clean(value)


def test_frame_shows_menu_and_footer_of_the_language(client, site_tree):
    page = parse(client.get("/fr/"))
    # Only an English menu exists: French readers get it, with links to French pages.
    menu = find(page, "nav", class_="site-nav")
    assertInHTML('<a class="site-nav__link" href="/fr/a-propos/">À propos</a>', str(menu))
    footer = find(page, "footer")
    assert "A network of agencies." in text(footer)
    assert text(find(footer, "a", href="mailto:team@example.org")) == "team@example.org"


def test_editing_the_menu_updates_every_page(client, site_tree):
    client.get("/en/")  # fill the cache
    item = site_tree["menu"].items.first()
    item.label = "Who we are"
    item.save()
    menu = find(client.get("/en/"), "nav", class_="site-nav")
    assert [text(link) for link in find_all(menu, "a")] == ["Who we are"]


def test_home_page_query_budget(client, site_tree, django_assert_max_num_queries):
    client.get("/en/")  # warm the frame cache
    with django_assert_max_num_queries(12):
        response = client.get("/en/")
    assert response.status_code == 200


def _home_with_links(site_tree, count: int, home: str = "home") -> None:
    """A home page with a hero and ``count`` link cards, all leading to the English
    "About us" page (as a translated page's links do until a translator changes them)."""
    about = site_tree["about"]
    card = {"page": about, "url": "", "label": "", "description": "Who we are."}
    page = site_tree[home]
    page.body = [
        (
            "hero",
            {
                "heading": "Support across borders",
                "text": "Agencies work together.",
                "action": {"page": about, "url": "", "label": ""},
            },
        ),
        ("featured_links", {"heading": "Start here", "links": [card] * count}),
    ]
    page.save_revision().publish()


def _main_content(response) -> str:
    """The page's main content, as HTML (the menu and footer link to pages too)."""
    return str(find(response, "main"))


@pytest.mark.parametrize(
    "home, href, title",
    [("home", "/en/about-us/", "About us"), ("home_fr", "/fr/a-propos/", "À propos")],
)
def test_home_page_links_lead_to_the_readers_language(client, site_tree, home, href, title):
    _home_with_links(site_tree, 2, home)
    html = _main_content(client.get(site_tree[home].url))
    assertInHTML(f'<h3 class="card__title"><a href="{href}">{title}</a></h3>', html, count=2)
    assertInHTML(f'<a class="button button--large" href="{href}">{title}</a>', html, count=1)


def test_home_page_links_to_an_untranslated_page_keep_the_readers_prefix(client, site_tree):
    """The original is shown, under the French prefix (the one fallback rule)."""
    site_tree["about_fr"].unpublish()
    _home_with_links(site_tree, 1, "home_fr")
    html = _main_content(client.get("/fr/"))
    assertInHTML('<h3 class="card__title"><a href="/fr/about-us/">About us</a></h3>', html)
    assert client.get("/fr/about-us/").status_code == 200


def test_rendering_the_home_page_looks_the_language_up_once(
    client, site_tree, django_assert_max_num_queries
):
    """A render (page cache bypassed, frame cached) does not look the reader's locale up
    once per link: seven links to pages, five queries."""
    _home_with_links(site_tree, 6)
    client.get("/en/")  # fill the frame's caches
    with django_assert_max_num_queries(6):
        response = client.get("/en/?uncached")
    assert response.status_code == 200
