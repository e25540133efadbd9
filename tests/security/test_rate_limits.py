"""Finding 4: brute-force limits that hold in production.

Limits kept in each worker's memory multiplied with the workers and were forgotten
on restart; behind a proxy, the limiter trusted the left-most, client-written
address. Production now refuses to start without a shared cache, and allauth and the
site's own limiter find the client the same way: the right-most address our proxies
did not add.
"""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from django.test import RequestFactory

from network_site.core.ratelimit import allow, allow_person, client_address
from tests.production_env import PRODUCTION_VARIABLES

PROJECT = Path(__file__).resolve().parents[2]
PRODUCTION = PRODUCTION_VARIABLES
CACHE_AND_PROXY = {"REDIS_URL", "CACHE_TABLE", "TRUSTED_PROXY_COUNT", "CLIENT_ADDRESS_HEADER"}


def production_settings(env: dict, expression: str = "'loaded'") -> subprocess.CompletedProcess:
    """Import the production settings in a clean process and print an expression of them."""
    clean = {k: v for k, v in os.environ.items() if k not in CACHE_AND_PROXY | set(PRODUCTION)}
    return subprocess.run(
        [sys.executable, "-c",
         f"from network_site.settings import production as s; print({expression})"],
        cwd=PROJECT, env={**clean, **PRODUCTION, **env},
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip


def test_production_refuses_to_start_without_a_shared_cache():
    refused = production_settings({})
    assert refused.returncode != 0
    assert "Rate limits need a cache shared by every worker" in refused.stderr
    for shared in ({"REDIS_URL": "redis://cache.internal:6379/0"}, {"CACHE_TABLE": "cache"}):
        started = production_settings(shared, "s.CACHES['default']['BACKEND']")
        assert started.returncode == 0, started.stderr
        assert "LocMem" not in started.stdout


def test_a_client_address_header_is_trusted_only_behind_a_proxy():
    refused = production_settings(
        {"REDIS_URL": "redis://c:6379", "CLIENT_ADDRESS_HEADER": "X-Real-IP"}
    )
    assert refused.returncode != 0
    assert "set TRUSTED_PROXY_COUNT too" in refused.stderr


def test_the_https_header_of_a_proxy_is_believed_only_behind_one():
    direct = production_settings(
        {"REDIS_URL": "redis://c:6379"}, "getattr(s, 'SECURE_PROXY_SSL_HEADER', None)"
    )
    assert direct.stdout.strip() == "None"
    proxied = production_settings(
        {"REDIS_URL": "redis://c:6379", "TRUSTED_PROXY_COUNT": "1"}, "s.SECURE_PROXY_SSL_HEADER"
    )
    assert "HTTP_X_FORWARDED_PROTO" in proxied.stdout


def request_from(forwarded_for: str | None, remote: str = "10.0.0.2", **headers):
    if forwarded_for is not None:
        headers["HTTP_X_FORWARDED_FOR"] = forwarded_for
    return RequestFactory().post("/en/events/x/register/", REMOTE_ADDR=remote, **headers)


def test_directly_on_the_internet_the_connection_is_the_client(settings):
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 0
    assert client_address(request_from("6.6.6.6", remote="198.51.100.7")) == "198.51.100.7"


@pytest.mark.parametrize(
    ("proxies", "forwarded_for", "client"),
    [
        (1, "6.6.6.6, 203.0.113.9", "203.0.113.9"),
        (1, "203.0.113.9", "203.0.113.9"),
        (2, "6.6.6.6, 203.0.113.9, 10.0.0.1", "203.0.113.9"),
    ],
)
def test_behind_proxies_the_client_is_the_rightmost_hop_they_did_not_add(
    settings, proxies, forwarded_for, client
):
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = proxies
    assert client_address(request_from(forwarded_for)) == client


def test_a_header_set_by_the_proxy_names_the_client(settings):
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 1
    settings.ALLAUTH_TRUSTED_CLIENT_IP_HEADER = "X-Real-IP"
    request = request_from("6.6.6.6, 10.9.9.9", HTTP_X_REAL_IP="203.0.113.9")
    assert client_address(request) == "203.0.113.9"


def test_a_forged_forwarded_for_does_not_escape_the_limit(settings):
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 1
    answers = [
        allow(request_from(f"6.6.6.{n}, 203.0.113.9"), "test", limit=3, period_seconds=3600)
        for n in range(5)
    ]
    assert answers == [True, True, True, False, False]


def sign_in_attempt(browser, password: str) -> str:
    response = browser.post_form(
        "/en/accounts/login/",
        {"login": "admin_a@example.org", "password": password},
        headers={"X-Forwarded-For": "6.6.6.6, 203.0.113.9"},
    )
    if "Too many failed login attempts" in response.text:
        return "limited"
    if response.status == 302:
        return "second factor"
    return "wrong"


def test_failed_sign_ins_are_limited_across_workers(production_site, people):
    """Two processes under production settings: five wrong passwords in all, not each."""
    browser = production_site.client()  # its attempts take turns between the processes
    answers = [sign_in_attempt(browser, "wrong-password-123") for _ in range(12)]
    assert answers.count("wrong") == 5, answers
    assert answers[5:] == ["limited"] * 7
    # Even the right password waits until the limit has passed.
    assert sign_in_attempt(browser, "a-long-test-password-1") == "limited"


def test_a_request_that_bypassed_the_proxy_is_still_answered(client, db, settings):
    """No proxy header and too few forwarded hops: no address, but no error either."""
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 2
    settings.ALLAUTH_TRUSTED_CLIENT_IP_HEADER = None
    assert client_address(request_from("203.0.113.9")) == ""
    settings.ALLAUTH_TRUSTED_CLIENT_IP_HEADER = "X-Real-IP"
    assert client_address(request_from(None)) == ""
    assert allow(request_from(None), "test", limit=1, period_seconds=60)
    response = client.get("/health/")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}


def test_a_persons_limit_follows_them_across_addresses(people):
    caseworker, colleague = people["caseworker_a"], people["admin_a"]
    answers = [allow_person(caseworker, "lookup", limit=2, period_seconds=60) for _ in range(3)]
    assert answers == [True, True, False]
    assert allow_person(colleague, "lookup", limit=2, period_seconds=60)
    assert allow_person(caseworker, "another-scope", limit=2, period_seconds=60)
