"""The forms of the register's list: the name search (always POSTed) and the filters.

The search sends names and a date of birth, so it is a POST and its terms never
reach a URL, a server log or the browser's history. The filters send codes only (a
country, a status), so they are a GET and their page can be bookmarked.
"""

from django import forms
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from members.register.forms.birth import BIRTH_FIELDS, BirthDateForm
from members.register.vocabulary import PersonStatus
from network_site.core.countries import country_choices

PRIVATE = {"autocomplete": "off"}


class NameSearchForm(BirthDateForm):
    """A family name and a year of birth at least; given names, month and day if known."""

    family_names = forms.CharField(
        label=_("Family names"),
        max_length=150,
        widget=forms.TextInput(attrs=PRIVATE),
        error_messages={"required": _("Give the family name you are looking for.")},
    )
    given_names = forms.CharField(
        label=_("Given names"),
        required=False,
        max_length=150,
        widget=forms.TextInput(attrs=PRIVATE),
    )

    field_order = ["family_names", "given_names", *BIRTH_FIELDS]

    def searched_name(self) -> str:
        """The name searched for, as the results page shows it back."""
        return f"{self.cleaned_data['given_names']} {self.cleaned_data['family_names']}".strip()

    def terms(self) -> dict:
        """The keyword arguments of ``selectors.matching_people``."""
        data = self.cleaned_data
        return {
            "family_names": data["family_names"],
            "given_names": data["given_names"],
            "birth": data["birth"],
        }


def country_filter_choices() -> list[tuple[str, str]]:
    return [("", pgettext_lazy("filter choice: every country", "All")), *country_choices()]


def status_filter_choices() -> list[tuple[str, str]]:
    return [("", pgettext_lazy("filter choice: every status", "All")), *PersonStatus.choices]


class PeopleFilterForm(forms.Form):
    """Where people are now and how they stand: the list's filters, by code."""

    country = forms.ChoiceField(
        label=_("Where they are now"), required=False, choices=country_filter_choices
    )
    status = forms.ChoiceField(label=_("Status"), required=False, choices=status_filter_choices)

    def lookups(self) -> dict:
        """The chosen filters as queryset lookups (a refused value filters nothing)."""
        if not self.is_bound:
            return {}
        self.is_valid()
        chosen = {name: self.cleaned_data.get(name) for name in ("country", "status")}
        return {
            field: chosen[name]
            for name, field in (("country", "current_country"), ("status", "status"))
            if chosen[name]
        }

    def query(self) -> dict:
        """The chosen filters as query-string parameters, for the pages' links."""
        lookups = self.lookups()
        return {
            name: lookups[field]
            for name, field in (("country", "current_country"), ("status", "status"))
            if field in lookups
        }
