"""The whole-page cache serves readers fast and never serves stale or private pages."""

from network_site.page_cache import PublicPageCacheMiddleware
from tests.accounts import sign_in


def test_a_published_change_is_visible_at_once(client, site_tree, django_assert_num_queries):
    client.get("/en/about-us/")
    with django_assert_num_queries(0):
        assert client.get("/en/about-us/").status_code == 200
    about = site_tree["about"]
    about.title = "About the network"
    about.save_revision().publish()
    assert "About the network" in client.get("/en/about-us/").content.decode()


def test_signed_in_people_are_never_served_a_cached_page(client, site_tree, django_user_model):
    client.get("/en/")  # cached for anonymous readers
    user = django_user_model.objects.create_user("reader", "reader@example.org", "x" * 16)
    sign_in(client, user)
    # The signed-in request renders afresh: it queries the database.
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        client.get("/en/")
    assert len(queries) > 0


def test_query_strings_and_member_pages_bypass_the_cache(client, site_tree):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    for path in ["/en/search/?q=about", "/en/?utm=x"]:
        client.get(path)
        with CaptureQueriesContext(connection) as queries:
            client.get(path)
        assert len(queries) > 0, path


def test_the_language_is_still_remembered_on_a_cached_page(client, site_tree):
    from django.test import Client

    client.get("/de/")  # fills the cache
    other_reader = Client()
    other_reader.get("/de/")
    assert other_reader.cookies["language"].value == "de"


def test_pages_with_a_max_age_are_cached_no_longer(rf, monkeypatch, settings):
    """A page that says max-age=N stays in the page cache N seconds at most."""
    import time

    from django.core.cache.backends import locmem
    from django.http import HttpResponse

    calls = []

    def view(request):
        calls.append(request.path)
        response = HttpResponse("upcoming events")
        response["Cache-Control"] = "max-age=300"
        return response

    settings.CONTENT_CACHE_SECONDS = 3600  # as with Redis
    middleware = PublicPageCacheMiddleware(view)
    middleware(rf.get("/en/events/"))
    middleware(rf.get("/en/events/"))
    assert len(calls) == 1  # the second request came from the cache
    now = time.time()
    monkeypatch.setattr(locmem.time, "time", lambda: now + 301)
    middleware(rf.get("/en/events/"))
    assert len(calls) == 2
