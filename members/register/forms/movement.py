"""The form of a movement: a new event in a person's history, or the correction of one.

A date known to the month only is entered as any day of that month with "only the
month is known"; the register keeps the first of the month and shows the month. That
works without JavaScript and in every browser (a month input does not). The rules of
a movement (a move needs a destination, no date in the future) are the service's:
its errors come back onto these fields by name.
"""

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from members.register.models import Movement
from members.register.vocabulary import DatePrecision, MovementKind, MovementReason, MovementSource
from network_site.core.countries import country_choices

PLACE_MAX = Movement._meta.get_field("from_place").max_length
NOTE_MAX = 2000


def _countries():
    return [("", pgettext_lazy("no country chosen", "Not known")), *country_choices()]


class MovementForm(forms.Form):
    """What happened, when, from where to where, why, and who says so."""

    kind = forms.ChoiceField(
        label=pgettext_lazy("a movement", "What happened"),
        choices=[("", _("Choose…")), *MovementKind.choices],
    )
    date = forms.DateField(
        label=pgettext_lazy("a movement", "Date"),
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        help_text=_("If only the month is known, choose any day of that month."),
    )
    date_precision = forms.ChoiceField(
        label=_("How precisely the date is known"),
        choices=[
            (DatePrecision.DAY, _("The exact day is known")),
            (DatePrecision.MONTH, _("Only the month is known")),
        ],
        initial=DatePrecision.DAY,
        widget=forms.RadioSelect,
    )
    from_country = forms.ChoiceField(
        label=_("Country the person came from"), choices=_countries, required=False
    )
    from_place = forms.CharField(
        label=_("City or region they came from"), max_length=PLACE_MAX, required=False
    )
    to_country = forms.ChoiceField(
        label=_("Country the person went to"),
        choices=_countries,
        required=False,
        help_text=_("Needed for an arrival, a move on and a return."),
    )
    to_place = forms.CharField(
        label=_("City or region they went to"), max_length=PLACE_MAX, required=False
    )
    reason = forms.ChoiceField(
        label=pgettext_lazy("a movement", "Reason"),
        choices=[("", _("Not recorded")), *MovementReason.choices],
        required=False,
    )
    source = forms.ChoiceField(
        label=_("Source of the information"),
        choices=MovementSource.choices,
        widget=forms.RadioSelect,
    )
    note = forms.CharField(
        label=pgettext_lazy("a movement", "Note"),
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=NOTE_MAX,
        required=False,
        help_text=_("Optional. Only those who may open this record read it."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Browsers offer no later day; the service refuses one all the same.
        self.fields["date"].widget.attrs["max"] = timezone.localdate().isoformat()

    def movement(self) -> dict:
        """The cleaned values as ``services.movement_record`` takes them."""
        return {name: self.cleaned_data[name] for name in self.fields}

    @classmethod
    def initial_from(cls, movement: Movement, note: str) -> dict:
        """The values of an existing movement, to start its correction from."""
        initial = {name: getattr(movement, name) for name in cls.base_fields if name != "note"}
        initial["note"] = note
        return initial
