"""Page types of the site frame: creation rules, rendering and block validation."""

import pytest
from pytest_django.asserts import assertInHTML

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
    html = client.get("/en/about-us/").content.decode()
    assert '<meta name="description" content="What this page is about.">' in html
    assert 'aria-label="Breadcrumb"' in html
    assertInHTML('<a href="/en/about-us/" aria-current="page">About us</a>', html)


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
    html = client.get("/en/").content.decode()
    assert "Support across borders" in html
    assertInHTML('<a class="button button--large" href="/en/about-us/">About us</a>', html)
    assert "<p>An introduction.</p>" in html


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
    html = client.get("/fr/").content.decode()
    # Only an English menu exists: French readers get it, with links to French pages.
    assertInHTML('<a class="site-nav__link" href="/fr/a-propos/">À propos</a>', html)
    assert "A network of agencies." in html
    assert "mailto:team@example.org" in html


def test_editing_the_menu_updates_every_page(client, site_tree):
    client.get("/en/")  # fill the cache
    item = site_tree["menu"].items.first()
    item.label = "Who we are"
    item.save()
    assert "Who we are" in client.get("/en/").content.decode()


def test_home_page_query_budget(client, site_tree, django_assert_max_num_queries):
    client.get("/en/")  # warm the frame cache
    with django_assert_max_num_queries(12):
        response = client.get("/en/")
    assert response.status_code == 200
