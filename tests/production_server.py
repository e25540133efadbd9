"""The site served as in production: two gunicorn processes, production settings.

For properties that only hold across processes (rate limits shared by every worker)
or only under the production settings (cookie names, headers). Requests alternate
between the two processes, as a load balancer's would, so that anything kept in one
process's memory shows. They read the test database, so a test that uses them
commits its data (``transactional_db``); the cache is the local Redis server, under
keys of the test database's own name (one per pytest-xdist worker).
"""

import base64
import os
import re
import socket
import subprocess
import sys
import tempfile
import urllib.parse
from dataclasses import dataclass, field
from http.client import HTTPConnection
from pathlib import Path

import pytest

from django.db import connection

from network_site.settings.local_postgres import as_database_url

PROJECT = Path(__file__).resolve().parents[1]
REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/15")


def _database_url() -> str:
    return as_database_url(connection.settings_dict)


def _gunicorn(listener: socket.socket, env: dict) -> subprocess.Popen:
    """One gunicorn process with one worker, serving on the given socket, configured
    as production runs it (the site preloaded in the master)."""
    return subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "network_site.wsgi", "--workers", "1",
         "--config", str(PROJECT / "network_site" / "gunicorn.conf.py"),
         "--bind", f"fd://{listener.fileno()}", "--log-level", "warning"],
        cwd=PROJECT, env=env, pass_fds=[listener.fileno()],
    )  # fmt: skip


def _listening_socket() -> socket.socket:
    """A socket bound and listening before gunicorn starts: requests wait in its backlog
    until a worker takes them, so nobody has to poll for the server to come up."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(64)
    listener.set_inheritable(True)
    return listener


@dataclass
class Browserless:
    """A cookie-keeping HTTP client (no JavaScript) that takes turns between the ports."""

    ports: list[int]
    cookies: dict = field(default_factory=dict)
    sent: int = 0

    def next_port(self) -> int:
        port = self.ports[self.sent % len(self.ports)]
        self.sent += 1
        return port

    def request(self, method, path, data=None, headers=None, port=None):
        """One request, to the given process or the next one in turn."""
        body = urllib.parse.urlencode(data or {}, doseq=True) if data is not None else None
        sent = {"Host": "127.0.0.1", **(headers or {})}
        if self.cookies:
            sent["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        if body is not None:
            sent["Content-Type"] = "application/x-www-form-urlencoded"
        http = HTTPConnection("127.0.0.1", port or self.next_port(), timeout=30)
        http.request(method, path, body=body, headers=sent)
        response = http.getresponse()
        response.text = response.read().decode("utf-8", "replace")
        response.set_cookies = []
        for header, value in response.getheaders():
            if header.lower() == "set-cookie":
                response.set_cookies.append(value)
                name, _sep, rest = value.partition("=")
                self.cookies[name] = rest.split(";", 1)[0]
        http.close()
        return response

    def get(self, path: str, **kwargs):
        return self.request("GET", path, **kwargs)

    def post_form(self, path: str, data: dict, **kwargs):
        """Fetch the form's page for its CSRF token, then post to it (one process)."""
        port = self.next_port()
        page = self.request("GET", path, port=port)
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.text).group(1)
        data = {"csrfmiddlewaretoken": token, **data}
        return self.request("POST", path, data, port=port, **kwargs)


@dataclass
class ProductionSite:
    ports: list[int]

    def client(self) -> Browserless:
        return Browserless(self.ports)


def _cache_key_prefix() -> str:
    """Cache keys of this test database's own: runs and pytest-xdist workers that share
    the Redis server (each with its own database) never read or clear each other's."""
    return f"tests-{connection.settings_dict['NAME']}"


def _clear_cache_keys(prefix: str) -> None:
    import redis

    server = redis.Redis.from_url(REDIS_URL)
    for key in server.scan_iter(match=f"{prefix}:*", count=1000):
        server.delete(key)


def _redis_answers() -> bool:
    import redis

    try:
        return bool(redis.Redis.from_url(REDIS_URL, socket_timeout=3).ping())
    except redis.RedisError:
        return False


@pytest.fixture(scope="session")
def production_static(django_db_setup):
    """Static files collected once, as a deployment does."""
    directory = Path(tempfile.mkdtemp(prefix="network-static-"))
    env = {**_base_env(directory), "DATABASE_URL": "postgresql:///unused"}
    subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--noinput", "-v0"],
        cwd=PROJECT, env=env, check=True,
    )  # fmt: skip
    return directory


def _base_env(static_root: Path) -> dict:
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "network_site.settings.production",
        "SECRET_KEY": "production-server-test-key-" + "x" * 40,
        "ALLOWED_HOSTS": "127.0.0.1",
        "SECURE_SSL_REDIRECT": "false",
        "REDIS_URL": REDIS_URL,
        "REGISTER_MASTER_KEYS": "1:" + base64.b64encode(os.urandom(32)).decode(),
        "REGISTER_INDEX_KEY": base64.b64encode(os.urandom(32)).decode(),
        "STATIC_ROOT": str(static_root),
        "LOG_LEVEL": "WARNING",
    }


@pytest.fixture
def production_site(production_static, transactional_db, site_tree):
    """Two gunicorn processes behind one (pretended) proxy, with Redis as the cache.

    With the site tree (and its locales): a transactional test that ran before may
    have emptied every table.
    """
    if not _redis_answers():
        pytest.fail(f"Redis is not reachable at {REDIS_URL}: these tests need a shared cache.")
    prefix = _cache_key_prefix()
    _clear_cache_keys(prefix)
    env = {
        **_base_env(production_static),
        "DATABASE_URL": _database_url(),
        "TRUSTED_PROXY_COUNT": "1",
        "CACHE_KEY_PREFIX": prefix,
    }
    listeners = [_listening_socket() for _ in range(2)]
    processes = [_gunicorn(listener, env) for listener in listeners]
    try:
        yield ProductionSite([listener.getsockname()[1] for listener in listeners])
    finally:
        for process in processes:
            process.terminate()
        for process, listener in zip(processes, listeners, strict=True):
            process.wait(timeout=20)
            listener.close()
        _clear_cache_keys(prefix)
