"""Finds the PostgreSQL server the test suite should use, without connecting to it.

``DATABASE_URL`` is taken as given. Without it, the local server's Unix socket is
used when its file exists in one of the usual directories (``PGHOST`` wins), else
localhost, as the current user. Nothing connects here: importing settings must not open a
connection. The suite's start-up check (tests/conftest.py) connects once and says
clearly what to do when the server does not answer.
"""

import getpass
import os
import urllib.parse
from pathlib import Path

import dj_database_url

DEFAULT_DATABASE_NAME = "network_site"
SOCKET_DIRECTORIES = ("/var/run/postgresql", "/run/postgresql", "/tmp")  # noqa: S108


def _host(port: str) -> str:
    """``PGHOST`` if set; else the directory of a local server's socket; else localhost."""
    if os.environ.get("PGHOST"):
        return os.environ["PGHOST"]
    for directory in SOCKET_DIRECTORIES:
        if Path(directory, f".s.PGSQL.{port}").exists():
            return directory
    return "localhost"


def local_postgres_settings(database_url: str) -> dict:
    """Return Django database settings for DATABASE_URL or the local server."""
    if database_url:
        return dj_database_url.parse(database_url)
    port = os.environ.get("PGPORT", "5432")
    return {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": DEFAULT_DATABASE_NAME,
        "USER": os.environ.get("PGUSER") or getpass.getuser(),
        "PASSWORD": os.environ.get("PGPASSWORD", ""),
        "HOST": _host(port),
        "PORT": port,
    }


def as_database_url(database: dict, name: str | None = None) -> str:
    """The ``DATABASE_URL`` of Django database settings (another database name if given),
    for processes started beside the tests: a socket directory goes %-encoded."""
    user = urllib.parse.quote(database.get("USER") or "")
    password = f":{urllib.parse.quote(database['PASSWORD'])}" if database.get("PASSWORD") else ""
    host = urllib.parse.quote(database.get("HOST") or "", safe="")
    port = f":{database['PORT']}" if host and database.get("PORT") else ""
    return f"postgresql://{user}{password}@{host}{port}/{name or database['NAME']}"
