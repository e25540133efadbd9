"""Finds the PostgreSQL server the test suite should use.

``DATABASE_URL`` is taken as given. Without it, the local server is tried through
its Unix socket, then on localhost, as the current user. The first that answers is
used; when none does, the socket is returned so that the suite's start-up check can
say clearly what to do.
"""

import getpass
import os

import dj_database_url

DEFAULT_DATABASE_NAME = "network_site"


def _candidates() -> list[dict]:
    user = os.environ.get("PGUSER") or getpass.getuser()
    base = {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": DEFAULT_DATABASE_NAME,
        "USER": user,
        "PASSWORD": os.environ.get("PGPASSWORD", ""),
        "PORT": os.environ.get("PGPORT", "5432"),
    }
    return [{**base, "HOST": ""}, {**base, "HOST": "localhost"}]


def _answers(settings: dict) -> bool:
    import psycopg

    try:
        psycopg.connect(
            dbname="postgres",
            user=settings["USER"],
            password=settings["PASSWORD"] or None,
            host=settings["HOST"] or None,
            port=settings["PORT"],
            connect_timeout=3,
        ).close()
    except psycopg.Error:
        return False
    return True


def local_postgres_settings(database_url: str) -> dict:
    """Return Django database settings for DATABASE_URL or the first local server that answers."""
    if database_url:
        return dj_database_url.parse(database_url)
    candidates = _candidates()
    for settings in candidates:
        if _answers(settings):
            return settings
    return candidates[0]
