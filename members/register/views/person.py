"""One person's page, their sensitive section, their history of changes.

Being built (issue 14): these views answer 404 until their screens land.
"""

from django.http import Http404
from django.views import View

from members.register.views.access import PersonMixin


class PersonView(PersonMixin, View):
    def dispatch(self, request, *args, **kwargs):
        raise Http404


class SensitiveView(PersonMixin, View):
    def dispatch(self, request, *args, **kwargs):
        raise Http404


class SensitiveEditView(PersonMixin, View):
    def dispatch(self, request, *args, **kwargs):
        raise Http404


class HistoryView(PersonMixin, View):
    def dispatch(self, request, *args, **kwargs):
        raise Http404
