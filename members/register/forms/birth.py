"""A date of birth asked as three fields: the year required, month and day when known.

Many people the agencies support know only their year of birth, or give a month
without a day; the register keeps what is known (``records.BirthDate``), so these
fields never invent a missing part. The record, identity and search forms share them.
"""

import datetime

from django import forms
from django.utils import timezone
from django.utils.dates import MONTHS
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from members.register.records import BirthDate

EARLIEST_BIRTH_YEAR = 1900
BIRTH_FIELDS = ("birth_day", "birth_month", "birth_year")


def month_choices() -> list[tuple]:
    return [("", pgettext_lazy("month of birth", "Not known")), *MONTHS.items()]


def _number_input(digits: int) -> forms.TextInput:
    # A text input with a numeric keypad: number inputs change on scroll and drop zeros.
    return forms.TextInput(
        attrs={
            "inputmode": "numeric",
            "pattern": "[0-9]*",
            "maxlength": digits,
            "size": digits,
            "autocomplete": "off",
        }
    )


class BirthDateForm(forms.Form):
    """Day, month and year of birth; ``cleaned_data["birth"]`` is the ``BirthDate``."""

    birth_day = forms.IntegerField(
        label=_("Day"),
        required=False,
        min_value=1,
        max_value=31,
        widget=_number_input(2),
        error_messages={
            "invalid": _("Write the day as a number."),
            "min_value": _("A day is between 1 and 31."),
            "max_value": _("A day is between 1 and 31."),
        },
    )
    birth_month = forms.TypedChoiceField(
        label=_("Month"), required=False, choices=month_choices, coerce=int, empty_value=None
    )
    birth_year = forms.IntegerField(
        label=_("Year"),
        min_value=EARLIEST_BIRTH_YEAR,
        max_value=9999,
        widget=_number_input(4),
        error_messages={
            "required": _("Give at least the year of birth."),
            "invalid": _("Write the year in four digits, for example 1987."),
            "min_value": _("Write the year in four digits, for example 1987."),
            "max_value": _("Write the year in four digits, for example 1987."),
        },
    )

    def clean(self):
        cleaned = super().clean()
        day, month, year = (cleaned.get(name) for name in BIRTH_FIELDS)
        if year is None or any(self.has_error(name) for name in BIRTH_FIELDS):
            return cleaned
        if day and not month:
            self.add_error("birth_month", _("Give the month too, or leave the day empty."))
            return cleaned
        try:
            birth = BirthDate(year, month, day)
        except ValueError:
            self.add_error("birth_day", _("This date does not exist: check the day and the month."))
            return cleaned
        if datetime.date(year, month or 1, day or 1) > timezone.localdate():
            most_precise = "birth_day" if day else "birth_month" if month else "birth_year"
            self.add_error(most_precise, _("A date of birth cannot be in the future."))
            return cleaned
        cleaned["birth"] = birth
        return cleaned
