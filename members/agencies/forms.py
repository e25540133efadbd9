"""Forms of the agencies app: coordinators' agency form, staff invitations and roles, the
audit log's filters."""

from django import forms
from django.contrib.auth import get_user_model
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from wagtail.admin.forms import WagtailAdminModelForm

from members.agencies.adapter import person_display
from members.agencies.models import Agency, AgencyRole, AuditAction, Membership
from members.agencies.selectors import AuditLogFilters
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


PERSON_REFERENCE_PATTERN = r"\s*[0-9A-Fa-f]{8}(-?[0-9A-Fa-f]{4}){3}-?[0-9A-Fa-f]{12}\s*"


class AuditLogFilterForm(forms.Form):
    """The audit log's filters (a GET form): codes, UUIDs and dates, never a name.

    ``staff`` is everyone who has been on the agency's staff (``audit_log_staff``),
    chosen by the UUID of their place there.
    """

    person = forms.UUIDField(
        label=_("Person"),
        required=False,
        help_text=_("The person's reference: the code in the address of their record."),
        # The browser refuses anything but a reference before it reaches the address
        # bar (and the server's logs): this is not the place to type a name.
        widget=forms.TextInput(
            attrs={
                "autocomplete": "off",
                "spellcheck": "false",
                "pattern": PERSON_REFERENCE_PATTERN,
            }
        ),
        error_messages={
            "invalid": _(
                "Enter a person's reference as it appears in the address of their record: "
                "32 letters and digits, in groups joined by hyphens."
            )
        },
    )
    staff = forms.ChoiceField(
        label=_("Member of staff"),
        required=False,
        help_text=_("What they did, and what was done about them."),
    )
    action = forms.ChoiceField(
        label=pgettext_lazy("what someone did", "Action"),
        required=False,
        choices=[("", _("Any action")), *AuditAction.choices],
    )
    date_from = forms.DateField(
        label=pgettext_lazy("the first day of a period", "From"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )
    date_to = forms.DateField(
        label=pgettext_lazy("the last day of a period", "To"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )

    def __init__(self, *args, staff: list[Membership], **kwargs):
        super().__init__(*args, **kwargs)
        self.places = {str(membership.pk): membership for membership in staff}
        self.fields["staff"].choices = [
            ("", _("Anyone")),
            *((str(membership.pk), _staff_label(membership)) for membership in staff),
        ]

    def clean(self):
        cleaned = super().clean()
        date_from, date_to = cleaned.get("date_from"), cleaned.get("date_to")
        if date_from and date_to and date_from > date_to:
            self.add_error("date_to", _("The last day comes on or after the first day."))
        return cleaned

    def filters(self) -> AuditLogFilters:
        """The valid form's filters (call ``is_valid`` first)."""
        data = self.cleaned_data
        return AuditLogFilters(
            person=data["person"],
            staff=self.places.get(data["staff"]),
            action=data["action"],
            date_from=data["date_from"],
            date_to=data["date_to"],
        )


def _staff_label(membership: Membership) -> str:
    name = person_display(membership.user)
    if membership.active:
        return name
    return _("%(name)s (former staff)") % {"name": name}
