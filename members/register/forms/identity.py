"""The forms of a person's identity and profile: recording a person, changing them.

They only collect and check what is typed; ``members.register.services`` validates
again and writes. The parts of a record (``records.Identity``, ``Contact``,
``Sensitive``) and the profile's keyword arguments come out of ``identity()``,
``contact()``, ``sensitive()`` and ``profile()``, ready for ``person_record`` and
``person_change``. No value of these forms is ever logged or put in a URL.
"""

import uuid

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from members.register.forms.birth import BIRTH_FIELDS, BirthDateForm
from members.register.records import Contact, Identity, Sensitive
from members.register.vocabulary import ChangeReason, LegalBasis, Sex, SupportNeed
from network_site.core.countries import country_choices
from network_site.core.spoken_languages import spoken_language_choices

# Browsers must not remember what is typed here for other forms (autofill history).
PRIVATE = {"autocomplete": "off"}


def citizenship_choices() -> list[tuple[str, str]]:
    return [("", pgettext_lazy("citizenship", "Not known")), *country_choices()]


def legal_basis_choices() -> list[tuple[str, str]]:
    return [("", _("Choose the legal basis")), *LegalBasis.choices]


def change_reason_choices() -> list[tuple[str, str]]:
    return [("", _("Choose a reason")), *ChangeReason.choices]


def _text(label, *, required=False, max_length=150, help_text="", rows=None, missing="", **attrs):
    widget = (
        forms.Textarea(attrs={"rows": rows, **PRIVATE, **attrs})
        if rows
        else forms.TextInput(attrs={**PRIVATE, **attrs})
    )
    return forms.CharField(
        label=label,
        required=required,
        max_length=max_length,
        help_text=help_text,
        widget=widget,
        error_messages={"required": missing} if missing else None,
    )


class PersonProfileForm(BirthDateForm):
    """Who the person is, how to reach them, what they need, and the legal basis."""

    given_names = _text(_("Given names"), help_text=_("As the person uses them."))
    family_names = _text(
        _("Family names"),
        required=True,
        help_text=_("As the person uses them; several if they have several."),
        missing=_("Give the family name the person uses."),
    )
    other_names = _text(
        _("Other names or spellings"),
        max_length=1000,
        rows=3,
        help_text=_(
            "One per line: earlier names, nicknames, the name as written in documents "
            "or in another alphabet."
        ),
    )
    sex = forms.ChoiceField(
        label=_("Sex as recorded"), choices=Sex.choices, initial=Sex.NOT_RECORDED
    )
    citizenship = forms.ChoiceField(
        label=_("Citizenship"), required=False, choices=citizenship_choices
    )
    languages = forms.MultipleChoiceField(
        label=pgettext_lazy("spoken by a person", "Languages spoken"),
        required=False,
        choices=spoken_language_choices,
        widget=forms.CheckboxSelectMultiple,
    )
    phone = _text(_("Phone"), max_length=50, type="tel")
    email = forms.EmailField(
        label=_("E-mail address"), required=False, widget=forms.EmailInput(attrs=PRIVATE)
    )
    whereabouts = _text(
        _("Where to find them"),
        max_length=500,
        rows=2,
        help_text=_("A place, a service or a time where the person can usually be met."),
    )
    support_needs = forms.MultipleChoiceField(
        label=_("Support needs"),
        required=False,
        choices=SupportNeed.choices,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Health needs belong in the special-category section, not here."),
    )
    legal_basis = forms.ChoiceField(
        label=_("Legal basis for keeping this record"),
        choices=legal_basis_choices,
        error_messages={"required": _("Choose the legal basis for keeping this record.")},
    )
    legal_basis_on = forms.DateField(
        label=_("Legal basis since"),
        error_messages={
            "required": _("Give the day the legal basis began."),
            "invalid": _("Give a date, for example 2026-03-02."),
        },
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        help_text=_("The day consent was given or the basis began to apply."),
    )

    field_order = [
        "given_names",
        "family_names",
        "other_names",
        *BIRTH_FIELDS,
        "sex",
        "citizenship",
        "languages",
        "phone",
        "email",
        "whereabouts",
        "support_needs",
        "legal_basis",
        "legal_basis_on",
    ]

    def clean_legal_basis_on(self):
        day = self.cleaned_data["legal_basis_on"]
        if day > timezone.localdate():
            raise forms.ValidationError(_("The legal basis cannot start in the future."))
        return day

    def clean_other_names(self) -> tuple[str, ...]:
        lines = (line.strip() for line in self.cleaned_data["other_names"].splitlines())
        return tuple(dict.fromkeys(line for line in lines if line))

    def identity(self) -> Identity:
        data = self.cleaned_data
        return Identity(
            given_names=data["given_names"],
            family_names=data["family_names"],
            birth=data["birth"],
            other_names=data["other_names"],
        )

    def contact(self) -> Contact:
        data = self.cleaned_data
        return Contact(phone=data["phone"], email=data["email"], whereabouts=data["whereabouts"])

    def profile(self) -> dict:
        """The keyword arguments of the profile, as the services take them."""
        names = ("sex", "citizenship", "languages", "support_needs", "legal_basis")
        return {name: self.cleaned_data[name] for name in names} | {
            "legal_basis_on": self.cleaned_data["legal_basis_on"]
        }


