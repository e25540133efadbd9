"""The forms of discovery: a contact request to an agency a lookup found, and its answer."""

from django import forms
from django.utils.translation import gettext_lazy as _

from members.register.vocabulary import ContactDecision, ReferralPurpose
from network_site.core.countries import country_name

MESSAGE_MAX = 1000


class ContactRequestForm(forms.Form):
    """Which answered country to ask, why, and a message without personal data."""

    country = forms.ChoiceField(label=_("Ask the agency in"))
    purpose = forms.ChoiceField(label=_("Purpose"), choices=ReferralPurpose.choices)
    message = forms.CharField(
        label=_("Message"),
        required=False,
        max_length=MESSAGE_MAX,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_(
            "Write no name, date of birth or other detail of the person: the other agency "
            "already sees which of its own people may be this person."
        ),
    )

    def __init__(self, *args, countries=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["country"].choices = [(code, country_name(code)) for code in countries]


class ContactAnswerForm(forms.Form):
    """The receiving agency's decision."""

    decision = forms.ChoiceField(
        label=_("What do you do with this request?"),
        choices=ContactDecision.choices,
        widget=forms.RadioSelect,
    )
