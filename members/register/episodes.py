"""Periods of support: when each agency started and stopped supporting a person.

Derived from the person's effective history, as ``whereabouts`` derives where they
are: an agency's "support started" opens its period, its next "support ended" closes
it. A second start while a period is open changes nothing, and an end without an
open period is ignored, as ``whereabouts`` treats them; both events stay in the
timeline for the reader to see.
"""

from collections.abc import Iterable
from dataclasses import dataclass

from members.register.vocabulary import MovementKind


@dataclass(frozen=True)
class SupportEpisode:
    """One agency's period of support: the event that started it and, once over, ended it."""

    started: object
    ended: object | None = None

    @property
    def agency_id(self):
        return self.started.recording_agency_id

    @property
    def ongoing(self) -> bool:
        return self.ended is None


def support_episodes(events: Iterable) -> list[SupportEpisode]:
    """The periods of support in ``events`` (effective movements, in the order they
    happened), in the order they started."""
    episodes: list[SupportEpisode] = []
    open_by_agency: dict = {}
    for event in events:
        agency = event.recording_agency_id
        if event.kind == MovementKind.SUPPORT_STARTED and agency not in open_by_agency:
            open_by_agency[agency] = len(episodes)
            episodes.append(SupportEpisode(started=event))
        elif event.kind == MovementKind.SUPPORT_ENDED and agency in open_by_agency:
            position = open_by_agency.pop(agency)
            episodes[position] = SupportEpisode(started=episodes[position].started, ended=event)
    return episodes
