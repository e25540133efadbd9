"""Registration: places, the waiting list, cancellation links, deadline, spam, retention."""

import datetime
import threading

import icalendar
import pytest

from django.core import mail
from django.db import connection
from django.test import Client
from django.utils import timezone

from practices.events.registrations.services import (
    CancellationClosed,
    RegistrantDetails,
    registration_cancel,
    registration_create,
)
from practices.events.registrations.tokens import registration_from_token, registration_token
from practices.models import EventRegistration
from tests.factories import ensure_countries, make_event, make_event_index
from tests.html import attributes, find, find_all, parse, text


def _form(email: str, **changes) -> dict:
    return {
        "name": "Ana Pop",
        "email": email,
        "organisation": "Example agency",
        "country": "RO",
        "accessibility_needs": "",
        "dietary_needs": "Vegetarian",
        "consent": "on",
        "website": "",
        **changes,
    }


def _register(client, event, email, *, remote_addr="127.0.0.1", **changes):
    return client.post(f"{event.url}register/", _form(email, **changes), REMOTE_ADDR=remote_addr)


def _places(page) -> str:
    """What the registration page says about the places left."""
    return text(find(page, "p", id="places"))


def _calendar_entries(attachment) -> list:
    return icalendar.Calendar.from_ical(attachment.content).walk("VEVENT")


def test_registration_confirms_and_mails_the_calendar_file(
    client, event_index, django_capture_on_commit_callbacks
):
    event = make_event(event_index, capacity=2)
    page = client.get(f"{event.url}register/")
    assert page.status_code == 200
    assert _places(page).startswith("2 places left.")
    assert "no-store" in page["Cache-Control"]
    with django_capture_on_commit_callbacks(execute=True):
        response = _register(client, event, "ana@example.org")
    assert response.status_code == 302
    registration = EventRegistration.objects.get()
    assert registration.status == "confirmed" and registration.language == "en"
    # Tokens carry a timestamp, so compare what they point to, not their text.
    location = response["Location"]
    assert location.startswith("/en/registrations/")
    assert registration_from_token(location.split("/")[-2]) == registration
    confirmation = client.get(response["Location"])
    assert "Thank you: your place is confirmed." in confirmation.text
    assert "no-store" in confirmation["Cache-Control"]
    (message,) = mail.outbox
    assert message.to == ["ana@example.org"]
    assert message.subject == "Your place is confirmed: Outreach workshop"
    mailed_token = message.body.split("/en/registrations/")[1].split("/")[0]
    assert registration_from_token(mailed_token) == registration
    (attachment,) = message.attachments
    assert attachment.mimetype == "text/calendar"
    (entry,) = _calendar_entries(attachment)
    assert str(entry["SUMMARY"]) == "Outreach workshop"
    assert entry.start == event.start


def test_mail_and_pages_are_in_the_registrants_language(
    client, event_index, django_capture_on_commit_callbacks
):
    event = make_event(event_index, capacity=5)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            f"/fr/{event.url.removeprefix('/en/')}register/", _form("luc@example.org")
        )
    assert response.status_code == 302 and response["Location"].startswith("/fr/registrations/")
    registration = EventRegistration.objects.get()
    assert registration.language == "fr"
    (message,) = mail.outbox
    assert message.subject.startswith("Votre place est confirmée")
    assert "/fr/registrations/" in message.body


def test_second_registration_with_the_same_address_is_refused_politely(
    client, event_index, django_capture_on_commit_callbacks
):
    event = make_event(event_index, capacity=5)
    _register(client, event, "ana@example.org")
    with django_capture_on_commit_callbacks(execute=True):
        response = _register(client, event, "ANA@example.org")
    assert response.status_code == 409
    assert "already registered for the event" in response.text
    assert EventRegistration.objects.count() == 1
    # The lost link is sent again to the address itself (never shown on the page).
    assert [message.to for message in mail.outbox] == [["ana@example.org"]]


def test_waitlist_then_promotion_when_someone_cancels(
    client, event_index, django_capture_on_commit_callbacks
):
    event = make_event(event_index, capacity=1)
    with django_capture_on_commit_callbacks(execute=True):
        _register(client, event, "first@example.org")
        _register(client, event, "second@example.org")
        _register(client, event, "third@example.org")
    first, second, third = EventRegistration.objects.order_by("created_at")
    assert [first.status, second.status, third.status] == ["confirmed", "waitlisted", "waitlisted"]
    full = parse(client.get(f"{event.url}register/"))
    assert _places(full).startswith("All places are taken.")
    form = find(full, "form", class_="registration-form")
    assert text(find(form, "button", type="submit")) == "Join the waiting list"
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        promoted = registration_cancel(registration=first)
    assert promoted == [second]
    second.refresh_from_db()
    third.refresh_from_db()
    assert second.status == "confirmed" and second.promoted_at is not None
    assert third.status == "waitlisted"
    subjects = {message.to[0]: message.subject for message in mail.outbox}
    assert subjects == {
        "first@example.org": "Registration cancelled: Outreach workshop",
        "second@example.org": "A place is free for you: Outreach workshop",
    }


