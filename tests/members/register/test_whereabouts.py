"""Where a person is and who supports them, derived from the effective history."""

import datetime
from types import SimpleNamespace

from members.register.vocabulary import MovementKind as Kind
from members.register.vocabulary import PersonStatus as Status
from members.register.whereabouts import whereabouts

BRUSSELS, CLUJ = "agency-brussels", "agency-cluj"


def event(kind, day, *, to="", from_="", agency=BRUSSELS, place=""):
    return SimpleNamespace(
        kind=kind,
        date=datetime.date(2026, 1, day),
        to_country=to,
        to_place=place,
        from_country=from_,
        recording_agency_id=agency,
    )


def test_no_history_is_nowhere_and_unsupported():
    assert whereabouts([]).status == Status.NOT_SUPPORTED
    assert whereabouts([]).country == ""


def test_arrival_and_support():
    state = whereabouts(
        [
            event(Kind.ARRIVED, 1, from_="RO", to="BE", place="Brussels"),
            event(Kind.SUPPORT_STARTED, 2),
        ]
    )
    assert (state.country, state.place, state.status) == ("BE", "Brussels", Status.SUPPORTED)
    assert state.supported_by_id == BRUSSELS
    assert state.last_movement_on == datetime.date(2026, 1, 2)


def test_support_ends_with_its_own_agency_only():
    events = [
        event(Kind.SUPPORT_STARTED, 1),
        event(Kind.SUPPORT_STARTED, 2, agency=CLUJ),
        event(Kind.SUPPORT_ENDED, 3),
    ]
    state = whereabouts(events)
    assert (state.status, state.supported_by_id) == (Status.SUPPORTED, CLUJ)
    state = whereabouts([*events, event(Kind.SUPPORT_ENDED, 4, agency=CLUJ)])
    assert (state.status, state.supported_by_id) == (Status.NOT_SUPPORTED, None)


def test_whereabouts_unknown_until_contact_resumes():
    events = [event(Kind.ARRIVED, 1, to="BE"), event(Kind.SUPPORT_STARTED, 2)]
    lost = whereabouts([*events, event(Kind.WHEREABOUTS_UNKNOWN, 3)])
    assert (lost.status, lost.country, lost.supported_by_id) == (
        Status.WHEREABOUTS_UNKNOWN,
        "BE",
        None,
    )
    found = whereabouts(
        [*events, event(Kind.WHEREABOUTS_UNKNOWN, 3), event(Kind.CONTACT_RESUMED, 4, to="NL")]
    )
    assert (found.status, found.country) == (Status.SUPPORTED, "NL")


def test_return_to_the_country_of_origin():
    state = whereabouts(
        [event(Kind.ARRIVED, 1, to="BE"), event(Kind.RETURNED, 2, from_="BE", to="RO")]
    )
    assert (state.status, state.country) == (Status.RETURNED, "RO")


def test_leaving_without_a_known_destination_leaves_no_country():
    state = whereabouts([event(Kind.ARRIVED, 1, to="BE"), event(Kind.LEFT, 2, from_="BE")])
    assert (state.country, state.status) == ("", Status.NOT_SUPPORTED)
