"""Sharing screens: offering a person's record to another agency with the consent that
covers it, the agency's inbox and outbox, and the actions on consents, offers and shares.

Thin views over ``sharing_services`` and ``sharing_selectors``. Sending an offer,
accepting one and revoking consent ask for the password again
(``ReauthenticationRequiredMixin``). Whatever the user has no relation to answers 404.
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

from members.agencies.permissions import ReauthenticationRequiredMixin
from members.register import sharing_services
from members.register.forms.sharing import DeclineForm, ShareOfferForm
from members.register.models import (
    Consent,
    Erasure,
    ErasureConfirmation,
    Person,
    Referral,
    Share,
    records_agency_ids,
)
from members.register.sharing_selectors import (
    incoming_offers,
    open_referral_message,
    outgoing_offers,
    shares_received,
)
from members.register.views.access import PersonMixin, RecordsRequiredMixin
from members.register.views.person import person_page
from members.register.vocabulary import ReferralKind
from network_site.core.user_text import render_user_text

OUT_OF_REACH = (
    Person.DoesNotExist,
    # Erasure (issue 15).
    Erasure.DoesNotExist,
    ErasureConfirmation.DoesNotExist,
    Consent.DoesNotExist,
    Referral.DoesNotExist,
    Share.DoesNotExist,
)


class OwnedPersonMixin(PersonMixin):
    """The person of the URL, only for the owning agency's staff; a share is not enough."""

    def dispatch(self, request, *args, **kwargs):
        if (
            request.user.is_authenticated
            and not Person.objects.owned_by(request.user).filter(pk=kwargs["person_id"]).exists()
        ):
            raise Http404
        return super().dispatch(request, *args, **kwargs)


@method_decorator(sensitive_post_parameters(), name="dispatch")
class ShareOfferView(OwnedPersonMixin, ReauthenticationRequiredMixin, TemplateView):
    """Offer the person's record to another agency, recording the consent that covers it."""

    template_name = "register/share_form.html"
    # The password first, then the form: a POST that needs it would be kept in the
    # session until it is given, and the message may say more than it should.
    reauthenticate_on_get = True

    def get_context_data(self, **kwargs):
        return super().get_context_data(person=self.person, **kwargs)

    def get(self, request, *args, **kwargs):
        return self.render_to_response(
            self.get_context_data(form=ShareOfferForm(person=self.person))
        )

    def post(self, request, *args, **kwargs):
        form = ShareOfferForm(request.POST, person=self.person)
        if form.is_valid():
            data = form.cleaned_data
            try:
                with transaction.atomic():
                    consent = sharing_services.consent_record(
                        user=request.user,
                        person=self.person,
                        recipient=data["to_agency"],
                        purpose=data["purpose"],
                        method=data["method"],
                        given_by=data["given_by"],
                        given_on=data["given_on"],
                        valid_until=data["valid_until"],
                        legal_article=data["legal_article"],
                        witness=data["witness"],
                    )
                    sharing_services.referral_offer(
                        user=request.user,
                        person=self.person,
                        to_agency=data["to_agency"],
                        consent=consent,
                        purpose=data["purpose"],
                        scope=data["scope"],
                        kind=data["kind"],
                        message=data["message"],
                        keep=data["keep"],
                    )
            except OUT_OF_REACH:
                raise Http404 from None
            except ValidationError as error:
                add_errors(form, error)
            else:
                messages.success(
                    request,
                    _("The offer was sent to %(agency)s.") % {"agency": data["to_agency"].name},
                )
                return person_page(self.person, "sharing")
        return self.render_to_response(self.get_context_data(form=form))


def add_errors(form, error: ValidationError) -> None:
    """A service's error on the form: on its field when the form has one, else above it."""
    if hasattr(error, "error_dict"):
        for field, errors in error.error_dict.items():
            form.add_error(field if field in form.fields else None, errors)
    else:
        form.add_error(None, error)


class InboxView(RecordsRequiredMixin, TemplateView):
    """Offers to the user's agency waiting for an answer, and the records shared with it."""

    template_name = "register/inbox.html"

    def get_context_data(self, **kwargs):
        offers = [
            (offer, render_user_text(open_referral_message(offer)))
            for offer in incoming_offers(self.request.user)
        ]
        return super().get_context_data(
            offers=offers,
            shares=shares_received(self.request.user),
            decline_form=DeclineForm(),
            **kwargs,
        )


