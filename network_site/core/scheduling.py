"""Periodic tasks, declared where each app defines the task.

The task queue runs work but has no clock of its own. An app marks a task as
periodic next to its definition::

    @periodic("purge-past-event-registrations", every_minutes=60)
    @task()
    def purge_past_event_registrations(): ...

and the project's scheduler (``network_site.scheduling``, run by
``manage.py schedule_tasks``) queues each one whose interval has passed. The
scheduler finds the declarations by importing every app's ``tasks`` module.
"""

import datetime
from dataclasses import dataclass

from django.utils.module_loading import autodiscover_modules


@dataclass(frozen=True)
class PeriodicTask:
    """A task queued again every ``every`` (at most once per interval)."""

    name: str
    task: object
    every: datetime.timedelta


_declared: dict[str, PeriodicTask] = {}


def periodic(name: str, *, every_minutes: int):
    """Declare the decorated task periodic under ``name`` (unique in the project)."""

    def declare(task):
        existing = _declared.get(name)
        if existing is not None and existing.task is not task:
            raise ValueError(f"two periodic tasks are named {name!r}")
        _declared[name] = PeriodicTask(name, task, datetime.timedelta(minutes=every_minutes))
        return task

    return declare


def periodic_tasks() -> dict[str, PeriodicTask]:
    """Every periodic task of the project, by name (imports each app's ``tasks``)."""
    autodiscover_modules("tasks")
    return dict(_declared)
