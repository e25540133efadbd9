"""The gate in a real browser: a password-only session and a member without CMS rights.

A session signed in without allauth's second step (here: Django's login, as a future
API or single sign-on might) lands on the second-factor step, which an authenticator
code completes. A member who opens the CMS reads that they have no access there.
axe checks both pages.
"""

from urllib.parse import urlparse

import pytest
from playwright.sync_api import Page, expect

from members.agencies.models import AgencyRole
from tests.accounts import TEST_TOTP_SECRET, sign_in
from tests.e2e.browser import add_virtual_authenticator, assert_accessible
from tests.factories import build_site_tree
from tests.members.factories import AgencyFactory, MembershipFactory


@pytest.fixture
def member(live_server, transactional_db):
    """A caseworker with an authenticator app, and the site frame."""
    from django.contrib.auth import get_user_model

    build_site_tree()
    agency = AgencyFactory(name="Carrefour Accueil", country="BE", city="Brussels")
    user = get_user_model().objects.create_user(
        "karim", "karim@example.org", "a-long-test-password-1", first_name="Karim"
    )
    user.emailaddress_set.create(email="karim@example.org", verified=True, primary=True)
    MembershipFactory(user=user, agency=agency, role=AgencyRole.CASEWORKER)
    return live_server, user


def browser_session(page: Page, base: str, user, *, second_factor: bool, recently=False) -> None:
    """Give the browser a session made on the server side, as a login path would."""
    from django.test import Client

    client = Client()
    sign_in(client, user, second_factor=second_factor, recently=recently)
    page.context.add_cookies(
        [
            {
                "name": "sessionid",
                "value": client.cookies["sessionid"].value,
                "domain": urlparse(base).hostname,
                "path": "/",
            }
        ]
    )


def test_a_password_only_session_completes_the_second_factor_step(
    member, page: Page, axe, authenticator_app
):
    live_server, user = member
    base = live_server.url
    browser_session(page, base, user, second_factor=False)
    page.goto(f"{base}/en/members/")
    expect(page).to_have_url(f"{base}/en/accounts/2fa/reauthenticate/?next=%2Fen%2Fmembers%2F")
    expect(page.get_by_text("Confirm with your second factor that it is you")).to_be_visible()
    assert_accessible(axe, page, "second-factor step of a signed-in session")
    page.get_by_label("Code").fill(authenticator_app.code(TEST_TOTP_SECRET))
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", name="Member area", exact=True)).to_be_visible()


def test_a_member_who_opens_the_cms_is_told_there_is_no_access(member, page: Page, axe):
    live_server, user = member
    base = live_server.url
    browser_session(page, base, user, second_factor=True)
    page.goto(f"{base}/cms/")
    expect(page.get_by_role("heading", name="You have no access to the CMS")).to_be_visible()
    assert_accessible(axe, page, "no access to the CMS")
    page.get_by_role("link", name="Go to the member area").click()
    expect(page.get_by_role("heading", name="Member area", exact=True)).to_be_visible()


def test_a_password_only_session_of_a_passkey_account_proves_it_with_the_passkey(
    member, page: Page, axe
):
    """Someone whose only factor is a passkey is asked for it, and the browser gives it."""
    from allauth.mfa.models import Authenticator

    live_server, user = member
    base = live_server.url.replace("127.0.0.1", "localhost")  # WebAuthn needs a host name
    add_virtual_authenticator(page)
    browser_session(page, base, user, second_factor=True, recently=True)
    page.goto(f"{base}/en/accounts/2fa/webauthn/add/")
    page.get_by_label("Name").fill("Work laptop")
    page.get_by_role("button", name="Add").click()
    expect(page.get_by_role("heading", name="Recovery Codes")).to_be_visible()
    Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).delete()

    page.context.clear_cookies()
    browser_session(page, base, user, second_factor=False)
    page.goto(f"{base}/en/members/")
    expect(page).to_have_url(
        f"{base}/en/accounts/2fa/webauthn/reauthenticate/?next=%2Fen%2Fmembers%2F"
    )
    assert_accessible(axe, page, "passkey step of a signed-in session")
    page.get_by_role("button", name="Use a security key").click()
    expect(page.get_by_role("heading", name="Member area", exact=True)).to_be_visible()
