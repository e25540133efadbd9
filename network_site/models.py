"""Project-wide records: when each periodic task was last queued."""

from django.db import models


class PeriodicTaskRun(models.Model):
    """When the scheduler last queued a periodic task (network_site.core.scheduling)."""

    name = models.CharField(max_length=100, primary_key=True)
    last_queued_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = "periodic task run"

    def __str__(self) -> str:
        return self.name
