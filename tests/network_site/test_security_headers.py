"""Security headers: a strict CSP on the site, a wider one only in the CMS admin."""

from tests.accounts import sign_in
from tests.html import find, find_all, links, parse, text


def test_public_pages_send_a_strict_content_security_policy(client, site_tree):
    response = client.get("/en/")
    policy = response["Content-Security-Policy"]
    assert "script-src 'self';" in policy
    assert "unsafe-inline" not in policy
    assert "frame-ancestors 'none'" in policy
    assert response["X-Frame-Options"] == "DENY"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["X-Content-Type-Options"] == "nosniff"


def test_only_the_cms_admin_allows_inline_scripts(client, site_tree, admin_user):
    sign_in(client, admin_user)  # the CMS login itself is allauth's (strict CSP)
    response = client.get("/cms/")
    assert response.status_code == 200
    assert "script-src 'self' 'unsafe-inline'" in response["Content-Security-Policy"]


def test_member_area_asks_anonymous_readers_to_sign_in(client, site_tree):
    response = client.get("/fr/members/")
    assert response.status_code == 302
    assert response["Location"].startswith("/fr/accounts/login/")


def test_member_pages_are_never_stored_by_caches(client, site_tree, django_user_model):
    user = django_user_model.objects.create_user("member", "member@example.org", "x" * 16)
    sign_in(client, user)
    response = client.get("/en/members/")
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]


def test_public_sign_up_is_closed(client, site_tree):
    response = client.post(
        "/en/accounts/signup/",
        {"email": "someone@example.org", "password1": "x" * 16, "password2": "x" * 16},
    )
    assert not django_user_exists("someone@example.org")
    assert response.status_code == 200
    assert b"No public sign-up" in response.content


def django_user_exists(email: str) -> bool:
    from django.contrib.auth import get_user_model

    return get_user_model().objects.filter(email=email).exists()


def test_sign_in_page_explains_accounts_come_by_invitation(client, site_tree):
    page = parse(client.get("/de/accounts/login/"))
    assert text(find(page, "h1")) == "Anmeldung im Mitgliederbereich"
    # No way to a sign-up form: neither a link nor a form posting there.
    assert [link for link in links(page) if "signup" in link] == []
    assert [
        form for form in find_all(page, "form") if "signup" in form.attributes.get("action", "")
    ] == []
