"""The forms of a person's sensitive section: why it is opened, and its new content.

The reason chosen to open the section travels with the change (a hidden field), so
that the change is audited with the same reason as the opening.
"""

from django import forms
from django.utils.translation import gettext_lazy as _

from members.register.records import Sensitive
from members.register.vocabulary import RevealReason

SECTION_MAX = 4000


class RevealForm(forms.Form):
    """The reason for opening the sensitive section; it goes into the audit trail."""

    reason = forms.ChoiceField(
        label=_("Why do you open the sensitive section?"),
        choices=RevealReason.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose why you open the sensitive section.")},
    )


class SensitiveForm(forms.Form):
    """The sensitive section, opened before for ``reason``."""

    reason = forms.ChoiceField(choices=RevealReason.choices, widget=forms.HiddenInput)
    health = forms.CharField(
        label=_("Health"),
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=SECTION_MAX,
        required=False,
    )
    community = forms.CharField(
        label=_("Ethnicity or community"),
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=SECTION_MAX,
        required=False,
    )
    other = forms.CharField(
        label=_("Other special-category information"),
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=SECTION_MAX,
        required=False,
    )

    @classmethod
    def initial_from(cls, sensitive: Sensitive, reason: str) -> dict:
        return {
            "reason": reason,
            "health": sensitive.health,
            "community": sensitive.community,
            "other": sensitive.other,
        }

    def sensitive(self) -> Sensitive:
        return Sensitive(
            health=self.cleaned_data["health"],
            community=self.cleaned_data["community"],
            other=self.cleaned_data["other"],
        )
