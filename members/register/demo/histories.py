"""What happened to the demo register's people: their movements and case notes, as data.

Stories of two shapes. An agency that meets people arriving in its country sees them
arrive (some through another country first), starts supporting them, and then they
stay, go home, lose contact (some come back), move on, or find a home. An agency that
supports its own citizens coming back sees them leave, return, and stay, settle or
leave again. Dates go forward from a start within the last three years and stop at
today: a story that would run into the future ends where it is.
"""

import datetime
import random
from dataclasses import dataclass

from members.register.demo import data
from members.register.demo.data import CaseloadPlan
from members.register.vocabulary import DatePrecision, MovementKind, MovementReason, MovementSource

HISTORY_DAYS = 3 * 365
Place = tuple[str, str]  # (country code, town)
NOWHERE: Place = ("", "")


@dataclass
class DemoEvent:
    """A movement to record; ``corrects`` is the index of an earlier event it corrects."""

    kind: str
    date: datetime.date
    origin: Place = NOWHERE
    destination: Place = NOWHERE
    reason: str = ""
    source: str = MovementSource.SELF_REPORTED
    date_precision: str = DatePrecision.DAY
    note: str = ""
    corrects: int | None = None


@dataclass
class DemoNote:
    """A case note to write; ``corrects`` is the index of an earlier note it corrects."""

    body: str
    written_on: datetime.date
    corrects: int | None = None


