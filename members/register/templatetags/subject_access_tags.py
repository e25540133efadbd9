"""How the printable subject-access page writes the bundle's ISO 8601 dates for a reader."""

import datetime

from django import template
from django.utils import timezone
from django.utils.formats import date_format

register = template.Library()


@register.filter
def iso_date(value: str | None, precision: str = "day") -> str:
    """ "2026-03-12" (or a timestamp) as "12 March 2026" in the active language; with
    ``precision`` "month", as "March 2026" (never an invented day)."""
    if not value:
        return ""
    if "T" in value:
        day = timezone.localdate(datetime.datetime.fromisoformat(value))
    else:
        day = datetime.date.fromisoformat(value)
    return date_format(day, "YEAR_MONTH_FORMAT" if precision == "month" else "DATE_FORMAT")


@register.filter
def iso_datetime(value: str | None) -> str:
    """A timestamp as a date and time in the active language and the site's time zone."""
    if not value:
        return ""
    moment = timezone.localtime(datetime.datetime.fromisoformat(value))
    return date_format(moment, "DATETIME_FORMAT")
