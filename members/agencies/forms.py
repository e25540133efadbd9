"""Forms of the agencies app: coordinators' agency form, staff invitations and roles."""

from django import forms
from django.contrib.auth import get_user_model
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms import WagtailAdminModelForm

from members.agencies.models import Agency, AgencyRole
from network_site.core.countries import country_choices


class AgencyAdminForm(WagtailAdminModelForm):
    """The coordinators' agency form: the country is chosen from the network's countries."""

    country = forms.ChoiceField(choices=country_choices)

    class Meta:
        model = Agency
        fields = [
            "name",
            "country",
            "city",
            "website",
            "description",
            "contact_email",
            "contact_phone",
            "services",
            "languages",
            "listed_publicly",
            "active",
        ]


class InvitationForm(forms.Form):
    """An agency admin's invitation of a colleague."""

    email = forms.EmailField(
        label=_("E-mail address"),
        widget=forms.EmailInput(attrs={"autocomplete": "off"}),
    )
    role = forms.ChoiceField(
        label=_("Role"),
        choices=AgencyRole.choices,
        initial=AgencyRole.CASEWORKER,
        help_text=_(
            "Agency admins manage the staff; caseworkers keep the register; "
            "members read the forum and the network's news."
        ),
    )


class RoleForm(forms.Form):
    """A new role for a member of staff."""

    role = forms.ChoiceField(label=_("Role"), choices=AgencyRole.choices)


class AcceptInvitationForm(forms.Form):
    """The invitee's name and password (the e-mail address is the invitation's)."""

    first_name = forms.CharField(
        label=_("Given name"),
        max_length=150,
        widget=forms.TextInput(attrs={"autocomplete": "given-name"}),
    )
    last_name = forms.CharField(
        label=_("Family name"),
        max_length=150,
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "family-name"}),
    )
    password1 = forms.CharField(
        label=_("Password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        help_text=_("At least 12 characters; not a common password."),
    )
    password2 = forms.CharField(
        label=_("Password (again)"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )

    def __init__(self, *args, email: str, **kwargs):
        super().__init__(*args, **kwargs)
        self.email = email

    def clean(self):
        cleaned = super().clean()
        password = cleaned.get("password1")
        if password and password != cleaned.get("password2"):
            self.add_error("password2", _("The two passwords are not the same."))
        elif password:
            candidate = get_user_model()(
                username=self.email,
                email=self.email,
                first_name=cleaned.get("first_name", ""),
                last_name=cleaned.get("last_name", ""),
            )
            try:
                validate_password(password, candidate)
            except ValidationError as error:
                self.add_error("password1", error)
        return cleaned
