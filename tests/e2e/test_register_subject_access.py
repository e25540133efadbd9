"""A subject-access request in a real browser, on a 360 px phone and by keyboard: from the
person page, the password, the form (French by default for a French speaker), and the
printable page in French. No axe violations, nothing scrolls sideways."""

import pytest
from playwright.sync_api import Page, expect

from members.agencies.models import AgencyRole
from members.register.records import BirthDate
from tests.e2e.browser import assert_accessible, sideways_overflow, sign_in_with_app
from tests.e2e.test_register_sharing import confirm_password
from tests.factories import build_site_tree
from tests.members.factories import AgencyFactory, MembershipFactory, PersonFactory
from tests.members.register.factories import record_movement, record_person

PHONE = {"width": 360, "height": 740}


@pytest.fixture
def french_speaker(live_server, transactional_db):
    build_site_tree()
    brussels = AgencyFactory(name="Carrefour Accueil", country="BE", city="Brussels")
    karim = PersonFactory(username="karim", email="karim@example.org")
    MembershipFactory(user=karim, agency=brussels, role=AgencyRole.CASEWORKER)
    person = record_person(
        by=karim,
        given_names="Amadou",
        family_names="Diallo",
        birth=BirthDate(1979, 11, 2),
        languages=["fr"],
    )
    record_movement(person, by=karim, note="Arrivé en bus.")
    return live_server, person


def check(page: Page, axe, what: str) -> None:
    assert sideways_overflow(page) <= 0, f"{what} scrolls sideways"
    assert_accessible(axe, page, f"{what} at 360 px")


def test_access_request_to_a_printable_page_in_french(
    french_speaker, page: Page, axe, authenticator_app
):
    server, person = french_speaker
    base = server.url
    page.set_viewport_size(PHONE)
    sign_in_with_app(page, base, "karim@example.org", authenticator_app)
    page.goto(f"{base}/en/members/register/people/{person.pk}/")
    link = page.get_by_role("link", name="Access request (GDPR)")
    link.focus()
    page.keyboard.press("Enter")
    confirm_password(page)
    expect(page.get_by_role("heading", level=1)).to_have_text("Access request (GDPR)")
    expect(page.get_by_label("Language of the export")).to_have_value("fr")
    check(page, axe, "access request form")
    page.get_by_role("button", name="Make the export").focus()
    page.keyboard.press("Enter")
    expect(page.locator("html")).to_have_attribute("lang", "fr")
    expect(page.get_by_role("heading", level=1)).to_contain_text("Diallo")
    expect(page.get_by_role("main")).to_contain_text("Arrivé en bus.")
    check(page, axe, "printable subject-access page")
