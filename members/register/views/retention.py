"""Keeping a record active past the retention period: a POST from the person page.

The owning agency's staff only (``owner_only``); anyone else gets 404 like any other
record out of reach. The retention rules are in ``members.register.retention``.
"""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404
from django.utils.translation import gettext as _
from django.views.generic import View

from members.register import retention
from members.register.forms.retention import KeepActiveForm
from members.register.models import Person
from members.register.views.access import PersonMixin
from members.register.views.person import person_page


class KeepActiveView(PersonMixin, View):
    """Keep the person's record active for another retention period, with a reason."""

    http_method_names = ["post"]
    owner_only = True

    def post(self, request, *args, **kwargs):
        form = KeepActiveForm(request.POST)
        if not form.is_valid():
            messages.error(request, _("Choose why the record is kept active."))
            return person_page(self.person, "retention")
        try:
            retention.person_keep_active(
                user=request.user, person=self.person, reason=form.cleaned_data["reason"]
            )
        except Person.DoesNotExist:
            raise Http404 from None
        except ValidationError:
            messages.error(request, _("Choose why the record is kept active."))
        else:
            messages.success(request, _("The record is kept active."))
        return person_page(self.person, "retention")
