"""Periods of support worked out from a person's effective history (a pure function)."""

import datetime
from types import SimpleNamespace

from members.register.episodes import support_episodes
from members.register.vocabulary import MovementKind

STARTED, ENDED = MovementKind.SUPPORT_STARTED, MovementKind.SUPPORT_ENDED


def event(kind, agency, day):
    return SimpleNamespace(kind=kind, recording_agency_id=agency, date=datetime.date(2026, 1, day))


def periods(events):
    return [
        (e.agency_id, e.started.date.day, e.ended.date.day if e.ended else None)
        for e in support_episodes(events)
    ]


def test_no_support_events_make_no_periods():
    assert periods([event(MovementKind.ARRIVED, "a", 1)]) == []


def test_a_start_without_an_end_is_ongoing():
    episodes = support_episodes([event(STARTED, "a", 3)])
    assert [e.ongoing for e in episodes] == [True]


def test_each_agency_has_its_own_periods_in_the_order_they_started():
    events = [
        event(STARTED, "a", 1),
        event(STARTED, "b", 2),
        event(ENDED, "a", 5),
        event(STARTED, "a", 9),
        event(ENDED, "b", 10),
    ]
    assert periods(events) == [("a", 1, 5), ("b", 2, 10), ("a", 9, None)]


def test_a_second_start_while_supported_changes_nothing():
    events = [event(STARTED, "a", 1), event(STARTED, "a", 4), event(ENDED, "a", 8)]
    assert periods(events) == [("a", 1, 8)]


def test_an_end_without_a_start_or_by_another_agency_is_ignored():
    events = [event(ENDED, "a", 1), event(STARTED, "a", 2), event(ENDED, "b", 3)]
    assert periods(events) == [("a", 2, None)]


def test_other_events_between_start_and_end_do_not_end_support():
    events = [
        event(STARTED, "a", 1),
        event(MovementKind.WHEREABOUTS_UNKNOWN, "a", 2),
        event(MovementKind.MOVED_ON, "a", 3),
        event(ENDED, "a", 4),
    ]
    assert periods(events) == [("a", 1, 4)]