class OutboxView(RecordsRequiredMixin, TemplateView):
    """Offers the user's agency made, with where each stands."""

    template_name = "register/outbox.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(offers=outgoing_offers(self.request.user), **kwargs)


class ActionMixin(RecordsRequiredMixin):
    """A POST-only action on something found by ``find()`` (404 when out of reach), found
    before anything else: re-authentication is asked only of those who may act."""

    http_method_names = ["post"]

    def dispatch(self, request, *args, **kwargs):
        if request.user.is_authenticated and records_agency_ids(request.user):
            try:
                self.target = self.find(request.user, **kwargs)
            except OUT_OF_REACH:
                raise Http404 from None
        return super().dispatch(request, *args, **kwargs)

    def post(self, request, *args, **kwargs):
        try:
            response = self.act(request)
        except OUT_OF_REACH:
            raise Http404 from None
        except ValidationError as error:
            for message in error.messages:
                messages.error(request, message)
            return self.back()
        return response

    def back(self):
        """Where the view returns after a refused action: each view using the mixin says."""
        raise NotImplementedError("a view using this mixin names where it returns to")


class ReceivedOfferMixin:
    def find(self, user, referral_id):
        return Referral.objects.filter(to_agency_id__in=records_agency_ids(user)).get(
            pk=referral_id
        )

    def back(self):
        return redirect("members:register_inbox")


class AcceptView(ReceivedOfferMixin, ActionMixin, ReauthenticationRequiredMixin, View):
    """Accept an offer: the record opens to the agency within its scope (a transfer: the
    agency owns it from now on)."""

    def act(self, request):
        sharing_services.referral_accept(user=request.user, referral=self.target)
        if self.target.kind == ReferralKind.TRANSFER:
            messages.success(
                request, _("You accepted the transfer. Your agency owns the record now.")
            )
        else:
            messages.success(
                request, _("You accepted the offer. The record is open to your agency.")
            )
        return redirect("members:register_person", person_id=self.target.person_id)


class DeclineView(ReceivedOfferMixin, ActionMixin, View):
    """Decline an offer, with a reason."""

    def act(self, request):
        form = DeclineForm(request.POST)
        if not form.is_valid():
            messages.error(request, _("Say why you decline the offer."))
            return self.back()
        sharing_services.referral_decline(
            user=request.user, referral=self.target, reason=form.cleaned_data["reason"]
        )
        messages.success(request, _("You declined the offer. The sending agency was told."))
        return self.back()


class WithdrawView(ActionMixin, View):
    """Withdraw an offer still waiting for an answer."""

    def find(self, user, referral_id):
        return Referral.objects.filter(from_agency_id__in=records_agency_ids(user)).get(
            pk=referral_id
        )

    def back(self):
        return redirect("members:register_outbox")

    def act(self, request):
        sharing_services.referral_withdraw(user=request.user, referral=self.target)
        messages.success(request, _("The offer was withdrawn."))
        return self.back()


class ConsentRevokeView(ActionMixin, ReauthenticationRequiredMixin, View):
    """Record that the person withdrew a consent: access under it ends at once."""

    def find(self, user, person_id, consent_id):
        return Consent.objects.filter(
            person__in=Person.objects.owned_by(user), person_id=person_id
        ).get(pk=consent_id)

    def back(self):
        return person_page(self.target.person, "sharing")

    def act(self, request):
        sharing_services.consent_revoke(user=request.user, consent=self.target)
        messages.success(request, _("The consent was revoked. Access under it has ended."))
        return self.back()


class ShareEndView(ActionMixin, View):
    """End a share: by the owning agency or the receiving agency."""

    def find(self, user, person_id, share_id):
        agency_ids = records_agency_ids(user)
        shares = Share.objects.filter(person_id=person_id).select_related("person")
        return (
            shares.filter(person__agency_id__in=agency_ids)
            | shares.filter(agency_id__in=agency_ids)
        ).get(pk=share_id)

    def back(self):
        if self.target.person.agency_id in records_agency_ids(self.request.user):
            return person_page(self.target.person, "sharing")
        return redirect("members:register_inbox")

    def act(self, request):
        sharing_services.share_end(user=request.user, share=self.target)
        messages.success(request, _("The share has ended."))
        return self.back()
