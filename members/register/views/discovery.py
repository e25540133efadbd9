"""Discovery without disclosure: asking whether another agency knows a person, the
contact request that follows, and the receiving agency's list and answer.

The answer page is the same page, with the same headers and the same queries,
whether a lookup matched or not; only the sentence of the answer differs
(``register/discovery.html``). Which agency answered stays with the services.
"""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db import transaction
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext as _
from django.views import View

from members.agencies.models import AuditAction
from members.register import discovery, services
from members.register.forms.contact import ContactAnswerForm, ContactRequestForm
from members.register.models import ContactRequest, DiscoveryLookup, Person, records_agency_ids
from members.register.selectors import open_identity
from members.register.views.access import PersonMixin, RecordsRequiredMixin
from members.register.vocabulary import ContactDecision, ReferralPurpose

CONTACT_REQUESTS_SHOWN = 100
NOT_OURS = (Person.DoesNotExist, DiscoveryLookup.DoesNotExist, ContactRequest.DoesNotExist)


class DiscoveryLookupView(PersonMixin, View):
    """Ask (POST) whether another agency may already support the person: owner only."""

    http_method_names = ["post"]
    template_name = "register/discovery.html"

    def post(self, request, *args, **kwargs):
        try:
            answer = discovery.discovery_lookup(user=request.user, person=self.person)
        except Person.DoesNotExist:
            raise Http404 from None
        except discovery.DiscoveryLimitReached as limit:
            context = {"person": self.person, "limit": str(limit)}
            return render(request, self.template_name, context, status=429)
        return render(request, self.template_name, {"person": self.person, "answer": answer})


class ContactRequestView(PersonMixin, View):
    """Ask the agency of one country a lookup answered to get in touch (owner only)."""

    template_name = "register/contact_request_form.html"

    def answer(self):
        try:
            return discovery.discovery_lookup_of(
                user=self.request.user, person=self.person, lookup_id=self.kwargs["lookup_id"]
            )
        except NOT_OURS:
            raise Http404 from None

    def get(self, request, *args, **kwargs):
        answer = self.answer()
        if not answer.countries:
            raise Http404
        form = ContactRequestForm(countries=answer.countries)
        return self.show(form, answer)

    def post(self, request, *args, **kwargs):
        answer = self.answer()
        form = ContactRequestForm(request.POST, countries=answer.countries)
        if form.is_valid():
            try:
                discovery.contact_request_send(
                    user=request.user,
                    person=self.person,
                    lookup_id=answer.lookup_id,
                    **form.cleaned_data,
                )
            except NOT_OURS:
                raise Http404 from None
            except ValidationError as error:
                form.add_error(None, error)
            else:
                messages.success(
                    request,
                    _("Your contact request has been sent to the agency in %(country)s.")
                    % {
                        "country": dict(form.fields["country"].choices)[
                            form.cleaned_data["country"]
                        ]
                    },
                )
                return redirect(
                    reverse("members:register_person", kwargs={"person_id": self.person.pk})
                    + "#discovery"
                )
        return self.show(form, answer)

    def show(self, form, answer):
        context = {"person": self.person, "form": form, "answer": answer}
        return render(self.request, self.template_name, context)


class ContactRequestsView(RecordsRequiredMixin, View):
    """The contact requests the user's agencies received: no personal data on this list."""

    template_name = "register/contact_requests.html"

    def get(self, request, *args, **kwargs):
        received = (
            ContactRequest.objects.to_agencies(records_agency_ids(request.user))
            .select_related("from_agency", "to_agency")
            .order_by("-created_at")[:CONTACT_REQUESTS_SHOWN]
        )
        return render(request, self.template_name, {"received": list(received)})


class ContactRequestAnswerView(RecordsRequiredMixin, View):
    """One received request: which of the agency's people matched (an audited read of
    their names), the purpose and message, and the decision."""

    template_name = "register/contact_request.html"

    def dispatch(self, request, *args, **kwargs):
        if request.user.is_authenticated:
            try:
                self.contact = discovery.contact_request_received(
                    user=request.user, request_id=kwargs["request_id"]
                )
            except ContactRequest.DoesNotExist:
                raise Http404 from None
        return super().dispatch(request, *args, **kwargs)

    def get(self, request, *args, **kwargs):
        return self.show(ContactAnswerForm())

    def post(self, request, *args, **kwargs):
        form = ContactAnswerForm(request.POST)
        if form.is_valid():
            decision = form.cleaned_data["decision"]
            try:
                discovery.contact_request_answer(
                    user=request.user, request=self.contact, decision=decision
                )
            except ContactRequest.DoesNotExist:
                raise Http404 from None
            except ValidationError as error:
                form.add_error(None, error)
            else:
                return self.after(decision)
        return self.show(form)

    def after(self, decision: str):
        if decision != ContactDecision.REFER:
            messages.success(self.request, _("Your answer has been saved."))
            return redirect("members:register_contact_requests")
        messages.success(
            self.request,
            _("Start the referral back to %(agency)s with the person's consent.")
            % {"agency": self.contact.from_agency.name},
        )
        person = self.contact.matched_people.order_by("pk").first()
        try:
            return redirect("members:register_share_new", person_id=person.pk)
        except NoReverseMatch:
            return redirect("members:register_person", person_id=person.pk)

    def show(self, form):
        with transaction.atomic():
            matched = list(
                Person.objects.visible_to(self.request.user)
                .filter(pk__in=self.contact.matched_people.values("pk"))
                .select_related("agency")
                .order_by("pk")
            )
            for person in matched:
                services.register_read_record(
                    user=self.request.user,
                    action=AuditAction.PERSON_VIEW,
                    person=person,
                    detail=f"contact request {self.contact.pk}",
                )
            context = {
                "contact": self.contact,
                "form": form,
                "matched": [(person, open_identity(person)) for person in matched],
                "message": discovery.contact_request_message(self.contact),
                "purpose": ReferralPurpose(self.contact.purpose).label,
                "open": self.contact.open(),
            }
            response = render(self.request, self.template_name, context)
        return response
