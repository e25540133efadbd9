"""Reading the demo's data files (``data/``), and turning a demo event's schedule,
written relative to today, into dates."""

import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import yaml

from django.utils import timezone

DATA = Path(__file__).parent / "data"
# libyaml's loader when PyYAML was built with it: several times faster.
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def read(name: str):
    """The content of a data file."""
    with (DATA / name).open(encoding="utf-8") as file:
        return yaml.load(file, Loader=_YAML_LOADER)  # noqa: S506 (a safe loader)


def event_times(schedule: dict, time_zone: str, now: datetime.datetime) -> dict:
    """Aware start, end and registration deadline of a demo event, counted from today.

    The event starts ``days_from_today`` days after today's date in its own zone, at
    its local time ``starts``, and ends at ``ends`` on its last day.
    """
    zone = ZoneInfo(time_zone)
    today = timezone.localtime(now, zone).date()
    first_day = today + datetime.timedelta(days=schedule["days_from_today"])
    last_day = first_day + datetime.timedelta(days=schedule["duration_days"] - 1)
    starts = datetime.time.fromisoformat(schedule["starts"])
    ends = datetime.time.fromisoformat(schedule["ends"])
    start = datetime.datetime.combine(first_day, starts, tzinfo=zone)
    end = datetime.datetime.combine(last_day, ends, tzinfo=zone)
    days_before = schedule.get("registration_deadline_days_before")
    deadline = start - datetime.timedelta(days=days_before) if days_before else None
    return {"start": start, "end": end, "registration_deadline": deadline}
