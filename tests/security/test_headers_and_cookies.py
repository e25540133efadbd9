"""Finding 7 (headers and cookies): a Permissions-Policy everywhere; ``__Host-`` cookies.

The CMS's remaining ``'unsafe-inline'`` is explained in docs/security.md and kept to
the CMS (tests/network_site/test_security_headers.py).
"""

import pytest

from tests.accounts import sign_in


def features(response) -> dict[str, str]:
    policy = response["Permissions-Policy"]
    return dict(item.strip().split("=", 1) for item in policy.split(","))


@pytest.mark.parametrize("path", ["/en/", "/en/members/", "/cms/", "/en/accounts/login/"])
def test_every_page_switches_off_what_the_site_does_not_use(client, site_tree, people, path):
    sign_in(client, people["coordinator"])
    if path == "/en/accounts/login/":
        client.logout()
    allowed = features(client.get(path))
    for feature in ("camera", "microphone", "geolocation", "payment", "usb"):
        assert allowed[feature] == "()", feature
    # Passkeys are the second factor: the site itself may use them.
    assert allowed["publickey-credentials-get"] == "(self)"
    assert allowed["publickey-credentials-create"] == "(self)"


def cookie(set_cookies: list[str], name: str) -> dict[str, str]:
    header = next(value for value in set_cookies if value.startswith(f"{name}="))
    attributes = {}
    for part in header.split(";")[1:]:
        key, _sep, value = part.strip().partition("=")
        attributes[key.lower()] = value
    return attributes


def test_production_cookies_are_host_only_and_secure(production_site, people, settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.PBKDF2PasswordHasher"]
    people["admin_a"].set_password("a-long-test-password-1")  # as production stores it
    people["admin_a"].save()
    browser = production_site.client()
    page = browser.get("/en/accounts/login/")
    csrf = cookie(page.set_cookies, "__Host-csrftoken")
    assert "secure" in csrf and csrf["path"] == "/" and "domain" not in csrf
    signed_in = browser.post_form(
        "/en/accounts/login/",
        {"login": "admin_a@example.org", "password": "a-long-test-password-1"},
    )
    assert signed_in.status == 302  # on to the second factor
    session = cookie(signed_in.set_cookies, "__Host-sessionid")
    assert {"secure", "httponly"} <= set(session) and session["path"] == "/"
    assert "domain" not in session
    assert not any(
        value.startswith(("sessionid=", "csrftoken=")) for value in signed_in.set_cookies
    )
