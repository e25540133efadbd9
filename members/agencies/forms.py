"""Forms of the agencies app."""

from django import forms

from wagtail.admin.forms import WagtailAdminModelForm

from members.agencies.models import Agency
from practices.countries import country_choices


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
