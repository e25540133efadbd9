"""The form of a subject-access request: which output, in which language, naming whom."""

from django import forms
from django.conf import settings
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from members.register.models import Person
from members.register.subject_access import languages_of

JSON, PRINTABLE = "json", "html"


class SubjectAccessForm(forms.Form):
    """A subject-access export: a JSON download or a printable page, in one site language.

    The language defaults to the first of the person's languages that is a site language,
    else the reader's."""

    output = forms.ChoiceField(
        label=_("What to make"),
        choices=[
            (PRINTABLE, _("A page to print or give to the person")),
            (JSON, _("A JSON file for another service (portability)")),
        ],
        initial=PRINTABLE,
        widget=forms.RadioSelect,
    )
    language = forms.ChoiceField(
        label=_("Language of the export"),
        help_text=_("The labels, dates and headings are written in this language."),
    )
    name_staff = forms.BooleanField(
        label=_("Name our staff"),
        help_text=_(
            "Name the members of your agency's staff who read or changed the record. "
            "Other agencies' staff are never named: only their agency and role."
        ),
        required=False,
    )

    def __init__(self, *args, person: Person, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["language"].choices = list(settings.LANGUAGES)
        self.fields["language"].initial = default_language(person)


def default_language(person: Person) -> str:
    """The first of the person's languages that is a site language, else the reader's."""
    spoken = languages_of(person)
    return spoken[0] if spoken else (get_language() or settings.LANGUAGE_CODE)
