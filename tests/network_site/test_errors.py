"""Error pages answer in the reader's language."""

import pytest

from django.test import Client
from django.urls import path

from network_site.urls import urlpatterns as site_urlpatterns
from tests.html import attributes, find, parse, text


@pytest.mark.parametrize(
    ("language", "heading"),
    [("en", "Page not found"), ("fr", "Page introuvable"), ("de", "Seite nicht gefunden")],
)
def test_404_page_is_in_the_language_of_the_address(client, site_tree, language, heading):
    response = client.get(f"/{language}/no-such-page/")
    assert response.status_code == 404
    page = parse(response)
    assert attributes(find(page, "html"))["lang"] == language
    assert text(find(page, "h1")) == heading
    # The switcher leads to each language's home page, not to another missing page.
    switcher = find(page, "nav", class_="language-switcher")
    assert attributes(find(switcher, "a", hreflang="de"))["href"] == "/de/"


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
    page = parse(response)
    assert attributes(find(page, "html"))["lang"] == "fr"
    assert text(find(page, "h1")) == "Une erreur est survenue"
