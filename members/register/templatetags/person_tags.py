"""How the person page writes the register's dates, places and codes for a reader.

Dates of movements may be known to the month only, dates of birth to the year or the
month only: each is written with as much as is known, in the reader's language
(Django's date formats), never with an invented day.
"""

import datetime

from django import template
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from members.register.records import BirthDate
from members.register.vocabulary import DatePrecision, SupportNeed
from network_site.core.countries import country_name
from network_site.core.spoken_languages import spoken_language_name

register = template.Library()


@register.filter
def event_date(value: datetime.date, precision: str = DatePrecision.DAY) -> str:
    """ "12 March 2026", or "March 2026" when only the month is known."""
    if value is None:
        return ""
    if precision == DatePrecision.MONTH:
        return date_format(value, "YEAR_MONTH_FORMAT")
    return date_format(value, "DATE_FORMAT")


@register.filter
def event_date_attr(value: datetime.date, precision: str = DatePrecision.DAY) -> str:
    """The machine-readable date of ``<time datetime>``: ``2026-03`` for a month."""
    if value is None:
        return ""
    if precision == DatePrecision.MONTH:
        return f"{value.year:04d}-{value.month:02d}"
    return value.isoformat()


@register.filter
def birth_date(birth: BirthDate) -> str:
    """ "1985", "March 1985" or "12 March 1985": as much as is known."""
    if birth.day:
        return date_format(datetime.date(birth.year, birth.month, birth.day), "DATE_FORMAT")
    if birth.month:
        return date_format(datetime.date(birth.year, birth.month, 1), "YEAR_MONTH_FORMAT")
    return str(birth.year)


@register.filter
def country(code: str) -> str:
    """The country's name in the reader's language ("" for none)."""
    return country_name(code) if code else ""


@register.simple_tag
def place(country_code: str, place_name: str = "") -> str:
    """ "Cluj, Romania", "Romania", or "" when neither is known."""
    name = country_name(country_code) if country_code else ""
    if name and place_name:
        # Translators: a city or region and its country, as in "Cluj, Romania".
        return _("%(place)s, %(country)s") % {"place": place_name, "country": name}
    return name or place_name


@register.filter
def language_name(code: str) -> str:
    return spoken_language_name(code)


@register.filter
def support_need(code: str) -> str:
    return str(SupportNeed(code).label) if code in SupportNeed.values else code