class PersonRecordForm(PersonProfileForm):
    """A new person: the profile, the agency (when the user keeps several agencies'
    records), and the optional special-category section."""

    health = _text(
        _("Health"),
        max_length=4000,
        rows=3,
        help_text=_("Only what the support needs: conditions, treatment, disability."),
    )
    community = _text(
        _("Ethnicity or community"),
        max_length=1000,
        rows=2,
        help_text=_("Only if the person chose to tell it and it matters for their support."),
    )
    other = _text(
        _("Other special-category notes"),
        max_length=4000,
        rows=3,
        help_text=_("Religion, sexual life or orientation, trade union membership, offences."),
    )

    def __init__(self, *args, agencies, **kwargs):
        super().__init__(*args, **kwargs)
        self.agencies = {str(agency.pk): agency for agency in agencies}
        if len(self.agencies) > 1:
            self.fields["agency"] = forms.ChoiceField(
                label=_("Record for the agency"),
                choices=[("", _("Choose an agency"))]
                + [(pk, agency.name) for pk, agency in self.agencies.items()],
                error_messages={"required": _("Choose the agency that records the person.")},
            )
            self.order_fields(["agency", *self.field_order])

    def clean(self):
        cleaned = super().clean()
        if len(self.agencies) == 1:
            cleaned["agency"] = next(iter(self.agencies.values()))
        elif cleaned.get("agency"):
            cleaned["agency"] = self.agencies[cleaned["agency"]]
        return cleaned

    def sensitive(self) -> Sensitive:
        data = self.cleaned_data
        return Sensitive(health=data["health"], community=data["community"], other=data["other"])

    def set_aside(self) -> set[uuid.UUID]:
        """The people the user said this person is not, when warned of an earlier record.

        Sent by the warning's button (``not_the_same``, their UUIDs); the record goes
        ahead only if the duplicate check finds no one else.
        """
        found = set()
        for value in self.data.get("not_the_same", "").split():
            try:
                found.add(uuid.UUID(value))
            except ValueError:
                continue
        return found


class PersonChangeForm(PersonProfileForm):
    """A change of a person's identity and profile, with the reason for it."""

    reason = forms.ChoiceField(
        label=_("Reason for the change"),
        choices=change_reason_choices,
        help_text=_("Kept in the audit trail with the change."),
        error_messages={"required": _("Choose why you change the record.")},
    )

    @staticmethod
    def initial_of(person, identity: Identity, contact: Contact) -> dict:
        """The form filled with the person's record as it is now."""
        return {
            "given_names": identity.given_names,
            "family_names": identity.family_names,
            "other_names": "\n".join(identity.other_names),
            "birth_year": identity.birth.year,
            "birth_month": identity.birth.month,
            "birth_day": identity.birth.day,
            "sex": person.sex,
            "citizenship": person.citizenship,
            "languages": person.languages,
            "support_needs": person.support_needs,
            "phone": contact.phone,
            "email": contact.email,
            "whereabouts": contact.whereabouts,
            "legal_basis": person.legal_basis,
            "legal_basis_on": person.legal_basis_on,
        }
