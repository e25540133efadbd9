"""Queues the periodic tasks (network_site.core.scheduling) when they are due.

``manage.py schedule_tasks`` (from cron every few minutes in production; in a loop
under ``make run``) calls ``queue_due_tasks``, which queues each task whose interval
has passed. The row of each task is locked while deciding, so two schedulers never
queue a task twice.
"""

import datetime

from django.db import transaction
from django.utils import timezone

from network_site.core.scheduling import periodic_tasks
from network_site.models import PeriodicTaskRun


def queue_due_tasks(now: datetime.datetime | None = None) -> list[str]:
    """Queue every periodic task that is due; return their names."""
    now = now or timezone.now()
    queued = []
    for name, periodic in periodic_tasks().items():
        with transaction.atomic():
            PeriodicTaskRun.objects.get_or_create(name=name)
            run = PeriodicTaskRun.objects.select_for_update().get(name=name)
            if run.last_queued_at and now - run.last_queued_at < periodic.every:
                continue
            periodic.task.enqueue()
            run.last_queued_at = now
            run.save(update_fields=["last_queued_at"])
        queued.append(name)
    return queued
