"""Writing a case note, changing it within 24 hours, correcting it later.

Being built (issue 14): these views answer 404 until their screens land.
"""

from django.http import Http404
from django.views import View

from members.register.views.access import PersonMixin


class NoteWriteView(PersonMixin, View):
    def dispatch(self, request, *args, **kwargs):
        raise Http404


class NoteChangeView(PersonMixin, View):
    def dispatch(self, request, *args, **kwargs):
        raise Http404
