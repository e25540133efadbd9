"""Error pages answer in the reader's language."""

import pytest

from django.test import Client
from django.urls import path

from network_site.urls import urlpatterns as site_urlpatterns


@pytest.mark.parametrize(
    ("language", "text"),
    [("en", "Page not found"), ("fr", "Page introuvable"), ("de", "Seite nicht gefunden")],
)
def test_404_page_is_in_the_language_of_the_address(client, site_tree, language, text):
    response = client.get(f"/{language}/no-such-page/")
    assert response.status_code == 404
    html = response.content.decode()
    assert f'<html lang="{language}"' in html
    assert f"<h1>{text}</h1>" in html
    # The switcher leads to each language's home page, not to another missing page.
    assert 'href="/de/" hreflang="de"' in html


def _explode(request):
    raise RuntimeError("boom")


urlpatterns = [*site_urlpatterns]
urlpatterns.insert(0, path("fr/explode/", _explode))
handler404 = "network_site.views.page_not_found"
handler500 = "network_site.views.server_error"


@pytest.mark.urls("tests.network_site.test_errors")
def test_500_page_is_in_the_language_of_the_address(site_tree):
    client = Client(raise_request_exception=False)
    response = client.get("/fr/explode/")
    assert response.status_code == 500
    html = response.content.decode()
    assert '<html lang="fr"' in html
    assert "Une erreur est survenue" in html
