"""One person's page, their sensitive section, their history of changes.

A page that shows personal data reads, decrypts and renders inside the transaction
that writes the audit event of that read (``audited_page``): the page is never shown
without its audit row, and a failure leaves neither. The sensitive section is never
on the person page: it opens by POST with a reason, its content goes into that
response only (never a session or a URL), and its change is a POST of its own.
"""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import transaction
from django.http import Http404
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.generic import TemplateView

from members.agencies.models import AuditAction
from members.register import discovery, retention, services
from members.register.case_file import Change, case_file, changes_of, identity_for
from members.register.erasure_selectors import erasure_panel
from members.register.forms.retention import KeepActiveForm
from members.register.forms.sensitive import RevealForm, SensitiveForm
from members.register.models import CaseNote, Movement, Person
from members.register.selectors import open_identity
from members.register.sharing_selectors import sharing_of
from members.register.views.access import PersonMixin
from members.register.vocabulary import RevealReason, SharePart

# What a service raises when the person (or their movement, their note) is no longer
# the user's to touch: answered with 404 like any other record out of reach.
OUT_OF_REACH = (Person.DoesNotExist, Movement.DoesNotExist, CaseNote.DoesNotExist)
CHANGES_PER_PAGE = 50


def person_page(person: Person, anchor: str = ""):
    """A redirect to the person's page, at ``anchor`` (``timeline``, ``notes``)."""
    url = reverse("members:register_person", kwargs={"person_id": person.pk})
    return redirect(f"{url}#{anchor}" if anchor else url)


def audited_page(view, *, read, action: str = AuditAction.PERSON_VIEW, detail: str = ""):
    """The view's page with what ``read()`` returns, read and rendered inside the
    transaction that audits the read of ``view.person``'s record."""
    with transaction.atomic():
        services.register_read_record(
            user=view.request.user, action=action, person=view.person, detail=detail
        )
        response = view.render_to_response(view.get_context_data(**read()))
        response.render()
    return response


class PersonView(PersonMixin, TemplateView):
    """The person's record: identity, whereabouts, movements, support and case notes."""

    template_name = "register/person.html"

    def get(self, request, *args, **kwargs):
        return audited_page(
            self,
            read=lambda: {
                "case": case_file(request.user, self.person),
                "sharing": sharing_of(request.user, self.person),
                # Discovery (issue 15): the owning agency's panel, None for anyone else.
                "discovery": discovery.discovery_panel(user=request.user, person=self.person),
                # Erasure (issue 15): the owning agency's admins only, None for anyone else.
                "erasure": erasure_panel(request.user, self.person),
                # Retention (issue 15): when the record falls due, for the owner only.
                "retention_due": retention.retention_of(user=request.user, person=self.person),
                "keep_active_form": KeepActiveForm(),
            },
        )


class SensitiveView(PersonMixin, TemplateView):
    """Opening the sensitive section: a reason first (audited), then the section by POST."""

    template_name = "register/sensitive.html"
    part = SharePart.SENSITIVE

    def get_context_data(self, **kwargs):
        return super().get_context_data(person=self.person, **kwargs)

    def get(self, request, *args, **kwargs):
        return self.render_to_response(self.get_context_data(reveal_form=RevealForm()))

    def post(self, request, *args, **kwargs):
        form = RevealForm(request.POST)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(reveal_form=form))
        reason = form.cleaned_data["reason"]
        try:
            with transaction.atomic():
                section = services.sensitive_reveal(
                    user=request.user, person=self.person, reason=reason
                )
                edit_form = SensitiveForm(initial=SensitiveForm.initial_from(section, reason))
                response = self.render_to_response(
                    self.get_context_data(
                        section=section,
                        edit_form=edit_form,
                        reason_label=RevealReason(reason).label,
                        identity=identity_for(request.user, self.person),
                    )
                )
                response.render()
        except OUT_OF_REACH:
            raise Http404 from None
        return response


class SensitiveEditView(PersonMixin, TemplateView):
    """Saving a change to the sensitive section (POST only), audited with its reason."""

    template_name = "register/sensitive.html"
    http_method_names = ["post"]
    owner_only = True

    def post(self, request, *args, **kwargs):
        form = SensitiveForm(request.POST)
        if form.is_valid():
            try:
                services.sensitive_change(
                    user=request.user,
                    person=self.person,
                    sensitive=form.sensitive(),
                    reason=form.cleaned_data["reason"],
                )
            except OUT_OF_REACH:
                raise Http404 from None
            except ValidationError as error:
                form.add_error(None, error)
            else:
                messages.success(request, _("The sensitive section was saved."))
                return person_page(self.person)
        return self.render_to_response(self.get_context_data(person=self.person, edit_form=form))


class HistoryView(PersonMixin, TemplateView):
    """Who changed what in the person's record, and why (reads are in the audit log).

    The owning agency's alone: it names the owner's staff and what they did, which a
    receiving agency has no need to know."""

    template_name = "register/history.html"
    owner_only = True

    def get(self, request, *args, **kwargs):
        with transaction.atomic():
            page = Paginator(changes_of(self.person), CHANGES_PER_PAGE).get_page(
                request.GET.get("page")
            )
            services.register_read_record(
                user=request.user,
                action=AuditAction.HISTORY_VIEW,
                person=self.person,
                detail=f"page {page.number}",
            )
            changes = [Change.of(event) for event in page]
            response = self.render_to_response(
                self.get_context_data(
                    person=self.person,
                    identity=open_identity(self.person),
                    page=page,
                    changes=changes,
                )
            )
            response.render()
        return response
