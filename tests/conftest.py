"""Suite-wide rules: a reachable PostgreSQL, no printing, shared site fixtures."""

import os

import pytest

from django.conf import settings
from django.db.backends.signals import connection_created
from django.utils import translation

from tests.accounts import AuthenticatorApp, give_second_factor
from tests.factories import build_knowledge_tree, build_site_tree

pytest_plugins = [
    "tests.session_data",
    "tests.e2e.plugin",
    "tests.members.fixtures",
    "tests.production_server",
]


def pytest_configure(config):
    """Stop at once, with one sentence, when the test database server cannot be reached."""
    import psycopg

    database = settings.DATABASES["default"]
    try:
        psycopg.connect(
            dbname="postgres",
            user=database.get("USER") or None,
            password=database.get("PASSWORD") or None,
            host=database.get("HOST") or None,
            port=database.get("PORT") or None,
            connect_timeout=5,
        ).close()
    except psycopg.Error:
        where = database.get("HOST") or "the local socket"
        pytest.exit(
            f"PostgreSQL is not reachable ({where}): start it, or point the tests at a "
            "server with DATABASE_URL=postgresql://user:password@host:5432/dbname.",
            returncode=3,
        )
    connection_created.connect(_let_the_suite_empty_append_only_tables)


def _let_the_suite_empty_append_only_tables(sender, connection, **kwargs):
    """Tests that commit (browser tests) empty the database with TRUNCATE afterwards;
    the append-only triggers let that through only for a session that asks
    (``network_site.core.append_only``). The application never does."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SET network_site.allow_truncate = 'on'")


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    """A test that prints fails: output belongs in assertions or logging, not on stdout."""
    outcome = yield
    report = outcome.get_result()
    if report.when == "call" and report.passed and report.capstdout:
        report.outcome = "failed"
        report.longrepr = f"The test printed to stdout:\n{report.capstdout}"


@pytest.fixture
def site_tree(db, _session_layers):
    """A home page in en, fr and de, and an information page translated into fr only.

    Built once per session (tests/session_data.py); a test that commits builds its own.
    """
    shared = _session_layers.fixture_value("site_tree")
    return build_site_tree() if shared is None else shared


@pytest.fixture(autouse=True)
def _default_language():
    """Each test starts in the site's default language: a request to /fr/… leaves French
    active in the thread, and the next test would build its links and mails in it."""
    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.deactivate()


@pytest.fixture(autouse=True)
def _clear_cache():
    """Each test starts with an empty cache, so cached frames never leak between tests."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


def pytest_report_header(config):
    database = settings.DATABASES["default"]
    return [
        f"database: PostgreSQL {database.get('HOST') or 'socket'} ({database['NAME']})",
        f"CI: {os.environ.get('CI', 'false')}",
    ]


@pytest.fixture
def knowledge_tree(site_tree, _session_layers):
    """Guides, a country page and an update on top of the site tree (built once per session)."""
    shared = _session_layers.fixture_value("knowledge_tree")
    return build_knowledge_tree(site_tree) if shared is None else shared


@pytest.fixture(autouse=True)
def _test_users_have_a_second_factor(request):
    """Every user a test creates gets a second factor, as the member area and CMS demand.

    Tests of the second-factor gate itself opt out with ``@pytest.mark.without_second_factor``.
    """
    if request.node.get_closest_marker("without_second_factor"):
        yield
        return
    from django.contrib.auth import get_user_model
    from django.db.models.signals import post_save

    def add(sender, instance, created, raw=False, **kwargs):
        if created and not raw:
            give_second_factor(instance)

    model = get_user_model()
    post_save.connect(add, sender=model, dispatch_uid="test-second-factor")
    yield
    post_save.disconnect(sender=model, dispatch_uid="test-second-factor")


@pytest.fixture
def authenticator_app(time_machine):
    """Authenticator-app codes without waiting for a time step (see AuthenticatorApp)."""
    return AuthenticatorApp(time_machine)
