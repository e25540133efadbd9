"""Where a person is now and who supports them, derived from their history.

Only effective events count (a superseded event is replaced by its correction),
taken in the order they happened. The last known country is the destination of the
latest move (or, for "left" without a destination, the country left is no longer
it); support runs from "support started" to "support ended" of the same agency.
"""

import datetime
from collections.abc import Iterable
from dataclasses import dataclass

from members.register.vocabulary import MovementKind, PersonStatus

MOVES = {
    MovementKind.ARRIVED,
    MovementKind.RETURNED,
    MovementKind.MOVED_ON,
    MovementKind.CONTACT_RESUMED,
    MovementKind.LEFT,
}


@dataclass(frozen=True)
class Whereabouts:
    """The state a person's history leads to."""

    country: str = ""
    place: str = ""
    status: str = PersonStatus.NOT_SUPPORTED
    supported_by_id: object = None
    last_movement_on: datetime.date | None = None


def whereabouts(events: Iterable) -> Whereabouts:
    """The state after ``events`` (effective movements, in the order they happened)."""
    country = place = ""
    supporters: list = []
    unknown = returned = False
    last = None
    for event in events:
        last = event.date
        if event.kind in MOVES:
            if event.to_country or event.kind != MovementKind.LEFT:
                country, place = event.to_country, event.to_place
            elif country == event.from_country:
                country, place = "", ""
            unknown = False
            returned = event.kind == MovementKind.RETURNED
        elif event.kind == MovementKind.WHEREABOUTS_UNKNOWN:
            unknown = True
        elif event.kind == MovementKind.SUPPORT_STARTED:
            unknown = False
            if event.recording_agency_id not in supporters:
                supporters.append(event.recording_agency_id)
        elif event.kind == MovementKind.SUPPORT_ENDED and event.recording_agency_id in supporters:
            supporters.remove(event.recording_agency_id)
    if unknown:
        status = PersonStatus.WHEREABOUTS_UNKNOWN
    elif supporters:
        status = PersonStatus.SUPPORTED
    elif returned:
        status = PersonStatus.RETURNED
    else:
        status = PersonStatus.NOT_SUPPORTED
    return Whereabouts(
        country=country,
        place=place,
        status=status,
        supported_by_id=supporters[-1] if supporters and not unknown else None,
        last_movement_on=last,
    )