def test_more_places_published_promote_the_waiting_list(event_index):
    event = make_event(event_index, capacity=1)
    for email in ("a@example.org", "b@example.org"):
        registration_create(
            event=event, details=RegistrantDetails(name="A", email=email), language="en"
        )
    event.capacity = 2
    event.save_revision().publish()
    assert sorted(EventRegistration.objects.values_list("status", flat=True)) == [
        "confirmed",
        "confirmed",
    ]


def test_cancellation_link_valid_reused_and_tampered(client, event_index):
    event = make_event(event_index, capacity=1)
    first = registration_create(
        event=event, details=RegistrantDetails(name="A", email="a@example.org"), language="en"
    )
    waiting = registration_create(
        event=event, details=RegistrantDetails(name="B", email="b@example.org"), language="en"
    )
    url = f"/en/registrations/{registration_token(first)}/"
    page = client.get(url)
    assert page.status_code == 200 and "Cancel my registration" in page.text
    # Opening the link never cancels (mail scanners follow links); posting does.
    first.refresh_from_db()
    assert first.status == "confirmed"
    response = client.post(f"{url}cancel/", follow=True)
    assert "Your registration is cancelled." in response.text
    first.refresh_from_db()
    waiting.refresh_from_db()
    assert first.status == "cancelled" and waiting.status == "confirmed"
    again = client.post(f"{url}cancel/", follow=True)
    assert "This registration was already cancelled." in again.text
    waiting.refresh_from_db()
    assert waiting.status == "confirmed"
    token = registration_token(first)
    tampered = token[:-2] + ("AA" if token[-2:] != "AA" else "BB")
    for bad in (tampered, "not-a-token", registration_token(first).replace(":", "x", 1)):
        response = client.get(f"/en/registrations/{bad}/")
        assert response.status_code == 404
        assert "This link does not work" in response.text
        assert client.post(f"/en/registrations/{bad}/cancel/").status_code == 404


def test_joining_details_only_for_confirmed_registrants(client, event_index):
    event = make_event(
        event_index,
        capacity=1,
        event_format="online",
        venue_name="",
        venue_city="",
        online_joining_details="https://meet.example.org/secret-room",
    )
    public = client.get(event.url)
    assert public.status_code == 200
    assert "secret-room" not in public.text  # nowhere on the page, markup included
    confirmed = registration_create(
        event=event, details=RegistrantDetails(name="A", email="a@example.org"), language="en"
    )
    waiting = registration_create(
        event=event, details=RegistrantDetails(name="B", email="b@example.org"), language="en"
    )
    confirmed_page = parse(client.get(f"/en/registrations/{registration_token(confirmed)}/"))
    joining = find(confirmed_page, "section", aria_labelledby="joining-heading")
    assert text(joining) == "How to join online https://meet.example.org/secret-room"
    waiting_page = client.get(f"/en/registrations/{registration_token(waiting)}/")
    assert text(find(waiting_page, "dl", class_="registration-status")).startswith(
        "Name B Status You are on the waiting list."
    )
    assert "secret-room" not in waiting_page.text
    calendar = client.get(f"/en/registrations/{registration_token(confirmed)}/calendar.ics")
    assert b"secret-room" in calendar.content
    denied = client.get(f"/en/registrations/{registration_token(waiting)}/calendar.ics")
    assert denied.status_code == 404


def test_deadline_is_enforced(client, event_index):
    event = make_event(
        event_index,
        capacity=10,
        registration_deadline=timezone.now() - datetime.timedelta(minutes=1),
    )
    page = parse(client.get(f"{event.url}register/"))
    assert text(find(page, "div", class_="alert")) == "Registration for this event has closed."
    assert find_all(page, "form", class_="registration-form") == []
    response = _register(client, event, "late@example.org")
    assert response.status_code == 200
    assert not EventRegistration.objects.exists()


def test_cancelled_event_and_external_registration(client, event_index):
    cancelled = make_event(event_index, status="cancelled")
    assert (
        "This event is cancelled, so registration is closed."
        in client.get(f"{cancelled.url}register/").text
    )
    _register(client, cancelled, "a@example.org")
    assert not EventRegistration.objects.exists()
    external = make_event(
        event_index, registration_mode="external", registration_url="https://example.org/form"
    )
    response = client.get(f"{external.url}register/")
    assert response.status_code == 302 and response["Location"] == "https://example.org/form"


