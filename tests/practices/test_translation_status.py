"""The translation status view in the Wagtail admin."""

import re

from django.contrib.auth import get_user_model

from tests.accounts import sign_in


def _cells(html: str, title: str) -> list[str]:
    row = re.search(rf">{re.escape(title)}</a></th>(.*?)</tr>", html, re.S).group(1)
    return re.findall(r'class="translation-status translation-status--([a-z-]+)"', row)


def test_status_shows_each_page_in_each_language(client, site_tree):
    admin = get_user_model().objects.create_superuser("admin", "admin@example.org", "x" * 16)
    sign_in(client, admin)
    response = client.get("/cms/translation-status/")
    assert response.status_code == 200
    html = response.content.decode()
    states = dict(zip(["bg", "cs", "da", "de", "el", "en", "es", "et", "fi", "fr"],
                      _cells(html, "About us"), strict=False))  # fmt: skip
    assert states["en"] == "source"
    assert states["fr"] == "up-to-date"
    assert states["de"] == "missing"
    home_states = _cells(html, "Home")
    assert home_states.count("up-to-date") == 2  # fr and de homes exist


def test_status_filters_by_section(client, site_tree):
    admin = get_user_model().objects.create_superuser("admin", "admin@example.org", "x" * 16)
    sign_in(client, admin)
    html = client.get(f"/cms/translation-status/?section={site_tree['about'].pk}").content.decode()
    assert ">About us</a>" in html
    assert ">Home</a>" not in html


def test_status_needs_an_admin_login(client, site_tree):
    response = client.get("/cms/translation-status/")
    assert response.status_code == 302
