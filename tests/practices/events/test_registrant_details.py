"""What a registrant meets: their calendar file, cancelling, consent, errors, the rate limit."""

import datetime

import icalendar

from django.utils import timezone

from practices.events.registrations.services import RegistrantDetails, registration_create
from practices.events.registrations.tokens import registration_token
from practices.models import EventRegistration, InformationPage
from tests.factories import ensure_locales, make_event, translate_page
from tests.html import attributes, find, find_all, links, parse, text


def _form(email: str, **changes) -> dict:
    return {
        "name": "Luc Martin",
        "email": email,
        "organisation": "",
        "country": "",
        "accessibility_needs": "",
        "dietary_needs": "",
        "consent": "on",
        "website": "",
        **changes,
    }


def _french_online_event(event_index):
    event = make_event(
        event_index,
        capacity=5,
        event_format="online",
        venue_name="",
        venue_city="",
        online_joining_details="https://meet.example.org/room",
    )
    french = ensure_locales("fr")["fr"]
    translate_page(event_index, french, title="Événements", slug="evenements")
    event_fr = translate_page(event, french, title="Atelier de rue", slug="atelier-de-rue")
    return event, event_fr


def test_a_french_registrants_calendar_file_is_in_french_with_a_french_link(client, event_index):
    _event, event_fr = _french_online_event(event_index)
    response = client.post(f"{event_fr.url}register/", _form("luc@example.org"))
    assert response.status_code == 302
    registration = EventRegistration.objects.get()
    token = registration_token(registration)
    # The file is the registrant's, in their language, from whichever language's link.
    for prefix in ("fr", "en"):
        calendar = client.get(f"/{prefix}/registrations/{token}/calendar.ics")
        assert calendar.status_code == 200
        (entry,) = icalendar.Calendar.from_ical(calendar.content).walk("VEVENT")
        assert str(entry["SUMMARY"]) == "Atelier de rue"
        assert str(entry["URL"]).endswith("/fr/evenements/atelier-de-rue/")
        assert str(entry["LOCATION"]) == "En ligne"
        assert "Comment participer" in str(entry["DESCRIPTION"])


def test_cancelling_a_place_asks_for_confirmation_first(client, event_index):
    event = make_event(event_index, capacity=1)
    holder = registration_create(
        event=event, details=RegistrantDetails(name="A", email="a@example.org"), language="en"
    )
    waiting = registration_create(
        event=event, details=RegistrantDetails(name="B", email="b@example.org"), language="en"
    )
    own_page = parse(client.get(f"/en/registrations/{registration_token(holder)}/"))
    # The registrant's page offers cancelling but does not do it in one click.
    assert find_all(own_page, "form", method="post") == []
    (cancel_link,) = [
        link for link in find_all(own_page, "a") if text(link) == "Cancel my registration"
    ]
    confirmation = client.get(attributes(cancel_link)["href"])
    assert confirmation.status_code == 200
    page = parse(confirmation)
    assert text(find(page, "h1")) == "Cancel your registration?"
    assert "someone on the waiting list" in text(find(page, "main"))
    holder.refresh_from_db()
    assert holder.status == "confirmed"
    form = find(page, "form", method="post")
    button = find(form, "button", type="submit")
    assert text(button) == "Yes, cancel my registration"
    done = client.post(attributes(form)["action"], follow=True)
    assert "Your registration is cancelled." in text(find(parse(done), "main"))
    holder.refresh_from_db()
    waiting.refresh_from_db()
    assert holder.status == "cancelled" and waiting.status == "confirmed"


def test_the_consent_sentence_links_to_the_privacy_notice(client, event_index, site_tree):
    notice = site_tree["home"].add_child(
        instance=InformationPage(
            title="Privacy notice", slug="privacy-notice", intro="What we keep and why."
        )
    )
    notice.save_revision().publish()
    event = make_event(event_index, capacity=5)
    page = parse(client.get(f"{event.url}register/"))
    consent = find(page, "input", name="consent")
    described_by = attributes(consent)["aria-describedby"].split()
    description = [find(page, id=identifier) for identifier in described_by]
    assert any(notice.url in links(part) for part in description)


def test_rejected_submissions_do_not_count_against_the_rate_limit(client, event_index, settings):
    """People correcting mistakes, or colleagues behind one office address, are not locked out."""
    settings.EVENT_REGISTRATIONS_PER_HOUR = 2
    event = make_event(event_index, capacity=10)
    office = "203.0.113.50"

    def register(email, **changes):
        return client.post(f"{event.url}register/", _form(email, **changes), REMOTE_ADDR=office)

    for attempt in range(3):
        assert register(f"typo{attempt}@", consent="").status_code == 400
    assert register("first@example.org").status_code == 302
    assert register("second@example.org").status_code == 302
    assert register("third@example.org").status_code == 429
    assert EventRegistration.objects.count() == 2


def test_a_failed_submit_leads_with_a_summary_linking_to_each_field(client, event_index):
    event = make_event(event_index, capacity=5)
    response = client.post(f"{event.url}register/", _form("not-an-address", name="", consent=""))
    assert response.status_code == 400
    page = parse(response)
    summary = find(page, class_="error-summary")
    assert attributes(summary)["role"] == "alert"
    assert "autofocus" in attributes(summary) and attributes(summary)["tabindex"] == "-1"
    targets = links(summary)
    assert targets == ["#id_name", "#id_email", "#id_consent"]
    for target in targets:
        field = find(page, id=target.removeprefix("#"))
        assert attributes(field)["aria-invalid"] == "true"
    # The summary comes before the form's first field.
    order = [
        element for element in find_all(page) if element in (summary, find(page, id="id_name"))
    ]
    assert order[0] is summary


def test_times_carry_a_machine_readable_datetime_without_fractions(client, event_index):
    event = make_event(event_index, capacity=5)
    start = timezone.now() + datetime.timedelta(days=3)
    event.start = start.replace(microsecond=123456)
    event.end = event.start + datetime.timedelta(hours=2)
    event.registration_deadline = event.start - datetime.timedelta(hours=1, microseconds=-5)
    event.agenda = [
        ("session", {"starts": datetime.time(9, 30), "ends": datetime.time(10, 15), "title": "Hi"})
    ]
    event.save_revision().publish()
    for url in (event.url, f"{event.url}register/"):
        times = find_all(parse(client.get(url)), "time")
        assert times
        for element in times:
            value = attributes(element).get("datetime") or ""
            assert value, f"{element} has no datetime"
            assert "." not in value, f"{element} has a fraction of a second"