class History:
    """One person's events, drawn with the caseload's random generator."""

    def __init__(self, plan: CaseloadPlan, today: datetime.date, rng: random.Random):
        self.plan, self.today, self.random = plan, today, rng
        self.here: Place = (plan.country, plan.city)
        self.events: list[DemoEvent] = []
        self.notes: list[DemoNote] = []

    def draw(self, citizenship: str) -> "History":
        if self.plan.kind == "returns":
            self._back_home()
        else:
            self._arrival(citizenship)
        self._notes()
        return self

    @property
    def support_began(self) -> datetime.date | None:
        starts = [e.date for e in self.events if e.kind == MovementKind.SUPPORT_STARTED]
        return starts[0] if starts else None

    # --- steps ------------------------------------------------------------------------

    def _town(self, country: str) -> Place:
        return country, self.random.choice(data.CITIES[country])

    def _later(self, date: datetime.date, low: int, high: int) -> datetime.date:
        """Some days after ``date``, at most until today if at least ``low`` days are left."""
        high = min(high, max(low, (self.today - date).days))
        return date + datetime.timedelta(days=self.random.randint(low, high))

    def _one_of(self, *choices: str) -> str:
        return self.random.choice(choices)

    def _add(self, kind: str, date: datetime.date, **fields) -> bool:
        """Add the event unless it would be in the future (the story then stops there)."""
        if date > self.today:
            return False
        event = DemoEvent(kind, date, **fields)
        if not event.note and kind in data.MOVEMENT_NOTES and self.random.random() < 0.2:
            event.note = self.random.choice(data.MOVEMENT_NOTES[kind])
        self.events.append(event)
        return True

    def _start(self) -> tuple[datetime.date, str]:
        """When the story begins, and whether only its month is known (for old events)."""
        date = self.today - datetime.timedelta(days=self.random.randint(45, HISTORY_DAYS - 31))
        month_only = (self.today - date).days > 365 and self.random.random() < 0.5
        return date, DatePrecision.MONTH if month_only else DatePrecision.DAY

    # --- people arriving ------------------------------------------------------------------

    def _arrival(self, citizenship: str) -> None:
        """Someone who came to the agency's country, some of them through another one."""
        date, precision = self._start()
        came_from = self._town(citizenship)
        vias = [country for country in self.plan.vias if country != citizenship]
        if vias and self.random.random() < 0.3:
            via = self._town(self.random.choice(vias))
            self._add(
                MovementKind.ARRIVED,
                date,
                origin=came_from,
                destination=via,
                reason=self._one_of(MovementReason.WORK, MovementReason.FAMILY),
                date_precision=precision,
            )
            date, precision, came_from = self._later(date, 60, 300), DatePrecision.DAY, via
        kind = MovementKind.ARRIVED if came_from[0] == citizenship else MovementKind.MOVED_ON
        reason = self._one_of(
            MovementReason.WORK,
            MovementReason.WORK,
            MovementReason.FAMILY,
            MovementReason.HOUSING_LOSS,
            MovementReason.SERVICES,
            MovementReason.UNKNOWN,
        )
        arrived = self._add(
            kind,
            date,
            origin=came_from,
            destination=self.here,
            reason=reason,
            date_precision=precision,
        )
        if not arrived:
            return
        if len(self.events) == 1 and self.random.random() < 0.12:
            self._correct_arrival()
        started = self._later(date, 2, 45)
        if self._add(MovementKind.SUPPORT_STARTED, started, source=MovementSource.CONFIRMED):
            self._outcome(citizenship, started)

    def _correct_arrival(self) -> None:
        """A correction of the first event: the person had come earlier than noted."""
        arrival = self.events[0]
        self.events.append(
            DemoEvent(
                arrival.kind,
                arrival.date - datetime.timedelta(days=self.random.randint(10, 30)),
                arrival.origin,
                arrival.destination,
                arrival.reason,
                MovementSource.CONFIRMED,
                note="Corrected: the person arrived earlier than first noted (ticket seen).",
                corrects=0,
            )
        )

    def _outcome(self, citizenship: str, since: datetime.date) -> None:
        """What became of someone the agency supports in its own country."""
        outcome = self.random.choices(
            ("stays", "returned", "lost", "moved on", "housed"), (28, 20, 22, 17, 13)
        )[0]
        date = self._later(since, 40, 420)
        if outcome == "stays" and self.random.random() < 0.5:
            self._lost_and_found(date)
        elif outcome == "returned":
            if self._add(MovementKind.SUPPORT_ENDED, date, source=MovementSource.CONFIRMED):
                self._add(
                    MovementKind.RETURNED,
                    self._later(date, 0, 5),
                    origin=self.here,
                    destination=self._town(citizenship),
                    reason=self._one_of(MovementReason.RETURN_PROGRAMME, MovementReason.FAMILY),
                    source=MovementSource.CONFIRMED,
                )
        elif outcome == "lost":
            if self.random.random() < 0.3:
                self._add(MovementKind.LEFT, date, origin=self.here, reason=MovementReason.UNKNOWN)
            self._lost_and_found(self._later(date, 0, 30), found=self.random.random() < 0.5)
        elif outcome == "moved on":
            if self._add(MovementKind.SUPPORT_ENDED, date):
                self._add(
                    MovementKind.MOVED_ON,
                    self._later(date, 0, 20),
                    origin=self.here,
                    destination=self._town(self.random.choice(self.plan.onward)),
                    reason=self._one_of(MovementReason.WORK, MovementReason.FAMILY),
                    source=self._one_of(MovementSource.SELF_REPORTED, MovementSource.OTHER_AGENCY),
                )
        elif outcome == "housed":
            self._add(
                MovementKind.SUPPORT_ENDED,
                date,
                source=MovementSource.CONFIRMED,
                note="Moved into a flat of their own; support no longer needed.",
            )

    def _lost_and_found(self, lost: datetime.date, *, found: bool = True) -> None:
        """Contact lost (and, if ``found``, resumed some weeks or months later)."""
        if self._add(MovementKind.WHEREABOUTS_UNKNOWN, lost) and found:
            self._add(
                MovementKind.CONTACT_RESUMED, self._later(lost, 20, 240), destination=self.here
            )

    # --- people coming home -----------------------------------------------------------

    def _back_home(self) -> None:
        """One of the agency's own citizens, back from homelessness abroad."""
        date, precision = self._start()
        abroad = self._town(self.random.choice(self.plan.onward))
        self._add(
            MovementKind.ARRIVED,
            date,
            origin=self._town(self.plan.country),
            destination=abroad,
            reason=MovementReason.WORK,
            date_precision=precision,
        )
        if self.random.random() < 0.25:
            elsewhere = [country for country in self.plan.onward if country != abroad[0]]
            further = self._town(self.random.choice(elsewhere))
            date = self._later(date, 60, 250)
            moved = self._add(
                MovementKind.MOVED_ON,
                date,
                origin=abroad,
                destination=further,
                reason=self._one_of(MovementReason.WORK, MovementReason.EVICTION),
            )
            if not moved:
                return
            abroad = further
        back = self._later(date, 90, 400)
        returned = self._add(
            MovementKind.RETURNED,
            back,
            origin=abroad,
            destination=self.here,
            reason=self._one_of(
                MovementReason.RETURN_PROGRAMME, MovementReason.FAMILY, MovementReason.HOUSING_LOSS
            ),
            source=self._one_of(MovementSource.OTHER_AGENCY, MovementSource.SELF_REPORTED),
        )
        started = self._later(back, 0, 20)
        if returned and self._add(
            MovementKind.SUPPORT_STARTED, started, source=MovementSource.CONFIRMED
        ):
            self._settled_or_not(started)

    def _settled_or_not(self, since: datetime.date) -> None:
        later = self._later(since, 60, 400)
        fate = self.random.choices(("stays", "housed", "left again"), (45, 35, 20))[0]
        if fate == "stays" and self.random.random() < 0.3:
            self._lost_and_found(later)
        elif fate == "housed":
            self._add(
                MovementKind.SUPPORT_ENDED,
                later,
                source=MovementSource.CONFIRMED,
                note="Housed with family; support ended by agreement.",
            )
        elif fate == "left again" and self._add(MovementKind.SUPPORT_ENDED, later):
            left = self._later(later, 0, 30)
            moved = self._add(
                MovementKind.MOVED_ON,
                left,
                origin=self.here,
                destination=self._town(self.random.choice(self.plan.onward)),
                reason=MovementReason.WORK,
            )
            if moved and self.random.random() < 0.5:
                self._add(MovementKind.WHEREABOUTS_UNKNOWN, self._later(left, 40, 200))

    # --- case notes -------------------------------------------------------------------

    def _notes(self) -> None:
        """Case notes on about a third of the people, dated after support began."""
        began = self.support_began
        if began is None or self.random.random() > 0.35:
            return
        count = self.random.randint(1, 3)
        dates = sorted(min(self._later(began, 1, 300), self.today) for _ in range(count))
        for body, written_on in zip(self.random.sample(data.NOTES, count), dates, strict=True):
            self.notes.append(DemoNote(body, written_on))
        if self.random.random() < 0.2:
            first = self.notes[0]
            self.notes.append(
                DemoNote(
                    first.body + "\n\n*Correction:* the appointment moved to the next week.",
                    min(first.written_on + datetime.timedelta(days=3), self.today),
                    corrects=0,
                )
            )
