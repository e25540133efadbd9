"""The form people fill in to register for an event."""

from django import forms
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from network_site.core.countries import country_choices


class RegistrationForm(forms.Form):
    """Who is coming, what they need, and their consent to keep the data until after the event.

    ``website`` is a honeypot: hidden from people (and from screen readers), but
    filled in by many spam robots.
    """

    name = forms.CharField(max_length=160, label=_("Your name"))
    email = forms.EmailField(
        label=_("E-mail address"),
        help_text=_("We send the confirmation and a link to cancel to this address."),
    )
    organisation = forms.CharField(max_length=200, required=False, label=_("Organisation"))
    country = forms.ChoiceField(required=False, label=_("Country"))
    accessibility_needs = forms.CharField(
        max_length=500,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        label=_("Accessibility needs"),
        help_text=_("For example step-free access, a sign-language interpreter or large print."),
    )
    dietary_needs = forms.CharField(
        max_length=300,
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        label=_("Dietary needs"),
    )
    consent = forms.BooleanField(
        label=_("I agree that the network keeps these details to organise the event."),
    )
    website = forms.CharField(required=False, label=_("Leave this field empty"))

    def __init__(self, *args, retention_days: int, privacy_url: str = "", **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["country"].choices = [("", _("Choose a country")), *country_choices()]
        kept = ngettext(
            "They are deleted %(days)s day after the event. You can cancel at any time "
            "with the link in the confirmation e-mail.",
            "They are deleted %(days)s days after the event. You can cancel at any time "
            "with the link in the confirmation e-mail.",
            retention_days,
        ) % {"days": retention_days}
        if privacy_url:
            # Part of the consent's description, so it is read out with the checkbox.
            self.fields["consent"].help_text = format_html(
                "{} {}",
                kept,
                format_html(
                    _(
                        "How we handle personal data is explained in our "
                        '<a href="{url}">privacy notice</a>.'
                    ),
                    url=privacy_url,
                ),
            )
        else:
            self.fields["consent"].help_text = kept
        self.fields["name"].widget.attrs["autocomplete"] = "name"
        self.fields["email"].widget.attrs["autocomplete"] = "email"
        self.fields["organisation"].widget.attrs["autocomplete"] = "organization"
        self.fields["website"].widget.attrs.update({"autocomplete": "off", "tabindex": "-1"})

    @property
    def is_spam(self) -> bool:
        """Whether the honeypot was filled in."""
        return bool(self.data.get("website"))

    def clean_name(self):
        name = " ".join(self.cleaned_data["name"].split())
        if not name:
            raise forms.ValidationError(_("Please give your name."))
        return name

    def clean_email(self):
        return self.cleaned_data["email"].strip()
