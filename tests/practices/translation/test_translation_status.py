"""The translation status view in the Wagtail admin."""

from django.contrib.auth import get_user_model

from tests.accounts import sign_in
from tests.html import attributes, find, find_all, text

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
