"""A registrant's links to an event only published in another language stay under the
prefix of the language they registered in (practices.fallback): in every e-mail, in the
calendar files, and in the public calendars of a reader of that language."""

import icalendar
import pytest

from django.core import mail
from django.utils import translation

from practices.events.registrations.services import (
    RegistrantDetails,
    registration_cancel,
    registration_create,
    registration_email_resend,
)
from practices.events.registrations.tokens import registration_token
from practices.models import EventRegistration
from tests.factories import make_event
from tests.html import find, text

ENGLISH_ONLY = {"title": "Outreach workshop", "capacity": 1}


def _french_address(event) -> str:
    """Where a French reader finds the English-only event: under the French home."""
    return f"http://testserver/fr/events/{event.slug}/"


def _links(message) -> list[str]:
    """The site's addresses in a message, one a line."""
    return [line for line in message.body.splitlines() if line.startswith("http://testserver/")]


def _calendar_urls(content: bytes) -> list[str]:
    return [str(entry["URL"]) for entry in icalendar.Calendar.from_ical(content).walk("VEVENT")]


def _attached_calendar_urls(message) -> list[str]:
    return [url for attachment in message.attachments for url in _calendar_urls(attachment.content)]


def _register(event, email: str, language: str = "fr") -> EventRegistration:
    return registration_create(
        event=event, details=RegistrantDetails(name="Luc Martin", email=email), language=language
    )


def test_the_french_address_of_an_english_only_event_is_its_page(client, event_index):
    event = make_event(event_index, **ENGLISH_ONLY)
    response = client.get(_french_address(event))
    assert response.status_code == 200
    assert text(find(response, "h1")) == "Outreach workshop"


def test_a_french_registrants_calendar_file_links_to_the_french_address(client, event_index):
    event = make_event(event_index, **ENGLISH_ONLY)
    response = client.post(
        f"/fr/events/{event.slug}/register/",
        {"name": "Luc Martin", "email": "luc@example.org", "consent": "on", "website": ""},
    )
    assert response.status_code == 302
    registration = EventRegistration.objects.get()
    assert registration.language == "fr"
    token = registration_token(registration)
    # The file is the registrant's, from whichever language's link it is fetched.
    for prefix in ("fr", "en"):
        calendar = client.get(f"/{prefix}/registrations/{token}/calendar.ics")
        assert calendar.status_code == 200
        assert _calendar_urls(calendar.content) == [_french_address(event)]


# Each message a registrant can get, provoked the way the site provokes it: ``act``
# returns the address it goes to, and it is the last message sent there (messages go
# once the block commits, in order). The worker's own language is English throughout,
# so a French link can only come from the registration.
def _confirmed(event):
    return _register(event, "luc@example.org").email


def _waitlisted(event):
    _register(event, "first@example.org", language="en")
    return _register(event, "luc@example.org").email


def _promoted(event):
    first = _register(event, "first@example.org", language="en")
    waiting = _register(event, "luc@example.org")
    registration_cancel(registration=first)
    return waiting.email


def _cancelled(event):
    registration = _register(event, "luc@example.org")
    registration_cancel(registration=registration)
    return registration.email


def _status(event):
    registration = _register(event, "luc@example.org")
    event.status = "postponed"
    event.save_revision().publish()  # announces the new status to everyone registered
    return registration.email


def _resent(event):
    registration = _register(event, "luc@example.org")
    assert registration_email_resend(event=event, email="luc@example.org")
    return registration.email


@pytest.mark.parametrize(
    ("act", "subject", "with_calendar"),
    [
        (_confirmed, "Votre place est confirmée : Outreach workshop", True),
        (_waitlisted, "Vous êtes sur la liste d’attente : Outreach workshop", False),
        (_promoted, "Une place s’est libérée pour vous : Outreach workshop", True),
        (_cancelled, "Inscription annulée : Outreach workshop", False),
        (_status, "Événement reporté : Outreach workshop", True),
        (_resent, "Votre place est confirmée : Outreach workshop", True),
    ],
    ids=["confirmed", "waitlisted", "promoted", "cancelled", "status", "resent"],
)
def test_every_mail_to_a_french_registrant_links_to_the_french_address(
    event_index, django_capture_on_commit_callbacks, act, subject, with_calendar
):
    event = make_event(event_index, **ENGLISH_ONLY)
    with translation.override("en"), django_capture_on_commit_callbacks(execute=True):
        address = act(event)
    message = [message for message in mail.outbox if message.to == [address]][-1]
    assert message.subject == subject
    event_links = [link for link in _links(message) if "/registrations/" not in link]
    assert event_links == [_french_address(event)]
    assert all(link.startswith("http://testserver/fr/") for link in _links(message))
    expected = [_french_address(event)] if with_calendar else []
    assert _attached_calendar_urls(message) == expected


def test_an_english_registrant_of_the_same_event_gets_the_english_address(
    event_index, django_capture_on_commit_callbacks
):
    event = make_event(event_index, **ENGLISH_ONLY)
    with translation.override("fr"), django_capture_on_commit_callbacks(execute=True):
        _register(event, "ana@example.org", language="en")
    (message,) = mail.outbox
    english = f"http://testserver/en/events/{event.slug}/"
    assert english in _links(message)
    assert _attached_calendar_urls(message) == [english]


def test_public_calendars_of_a_french_reader_link_to_french_addresses(client, event_index):
    event = make_event(event_index, **ENGLISH_ONLY)
    one = client.get(f"/fr/events/{event.slug}/calendar/")
    assert one.status_code == 200
    assert _calendar_urls(one.content) == [_french_address(event)]
    feed = client.get("/fr/feeds/events.ics")
    assert _calendar_urls(feed.content) == [_french_address(event)]
    english_feed = client.get("/en/feeds/events.ics")
    assert _calendar_urls(english_feed.content) == [f"http://testserver/en/events/{event.slug}/"]
