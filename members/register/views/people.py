"""The register's list of people, the record screen and the identity editor.

Being built (issue 14): these views answer 404 until their screens land.
"""

from django.http import Http404
from django.views import View

from members.register.views.access import PersonMixin, RecordsRequiredMixin


class RegisterHomeView(RecordsRequiredMixin, View):
    def dispatch(self, request, *args, **kwargs):
        raise Http404


class PersonRecordView(RecordsRequiredMixin, View):
    def dispatch(self, request, *args, **kwargs):
        raise Http404


class PersonEditView(PersonMixin, View):
    def dispatch(self, request, *args, **kwargs):
        raise Http404
