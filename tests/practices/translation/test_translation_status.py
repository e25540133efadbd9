"""The translation status view in the Wagtail admin."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from practices.translation.translators import ensure_translation_roles, translator_group_name
from tests.accounts import sign_in
from tests.html import attributes, find, find_all, links, text
from tests.members.factories import make_user

STATE = "translation-status--"


def _states(page) -> dict[str, dict[str, str]]:
    """The status table: for each page's title, its state in each language (by column)."""
    table = find(page, "table", class_="listing")
    languages = [
        attributes(cell)["lang"] for cell in find_all(find(table, "thead"), "th", lang=True)
    ]
    states = {}
    for row in find_all(find(table, "tbody"), "tr"):
        for heading in find_all(row, "th", scope="row"):
            cells = [
                next(name for name in attributes(cell)["class"].split() if name.startswith(STATE))
                for cell in find_all(row, "td", class_="translation-status")
            ]
            states[text(heading)] = {
                code: cell.removeprefix(STATE) for code, cell in zip(languages, cells, strict=True)
            }
    return states


def test_status_shows_each_page_in_each_language(client, site_tree):
    admin = get_user_model().objects.create_superuser("admin", "admin@example.org", "x" * 16)
    sign_in(client, admin)
    response = client.get("/cms/translation-status/")
    assert response.status_code == 200
    states = _states(response)
    about = states["About us"]
    assert (about["en"], about["fr"], about["de"], about["pl"]) == (
        "source",
        "up-to-date",
        "missing",
        "missing",
    )
    assert sorted(code for code, state in states["Home"].items() if state == "up-to-date") == [
        "de",
        "fr",
    ]


def test_status_filters_by_section(client, site_tree):
    admin = get_user_model().objects.create_superuser("admin", "admin@example.org", "x" * 16)
    sign_in(client, admin)
    response = client.get(f"/cms/translation-status/?section={site_tree['about'].pk}")
    assert list(_states(response)) == ["About us"]


def test_status_needs_an_admin_login(client, site_tree):
    response = client.get("/cms/translation-status/")
    assert response.status_code == 302


def _cell_links(page) -> dict[str, dict[str, str]]:
    """For each page's title, the link of its cell in each language ('' without one)."""
    table = find(page, "table", class_="listing")
    languages = [
        attributes(cell)["lang"] for cell in find_all(find(table, "thead"), "th", lang=True)
    ]
    found = {}
    for row in find_all(find(table, "tbody"), "tr"):
        cells = find_all(row, "td", class_="translation-status")
        hrefs = [next(iter(links(cell)), "") for cell in cells]
        found[text(find(row, "th", scope="row"))] = dict(zip(languages, hrefs, strict=True))
    return found


def test_each_cell_links_to_edit_or_translate_the_page_in_its_language(client, site_tree):
    admin = get_user_model().objects.create_superuser("admin", "admin@example.org", "x" * 16)
    sign_in(client, admin)
    about = _cell_links(client.get("/cms/translation-status/"))["About us"]
    assert about["en"] == f"/cms/pages/{site_tree['about'].pk}/edit/"
    assert about["fr"] == f"/cms/pages/{site_tree['about_fr'].pk}/edit/"
    assert about["de"] == f"/cms/localize/submit/page/{site_tree['about'].pk}/?select_locale=de"


def test_a_translator_gets_links_into_their_own_language_only(client, site_tree, django_user_model):
    ensure_translation_roles()
    translator = make_user(django_user_model, "traductrice")
    translator.groups.add(Group.objects.get(name=translator_group_name("fr")))
    sign_in(client, translator)
    about = _cell_links(client.get("/cms/translation-status/"))["About us"]
    assert about["fr"] == f"/cms/pages/{site_tree['about_fr'].pk}/edit/"
    assert about["en"] == "" and about["de"] == "" and about["pl"] == ""
