"""Member accounts in a real browser: an invitation end to end, and passkeys.

An agency admin invites a colleague; the colleague opens the e-mailed link,
chooses a password, is made to set up an authenticator app, sees recovery codes,
signs out and signs in again with password and code. A caseworker adds a passkey
with Chromium's virtual authenticator and signs in with it alone. axe checks every
page on the way.
"""

import re

import pytest
from playwright.sync_api import Page, expect

from members.agencies.models import AgencyRole
from tests.accounts import TEST_TOTP_SECRET, give_second_factor
from tests.e2e.browser import add_virtual_authenticator, assert_accessible
from tests.factories import build_site_tree
from tests.members.factories import AgencyFactory, MembershipFactory

PASSWORD = "a-long-test-password-1"
NEW_PASSWORD = "a-rather-long-passphrase-9"


@pytest.fixture
def agency_site(live_server, transactional_db):
    """The site frame, an agency with its admin (authenticator app) and a caseworker."""
    from django.contrib.auth import get_user_model

    build_site_tree()
    agency = AgencyFactory(
        name="Carrefour Accueil", country="BE", city="Brussels", listed_publicly=True
    )
    people = {}
    for username, role in (("ines", AgencyRole.AGENCY_ADMIN), ("karim", AgencyRole.CASEWORKER)):
        user = get_user_model().objects.create_user(
            username, f"{username}@example.org", PASSWORD, first_name=username.title()
        )
        user.emailaddress_set.create(email=user.email, verified=True, primary=True)
        give_second_factor(user)
        MembershipFactory(user=user, agency=agency, role=role)
        people[username] = user
    return live_server, agency


def sign_in(page: Page, base: str, email: str, password: str, code: str) -> None:
    page.goto(f"{base}/en/accounts/login/")
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign in", exact=True).click()
    page.get_by_label("Code").fill(code)
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", name="Member area", exact=True)).to_be_visible()


def sign_out(page: Page, base: str) -> None:
    page.goto(f"{base}/en/members/")
    page.get_by_role("button", name="Sign out").click()
    expect(page.get_by_text("You have signed out.")).to_be_visible()


@pytest.mark.without_second_factor
def test_invitation_to_password_to_authenticator_app_to_sign_in_again(
    agency_site, page, axe, authenticator_app
):
    from django.core import mail

    live_server, _agency = agency_site
    base = live_server.url
    sign_in(page, base, "ines@example.org", PASSWORD, authenticator_app.code(TEST_TOTP_SECRET))
    page.get_by_role("link", name="Staff of Carrefour Accueil").click()
    expect(page.get_by_role("heading", name="Staff of Carrefour Accueil")).to_be_visible()
    assert_accessible(axe, page, "staff page")
    page.get_by_role("link", name="Invite a colleague").click()
    assert_accessible(axe, page, "invitation form")
    page.get_by_label("E-mail address").fill("nia@example.org")
    page.get_by_label("Role").select_option("caseworker")
    page.get_by_role("button", name="Send the invitation").click()
    # Inviting is sensitive: the password is asked for again, then the invitation goes.
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Confirm").click()
    expect(page.get_by_text("Invitation sent to nia@example.org")).to_be_visible()
    expect(page.get_by_role("heading", name="nia@example.org")).to_be_visible()
    assert_accessible(axe, page, "staff page with a pending invitation")
    sign_out(page, base)

    message = next(m for m in mail.outbox if m.to == ["nia@example.org"])
    # The e-mail names the site's configured address; the test server has its own.
    link = base + re.search(r"https?://[^/\s]+(/\S+)", message.body).group(1)
    page.goto(link)
    expect(page.get_by_role("heading", name="Join Carrefour Accueil")).to_be_visible()
    assert_accessible(axe, page, "invitation page")
    page.get_by_label("Given name").fill("Nia")
    page.get_by_label("Family name").fill("Okafor")
    page.get_by_label("Password (required)", exact=True).fill(NEW_PASSWORD)
    page.get_by_label("Password (again)").fill(NEW_PASSWORD)
    page.get_by_role("button", name="Create my account").click()

    # Nothing in the member area before a second factor.
    expect(page.get_by_text("One more step: set up a second factor")).to_be_visible()
    assert_accessible(axe, page, "second factors page")
    page.goto(f"{base}/en/members/")
    expect(page.get_by_text("Before you continue, set up a second factor")).to_be_visible()
    page.get_by_role("link", name="Activate").click()
    assert_accessible(axe, page, "authenticator app set-up")
    secret = page.get_by_label("Authenticator secret").input_value()
    page.get_by_label("Authenticator code").fill(authenticator_app.code(secret))
    page.get_by_role("button", name="Activate").click()
    expect(page.get_by_role("heading", name="Recovery Codes")).to_be_visible()
    assert_accessible(axe, page, "recovery codes")
    page.goto(f"{base}/en/members/")
    expect(page.get_by_text("Carrefour Accueil (Brussels, Belgium): Caseworker")).to_be_visible()
    sign_out(page, base)

    # The code used to activate the app works once: signing in takes the next one.
    sign_in(page, base, "nia@example.org", NEW_PASSWORD, authenticator_app.code(secret))
    expect(page.get_by_text("Signed in as Nia Okafor.", exact=True)).to_be_visible()
    page.get_by_role("link", name="Where you are signed in").click()
    assert_accessible(axe, page, "sessions page")
    # The invitation link worked once.
    page.goto(link)
    expect(page.get_by_text("already been accepted")).to_be_visible()


def test_passkey_enrolment_and_sign_in_with_it_alone(agency_site, page, axe, authenticator_app):
    live_server, _ = agency_site
    base = live_server.url.replace("127.0.0.1", "localhost")
    cdp, authenticator = add_virtual_authenticator(page)
    sign_in(page, base, "karim@example.org", PASSWORD, authenticator_app.code(TEST_TOTP_SECRET))
    page.goto(f"{base}/en/accounts/2fa/")
    page.get_by_role("link", name="Add").click()
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Confirm").click()
    assert_accessible(axe, page, "add a passkey")
    page.get_by_label("Name").fill("Work laptop")
    page.get_by_label("Passwordless").check()
    page.get_by_role("button", name="Add").click()
    # The first passkey comes with recovery codes, shown at once.
    expect(page.get_by_role("heading", name="Recovery Codes")).to_be_visible()
    page.goto(f"{base}/en/accounts/2fa/webauthn/")
    expect(page.get_by_text("Work laptop")).to_be_visible()
    assert_accessible(axe, page, "passkey list")
    credentials = cdp.send("WebAuthn.getCredentials", {"authenticatorId": authenticator})
    assert len(credentials["credentials"]) == 1
    sign_out(page, base)

    page.goto(f"{base}/en/accounts/login/")
    page.get_by_role("button", name="Sign in with a passkey").click()
    expect(page.get_by_role("heading", name="Member area", exact=True)).to_be_visible()
    expect(page.get_by_text("Signed in as Karim.", exact=True)).to_be_visible()
