"""The machine-readable value of ``<time datetime="…">``, one way for the whole site."""

import datetime

from django import template
from django.utils import timezone

register = template.Library()


@register.filter
def datetime_attr(value) -> str:
    """A valid HTML date, time or global date and time, to the second, without fractions.

    Aware date-times are written in the current time zone (as the text beside them is),
    with their offset; ``{% timezone %}`` around the element chooses the zone.
    """
    if isinstance(value, datetime.datetime):
        if timezone.is_aware(value):
            value = timezone.localtime(value)
        return value.replace(microsecond=0).isoformat()
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, datetime.time):
        return value.replace(microsecond=0, tzinfo=None).isoformat(
            timespec="minutes" if not value.second else "seconds"
        )
    return ""
