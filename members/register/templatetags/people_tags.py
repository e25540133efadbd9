"""Showing a person's recorded facts in the register's pages: country names, birth."""

import datetime

from django import template
from django.utils.formats import date_format

from members.register.records import BirthDate
from network_site.core.countries import country_name as name_of_country

register = template.Library()


@register.filter
def country_name(code: str) -> str:
    """The country's name in the reader's language; nothing for no country."""
    return name_of_country(code) if code else ""


@register.filter
def birth_date(birth: BirthDate) -> str:
    """A date of birth as precisely as it was recorded: "1987", "April 1987" or a full date."""
    if birth.day:
        return date_format(datetime.date(birth.year, birth.month, birth.day), "DATE_FORMAT")
    if birth.month:
        return date_format(datetime.date(birth.year, birth.month, 1), "YEAR_MONTH_FORMAT")
    return str(birth.year)
