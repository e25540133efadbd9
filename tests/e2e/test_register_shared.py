"""A receiving agency's caseworker in a real browser: a person shared without their identity
is listed and opened under the sharing agency's name, with only the parts in scope, on a
phone-sized screen; both pages have no axe violations."""

import pytest
from playwright.sync_api import Page, expect

from members.agencies.models import AgencyRole
from members.register.vocabulary import SharePart
from tests.e2e.browser import assert_accessible, sign_in_with_app
from tests.factories import build_site_tree
from tests.members.factories import AgencyFactory, MembershipFactory, PersonFactory
from tests.members.register.factories import record_movement, record_person, share_person


@pytest.fixture
def shared_site(live_server, transactional_db):
    """Ioana Popescu, recorded in Brussels, shared with Cluj: movements and notes only."""
    build_site_tree()
    brussels = AgencyFactory(name="Carrefour Accueil", country="BE", city="Brussels")
    cluj = AgencyFactory(name="Casa Cluj", country="RO", city="Cluj")
    karim = PersonFactory(username="karim", email="karim@example.org")
    MembershipFactory(user=karim, agency=brussels, role=AgencyRole.CASEWORKER)
    elena = PersonFactory(username="elena", email="elena@example.org")
    MembershipFactory(user=elena, agency=cluj, role=AgencyRole.CASEWORKER)
    person = record_person(by=karim, given_names="Ioana", family_names="Popescu")
    record_movement(person, by=karim)
    share_person(person, cluj, scope=[SharePart.MOVEMENTS, SharePart.NOTES])
    return live_server


def test_a_person_shared_without_identity_is_named_by_the_sharing_agency(
    shared_site, page: Page, axe, authenticator_app
):
    page.set_viewport_size({"width": 360, "height": 740})
    base = shared_site.url
    sign_in_with_app(page, base, "elena@example.org", authenticator_app)
    page.goto(f"{base}/en/members/register/")
    expect(page.get_by_text("Popescu")).to_have_count(0)
    assert_accessible(axe, page, "the register with a shared person")
    page.get_by_role("link", name="Person shared by Carrefour Accueil").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Person shared by Carrefour Accueil")
    expect(page.get_by_role("heading", name="Movements and support")).to_be_visible()
    expect(page.get_by_role("heading", name="Identity and contact")).to_have_count(0)
    expect(page.get_by_role("link", name="History of changes")).to_have_count(0)
    expect(page.get_by_text("Popescu")).to_have_count(0)
    assert_accessible(axe, page, "a shared person's page")
