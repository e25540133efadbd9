"""Periodic tasks are declared next to their task and found by the scheduler."""

import datetime

import pytest

from members.notifications.tasks import send_daily_digests
from network_site.core import scheduling
from network_site.core.scheduling import periodic, periodic_tasks
from practices.events.registrations.tasks import purge_past_event_registrations


def test_every_app_declares_its_periodic_tasks_next_to_them():
    tasks = periodic_tasks()
    assert tasks["purge-past-event-registrations"].task is purge_past_event_registrations
    assert tasks["purge-past-event-registrations"].every == datetime.timedelta(hours=1)
    assert tasks["send-notification-digests"].task is send_daily_digests


def test_two_tasks_cannot_share_a_name(monkeypatch):
    monkeypatch.setattr(scheduling, "_declared", {})
    periodic("nightly", every_minutes=60)(first := object())
    periodic("nightly", every_minutes=60)(first)  # declaring the same task again is harmless
    with pytest.raises(ValueError, match="nightly"):
        periodic("nightly", every_minutes=60)(object())
