"""The member area's gate in a real browser: sign in with a second factor; accessibility."""

import pytest
from playwright.sync_api import Page, expect

from members.agencies.models import AgencyRole
from tests.accounts import TEST_TOTP_SECRET
from tests.e2e.browser import assert_accessible
from tests.factories import build_site_tree
from tests.members.factories import AgencyFactory, MembershipFactory


@pytest.fixture
def member_site(live_server, transactional_db):
    """The site frame, two agencies and a caseworker with an authenticator app."""
    from django.contrib.auth import get_user_model

    build_site_tree()
    agency = AgencyFactory(
        name="Carrefour Accueil",
        country="BE",
        city="Brussels",
        contact_email="contact@carrefour.example.org",
        listed_publicly=True,
    )
    AgencyFactory(name="Punte Acasă", country="RO", city="Cluj", listed_publicly=True)
    user = get_user_model().objects.create_user(
        "karim", "karim@example.org", "a-long-test-password-1", first_name="Karim"
    )
    user.emailaddress_set.create(email="karim@example.org", verified=True, primary=True)
    MembershipFactory(user=user, agency=agency, role=AgencyRole.CASEWORKER)
    return live_server


def test_sign_in_with_password_and_authenticator_app(
    member_site, page: Page, axe, authenticator_app
):
    base = member_site.url
    for path in ("/en/agencies/", "/en/accounts/login/"):
        page.goto(f"{base}{path}")
        assert_accessible(axe, page, path)
    expect(page.get_by_text("contact@carrefour.example.org")).to_have_count(0)
    page.goto(f"{base}/en/members/")
    expect(page).to_have_url(f"{base}/en/accounts/login/?next=/en/members/")
    page.get_by_label("Email").fill("karim@example.org")
    page.get_by_label("Password").fill("a-long-test-password-1")
    page.get_by_role("button", name="Sign in", exact=True).click()
    expect(page.get_by_label("Code")).to_be_visible()
    assert_accessible(axe, page, "second-factor page")
    page.get_by_label("Code").fill(authenticator_app.code(TEST_TOTP_SECRET))
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", name="Member area", exact=True)).to_be_visible()
    expect(page.get_by_text("Carrefour Accueil (Brussels, Belgium): Caseworker")).to_be_visible()
    assert_accessible(axe, page, "member home")
    page.goto(f"{base}/en/agencies/")
    expect(page.get_by_text("contact@carrefour.example.org")).to_be_visible()
    assert_accessible(axe, page, "directory for members")