def test_invalid_form_honeypot_and_rate_limit(client, event_index, settings):
    event = make_event(event_index, capacity=10)
    missing = _register(client, event, "not-an-address", consent="")
    assert missing.status_code == 400
    form = find(missing, "form", class_="registration-form")
    # The two fields in error are marked for screen readers, and the form says so first.
    invalid = {attributes(field)["name"] for field in find_all(form, aria_invalid="true")}
    assert invalid == {"email", "consent"}
    summary = find(form, role="alert")
    assert text(summary).startswith("Please correct the marked fields.")
    spam = _register(client, event, "robot@example.org", website="https://spam.example")
    assert spam.status_code == 400
    assert not EventRegistration.objects.exists()
    settings.EVENT_REGISTRATIONS_PER_HOUR = 3
    statuses = [
        _register(client, event, f"p{n}@example.org", remote_addr="203.0.113.9").status_code
        for n in range(4)
    ]
    assert statuses == [302, 302, 302, 429]
    other_address = _register(client, event, "other@example.org", remote_addr="203.0.113.10")
    assert other_address.status_code == 302


@pytest.mark.django_db(transaction=True)
def test_concurrent_requests_for_the_last_places(site_tree):
    """Eight people ask for the last two places at the same moment: two get them."""
    ensure_countries("BE", "RO")
    event = make_event(make_event_index(site_tree["home"]), capacity=3)
    registration_create(
        event=event,
        details=RegistrantDetails(name="Early", email="early@example.org"),
        language="en",
    )
    start = threading.Barrier(8)
    statuses: list[int] = []

    def request(number: int) -> None:
        try:
            start.wait()
            response = Client().post(
                f"{event.url}register/",
                _form(f"person{number}@example.org"),
                REMOTE_ADDR=f"198.51.100.{number}",
            )
            statuses.append(response.status_code)
        finally:
            connection.close()

    threads = [threading.Thread(target=request, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert statuses == [302] * 8
    counts = {
        status: EventRegistration.objects.filter(status=status).count()
        for status in ("confirmed", "waitlisted")
    }
    assert counts == {"confirmed": 3, "waitlisted": 6}


def test_registrants_are_told_once_when_the_event_is_cancelled(
    event_index, django_capture_on_commit_callbacks
):
    event = make_event(event_index, capacity=1)
    registration_create(
        event=event, details=RegistrantDetails(name="A", email="a@example.org"), language="en"
    )
    registration_create(
        event=event, details=RegistrantDetails(name="B", email="b@example.org"), language="en"
    )
    gone = registration_create(
        event=event, details=RegistrantDetails(name="C", email="c@example.org"), language="en"
    )
    registration_cancel(registration=gone)
    mail.outbox.clear()
    event.status = "cancelled"
    event.status_note = "The venue flooded."
    with django_capture_on_commit_callbacks(execute=True):
        event.save_revision().publish()
    assert sorted(message.to[0] for message in mail.outbox) == ["a@example.org", "b@example.org"]
    message = next(message for message in mail.outbox if message.to == ["a@example.org"])
    assert message.subject == "Event cancelled: Outreach workshop"
    assert "The venue flooded." in message.body
    (attachment,) = message.attachments  # updates the entry in the registrant's calendar
    (entry,) = _calendar_entries(attachment)
    assert str(entry["STATUS"]) == "CANCELLED"
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        event.save_revision().publish()  # publishing again announces nothing new
    assert mail.outbox == []


def test_a_registration_cannot_be_cancelled_once_its_event_has_ended(
    client, event_index, django_capture_on_commit_callbacks
):
    event = make_event(event_index, capacity=1)
    first = registration_create(
        event=event,
        details=RegistrantDetails(name="Ana Pop", email="ana@example.org"),
        language="en",
    )
    waiting = registration_create(
        event=event,
        details=RegistrantDetails(name="Ion Rus", email="ion@example.org"),
        language="en",
    )
    ended = timezone.now() - datetime.timedelta(hours=1)
    event.start, event.end = ended - datetime.timedelta(hours=2), ended
    event.save_revision().publish()
    with pytest.raises(CancellationClosed):
        registration_cancel(registration=first)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        page = client.post(f"/en/registrations/{registration_token(first)}/cancel/", follow=True)
    assert "registrations can no longer change" in page.text
    first.refresh_from_db()
    waiting.refresh_from_db()
    assert first.status == "confirmed" and waiting.status == "waitlisted"
    assert mail.outbox == []
