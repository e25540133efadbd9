"""Registrants' personal data is deleted once the retention period after the event ends."""

import datetime

import pytest

from django.utils import timezone

from network_site.scheduling import queue_due_tasks
from practices.events.registrations.emails import registration_email
from practices.events.registrations.services import registration_purge_past
from practices.models import EventRegistration
from tests.factories import make_event


def test_personal_data_is_deleted_after_the_retention_period(event_index, settings):
    settings.EVENT_REGISTRATION_RETENTION_DAYS = 30
    recent = make_event(event_index, days_ahead=-20)
    old = make_event(event_index, days_ahead=-40)
    future = make_event(event_index, days_ahead=5)
    for event in (recent, old, future):
        EventRegistration.objects.create(
            event=event,
            status="confirmed",
            name="A",
            email=f"{event.slug}@example.org",
            language="en",
            consent_given_at=timezone.now(),
        )
    assert registration_purge_past() == 1
    assert set(EventRegistration.objects.values_list("event_id", flat=True)) == {
        recent.pk,
        future.pk,
    }


def test_scheduler_queues_the_purge_once_per_interval(event_index, settings):
    old = make_event(event_index, days_ahead=-400)
    EventRegistration.objects.create(
        event=old,
        status="confirmed",
        name="A",
        email="a@example.org",
        language="en",
        consent_given_at=timezone.now(),
    )
    now = timezone.now()
    assert "purge-past-event-registrations" in queue_due_tasks(now)
    assert not EventRegistration.objects.exists()  # tasks run at once in tests
    assert queue_due_tasks(now + datetime.timedelta(minutes=5)) == []
    # Other hourly tasks (the register's offer expiry) come due at the same time.
    assert "purge-past-event-registrations" in queue_due_tasks(now + datetime.timedelta(minutes=61))


@pytest.mark.parametrize(
    ("days", "sentence"),
    [
        (1, "We delete your registration details 1 day after the event."),
        (30, "We delete your registration details 30 days after the event."),
    ],
)
def test_the_confirmation_says_when_the_details_are_deleted(event_index, settings, days, sentence):
    settings.EVENT_REGISTRATION_RETENTION_DAYS = days
    registration = EventRegistration.objects.create(
        event=make_event(event_index),
        status="confirmed",
        name="Ana Pop",
        email="ana@example.org",
        language="en",
        consent_given_at=timezone.now(),
    )
    body = registration_email(registration, "confirmed").body
    assert sentence in body.splitlines()
