"""Erasure screens: asking to erase a record, its status with the recipients'
confirmations, lifting a legal hold, and the list of erasures an agency must confirm.

Thin views over ``members.register.erasure``. Asking for an erasure and lifting a hold
ask for the password again. Only the owning agency's admins erase; anyone else gets 404,
like every register page out of reach.
"""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db import transaction
from django.http import Http404
from django.shortcuts import redirect
from django.utils.decorators import method_decorator
from django.utils.translation import gettext as _
from django.views.decorators.debug import sensitive_post_parameters
from django.views.generic import TemplateView, View

from members.agencies.models import AuditAction
from members.agencies.permissions import ReauthenticationRequiredMixin
from members.register import erasure as erasure_services
from members.register import services
from members.register.erasure_selectors import (
    erasure_for_owner,
    erasures_requested,
    erasures_to_confirm,
)
from members.register.forms.erasure import ErasureForm
from members.register.models import Erasure, ErasureConfirmation, Person, records_agency_ids
from members.register.selectors import open_identity
from members.register.views.access import RecordsRequiredMixin
from members.register.views.sharing import ActionMixin, add_errors


@method_decorator(sensitive_post_parameters(), name="dispatch")
class ErasePersonView(RecordsRequiredMixin, ReauthenticationRequiredMixin, TemplateView):
    """The consequences, the recipients who will be told, and the request itself."""

    template_name = "register/erasure_form.html"
    reauthenticate_on_get = True

    def dispatch(self, request, *args, **kwargs):
        if request.user.is_authenticated:
            try:
                self.person = erasure_services.erasable_person(request.user, kwargs["person_id"])
            except Person.DoesNotExist:
                raise Http404 from None
        return super().dispatch(request, *args, **kwargs)

    def page(self, form):
        """The page names the person (to avoid erasing the wrong one): an audited read."""
        with transaction.atomic():
            services.register_read_record(
                user=self.request.user,
                action=AuditAction.PERSON_VIEW,
                person=self.person,
                detail="erasure",
            )
            response = self.render_to_response(
                self.get_context_data(
                    person=self.person,
                    identity=open_identity(self.person),
                    recipients=erasure_services.recipients_of(self.person),
                    held=Erasure.objects.filter(person=self.person).first(),
                    form=form,
                )
            )
            response.render()
        return response

    def get(self, request, *args, **kwargs):
        return self.page(ErasureForm())

    def post(self, request, *args, **kwargs):
        form = ErasureForm(request.POST)
        if form.is_valid():
            try:
                erasure = erasure_services.person_erase(
                    user=request.user,
                    person=self.person,
                    legal_hold_reason=form.cleaned_data["legal_hold_reason"],
                )
            except Person.DoesNotExist:
                raise Http404 from None
            except ValidationError as error:
                add_errors(form, error)
            else:
                if erasure.erased_at:
                    messages.success(request, _("The record was erased."))
                else:
                    messages.success(
                        request,
                        _("The request was recorded. The erasure waits for the legal hold."),
                    )
                return redirect("members:register_erasure", erasure_id=erasure.pk)
        return self.page(form)


class ErasureView(RecordsRequiredMixin, TemplateView):
    """Where an erasure stands: the hold, and which recipients have confirmed."""

    template_name = "register/erasure.html"

    def get_context_data(self, **kwargs):
        try:
            erasure = erasure_for_owner(self.request.user, self.kwargs["erasure_id"])
        except Erasure.DoesNotExist:
            raise Http404 from None
        return super().get_context_data(erasure=erasure, **kwargs)


class ErasureHoldLiftView(ActionMixin, ReauthenticationRequiredMixin, View):
    """Lift the legal hold: the record is erased at once."""

    def find(self, user, erasure_id):
        return erasure_for_owner(user, erasure_id)

    def back(self):
        return redirect("members:register_erasure", erasure_id=self.target.pk)

    def act(self, request):
        erasure_services.erasure_hold_lift(user=request.user, erasure=self.target)
        messages.success(request, _("The legal hold was lifted and the record erased."))
        return self.back()


class ErasuresView(RecordsRequiredMixin, TemplateView):
    """Erasures the user's agency must confirm, and (for admins) those it asked for."""

    template_name = "register/erasures.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            to_confirm=erasures_to_confirm(self.request.user),
            requested=erasures_requested(self.request.user),
            **kwargs,
        )


class ErasureConfirmView(ActionMixin, View):
    """Confirm that the user's agency erased its copy of a record."""

    def find(self, user, confirmation_id):
        return ErasureConfirmation.objects.filter(agency_id__in=records_agency_ids(user)).get(
            pk=confirmation_id
        )

    def back(self):
        return redirect("members:register_erasures")

    def act(self, request):
        erasure_services.erasure_confirm(user=request.user, confirmation=self.target)
        messages.success(request, _("Thank you: the agency that asked was told."))
        return self.back()
