"""Subject access (GDPR Art. 15 and 20): the owning agency exports a person's data for them.

The owning agency's admins and caseworkers alone (the person asks the agency that holds
their record; a receiving agency answers for its own copy through its own owner), after
entering their password again. The form asks for no personal data; the export is made
and audited in one transaction, as a JSON download or a printable page in the chosen
language. Neither is ever cached, and neither the URL nor the file name names the
person: the file is called by the person's UUID.
"""

import json

from django.db import transaction
from django.http import Http404, HttpResponse
from django.utils import translation
from django.views.generic import TemplateView

from members.agencies.permissions import ReauthenticationRequiredMixin
from members.register.forms.subject_access import JSON, SubjectAccessForm
from members.register.models import Person
from members.register.subject_access import subject_access_export
from members.register.views.access import PersonMixin


class SubjectAccessView(PersonMixin, ReauthenticationRequiredMixin, TemplateView):
    """The access-request form, and the export it makes (POST)."""

    template_name = "register/subject_access_form.html"
    owner_only = True
    # The password before the form, as before every export of personal data.
    reauthenticate_on_get = True

    def get_context_data(self, **kwargs):
        return super().get_context_data(person=self.person, **kwargs)

    def get(self, request, *args, **kwargs):
        return self.render_to_response(
            self.get_context_data(form=SubjectAccessForm(person=self.person))
        )

    def post(self, request, *args, **kwargs):
        form = SubjectAccessForm(request.POST, person=self.person)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        data = form.cleaned_data
        try:
            with transaction.atomic():
                bundle = subject_access_export(
                    user=request.user,
                    person=self.person,
                    language=data["language"],
                    output=data["output"],
                    name_staff=data["name_staff"],
                )
                if data["output"] == JSON:
                    response = self.download(bundle)
                else:
                    response = self.printable(bundle, data["language"])
        except Person.DoesNotExist:
            raise Http404 from None
        response["Cache-Control"] = "no-store, private"
        return response

    def download(self, bundle: dict) -> HttpResponse:
        response = HttpResponse(
            json.dumps(bundle, ensure_ascii=False, indent=2),
            content_type="application/json; charset=utf-8",
        )
        name = f"subject-access-{self.person.pk}.json"
        response["Content-Disposition"] = f'attachment; filename="{name}"'
        return response

    def printable(self, bundle: dict, language: str):
        with translation.override(language):
            response = self.response_class(
                request=self.request,
                template=["register/subject_access.html"],
                context=self.get_context_data(bundle=bundle, language=language),
            )
            response.render()
        response["Content-Language"] = language
        return response
