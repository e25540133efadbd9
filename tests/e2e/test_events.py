"""Events in a real browser: accessibility of every events page, and registration end to end."""

import re

import pytest
from playwright.sync_api import Page, expect

from django.core import mail

from practices.demo.stages import load_demo_site
from practices.models import EventPage
from tests.e2e.browser import assert_accessible, sideways_overflow
from tests.factories import ensure_countries, make_event, make_event_index


@pytest.fixture
def demo_event_site(live_server, transactional_db):
    """The demo frame, knowledge base and events, committed for the live server."""
    load_demo_site()
    return live_server


def test_event_pages_have_no_axe_violations(demo_event_site, page: Page, axe, screenshot_dir):
    base = demo_event_site.url
    past = EventPage.objects.filter(materials__isnull=False).exclude(materials=[]).first()
    upcoming = next(
        event
        for event in EventPage.objects.filter(
            registration_mode="on-site", locale__language_code="en"
        ).order_by("start")
        if event.registration_open()
    )
    cancelled = EventPage.objects.filter(status="cancelled").first()
    paths = [
        "/en/events/",
        "/en/events/past/",
        "/en/events/?format=online",
        "/en/materials/",
        "/en/materials/?kind=slides",
        past.url,
        upcoming.url,
        cancelled.url,
        f"{upcoming.url}register/",
    ]
    for path in paths:
        page.goto(f"{base}{path}")
        assert_accessible(axe, page, path)
    # The form with errors is accessible too.
    page.goto(f"{base}{upcoming.url}register/")
    page.get_by_role("button", name=re.compile("^(Register|Join the waiting list)$")).click()
    expect(page.locator("[aria-invalid=true]").first).to_be_visible()
    assert_accessible(axe, page, "registration form with errors")
    page.set_viewport_size({"width": 360, "height": 800})
    for path in ("/en/events/past/", upcoming.url, f"{upcoming.url}register/"):
        page.goto(f"{base}{path}")
        overflow = sideways_overflow(page)
        assert overflow <= 0, path
    page.screenshot(path=str(screenshot_dir / "event-register-phone.png"), full_page=True)


def test_register_cancel_and_waitlist_promotion(live_site, browser, axe):
    """A visitor takes the last place, a second joins the waiting list, the first cancels."""
    live_server, tree = live_site
    ensure_countries("BE")
    event = make_event(make_event_index(tree["home"]), title="Housing first day", capacity=1)
    first = browser.new_page()
    first.goto(f"{live_server.url}/en/events/")
    first.get_by_role("link", name="Housing first day").click()
    first.get_by_role("link", name="Register").click()
    expect(first.get_by_text("1 place left.")).to_be_visible()
    first.get_by_label("Your name").fill("Ana Pop")
    first.get_by_label("E-mail address").fill("ana@example.org")
    first.get_by_label("Country").select_option("BE")
    first.get_by_label("I agree", exact=False).check()
    first.get_by_role("button", name="Register").click()
    expect(first.get_by_text("Thank you: your place is confirmed.")).to_be_visible()
    assert_accessible(axe, first, "registration page")
    assert mail.outbox[-1].subject == "Your place is confirmed: Housing first day"

    second = browser.new_page()
    second.goto(f"{live_server.url}{event.url}register/")
    expect(second.get_by_text("All places are taken", exact=False)).to_be_visible()
    second.get_by_label("Your name").fill("Ion Rus")
    second.get_by_label("E-mail address").fill("ion@example.org")
    second.get_by_label("I agree", exact=False).check()
    second.get_by_role("button", name="Join the waiting list").click()
    expect(second.get_by_text("you are on the waiting list", exact=False).first).to_be_visible()

    first.get_by_role("link", name="Cancel my registration").click()
    # Asked first: the place goes to the next person only when the registrant confirms.
    first.get_by_role("button", name="Yes, cancel my registration").click()
    expect(first.get_by_text("Your registration is cancelled.")).to_be_visible()
    second.reload()
    expect(second.get_by_text("Your place is confirmed.")).to_be_visible()
    assert mail.outbox[-1].to == ["ion@example.org"]
    assert mail.outbox[-1].subject == "A place is free for you: Housing first day"
    first.close()
    second.close()
