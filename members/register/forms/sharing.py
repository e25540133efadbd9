"""The forms of sharing: an offer to another agency with the consent that covers it, and
the reason for declining one.

The offer form takes the consent too, so that no offer goes out without one: the view
records both in one transaction (``sharing_services``). The sensitive section is never
ticked by default.
"""

from django import forms
from django.contrib.auth import get_user_model
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from members.agencies.adapter import person_display
from members.agencies.models import Agency, Membership
from members.register.vocabulary import (
    ConsentGiver,
    ConsentMethod,
    DeclineReason,
    ReferralKind,
    ReferralPurpose,
    SharePart,
)

MESSAGE_MAX = 2000
DATE = {"type": "date"}
OFFER_FIELDS = ("to_agency", "kind", "purpose", "scope", "keep", "message")
CONSENT_FIELDS = ("method", "given_by", "given_on", "valid_until", "legal_article", "witness")


class AgencyChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, agency: Agency) -> str:
        return f"{agency.name} ({agency.city}, {agency.country_name})"


class StaffChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, user) -> str:
        return person_display(user)


class ShareOfferForm(forms.Form):
    """A referral of a person to another agency, and the consent that covers it."""

    to_agency = AgencyChoiceField(
        label=_("Receiving agency"),
        queryset=Agency.objects.none(),
        empty_label=_("Choose an agency"),
    )
    kind = forms.ChoiceField(
        label=pgettext_lazy("of an offer to another agency", "Kind"),
        choices=ReferralKind.choices,
        initial=ReferralKind.REFERRAL,
        widget=forms.RadioSelect,
        help_text=_(
            "A referral shares the record while your agency keeps it. A transfer hands it "
            "over: once the agency accepts, it owns the record and your agency keeps only "
            "what you choose below."
        ),
    )
    purpose = forms.ChoiceField(label=_("Purpose"), choices=ReferralPurpose.choices)
    scope = forms.MultipleChoiceField(
        label=_("Parts of the record that travel"),
        choices=SharePart.choices,
        initial=[SharePart.IDENTITY, SharePart.MOVEMENTS],
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Choose the sensitive section only if the person agreed to it."),
    )
    keep = forms.MultipleChoiceField(
        label=_("After the transfer, keep access to"),
        choices=SharePart.choices,
        required=False,
        initial=[],
        widget=forms.CheckboxSelectMultiple,
        help_text=_(
            "Only for a transfer, and only what the person agreed your agency keeps: the "
            "consent below is recorded for your agency too. Nothing is kept by default."
        ),
    )
    message = forms.CharField(
        label=_("Message to the receiving agency"),
        required=False,
        max_length=MESSAGE_MAX,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_(
            "Why you refer and what the agency should know first. "
            "No names or other personal data: they see the record once they accept."
        ),
    )
    method = forms.ChoiceField(
        label=_("How consent was given"),
        choices=ConsentMethod.choices,
        widget=forms.RadioSelect,
    )
    given_by = forms.ChoiceField(
        label=_("Given by"), choices=ConsentGiver.choices, initial=ConsentGiver.PERSON
    )
    given_on = forms.DateField(
        label=_("Given on"),
        initial=timezone.localdate,
        widget=forms.DateInput(attrs=DATE, format="%Y-%m-%d"),
    )
    valid_until = forms.DateField(
        label=_("Valid until"),
        widget=forms.DateInput(attrs=DATE, format="%Y-%m-%d"),
    )
    legal_article = forms.CharField(
        label=_("Legal basis and article"),
        required=False,
        max_length=120,
        help_text=_("Only for another legal basis, for example GDPR Art. 9(2)(c)."),
    )
    witness = StaffChoiceField(
        label=_("Witness"),
        queryset=get_user_model().objects.none(),
        required=False,
        empty_label=_("No witness"),
        help_text=_("For consent given by speaking: the member of your staff who witnessed it."),
    )

    def __init__(self, *args, person, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["to_agency"].queryset = Agency.objects.active().exclude(pk=person.agency_id)
        staff = Membership.objects.active().filter(agency_id=person.agency_id).values("user")
        self.fields["witness"].queryset = get_user_model().objects.filter(pk__in=staff)

    def offer_fields(self):
        return [self[name] for name in OFFER_FIELDS]

    def consent_fields(self):
        return [self[name] for name in CONSENT_FIELDS]


class DeclineForm(forms.Form):
    """Why the receiving agency declines an offer."""

    reason = forms.ChoiceField(
        label=_("Reason"), choices=DeclineReason.choices, widget=forms.RadioSelect
    )
