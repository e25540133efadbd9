"""Adding a movement to a person's history, and correcting one.

Being built (issue 14): these views answer 404 until their screens land.
"""

from django.http import Http404
from django.views import View

from members.register.views.access import PersonMixin


class MovementRecordView(PersonMixin, View):
    def dispatch(self, request, *args, **kwargs):
        raise Http404


class MovementCorrectView(PersonMixin, View):
    def dispatch(self, request, *args, **kwargs):
        raise Http404
