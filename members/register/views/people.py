"""The register's list of people with its name search, the record screen and the
identity editor.

Every screen that shows a name reads it inside the transaction that writes the audit
event of that read, so that the read and its record are committed together. Names
travel only in POST bodies and in pages marked ``no-store``; never in a URL, a
message or a page title (the browser keeps those in its history).
"""

from dataclasses import dataclass
from urllib.parse import urlencode

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import transaction
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.decorators import method_decorator
from django.utils.translation import gettext as _
from django.views import View
from django.views.decorators.debug import sensitive_post_parameters

from members.agencies.models import AuditAction
from members.register import discovery, services
from members.register.forms.identity import PersonChangeForm, PersonRecordForm
from members.register.forms.search import NameSearchForm, PeopleFilterForm
from members.register.models import Person
from members.register.records import Identity
from members.register.selectors import (
    matching_people,
    open_contact,
    open_identity,
    people_listed,
    people_searchable,
)
from members.register.views.access import PersonMixin, RecordsRequiredMixin

PEOPLE_PER_PAGE = 25
# Lists and searches show names and whereabouts only: the contact details and the
# special-category section are not even read from the database for them.
NOT_LISTED = ("contact", "sensitive")
# Every value these screens receive is personal data: an error report shows none of them.
hide_posted_values = method_decorator(sensitive_post_parameters(), name="dispatch")


@dataclass(frozen=True)
class PersonRow:
    """A person as a list shows them: the record, their opened identity (None when a
    share does not carry it), and whether their whereabouts may show (movements)."""

    person: Person
    identity: Identity | None
    shows_movements: bool = True


def rows_of(people) -> list[PersonRow]:
    """Rows of people annotated by ``with_parts_open_to``: nothing out of scope is decrypted."""
    return [
        PersonRow(
            person,
            open_identity(person) if person.opens_identity else None,
            person.opens_movements,
        )
        for person in people
    ]


def owned_rows(people) -> list[PersonRow]:
    """Rows of the agency's own people (possible earlier records of someone)."""
    return [PersonRow(person, open_identity(person)) for person in people]


@hide_posted_values
class RegisterHomeView(RecordsRequiredMixin, View):
    """The people of the user's agencies, newest movement first, with filters (GET) and
    the name search (POST, answered on the same page)."""

    template_name = "register/home.html"

    def get(self, request, *args, **kwargs):
        filters = PeopleFilterForm(request.GET or None, auto_id="filter-%s")
        agencies = self.records_agencies()
        with transaction.atomic():
            people = (
                people_listed(request.user, filters.lookups())
                .select_related("agency")
                .defer(*NOT_LISTED)
            )
            page = Paginator(people, PEOPLE_PER_PAGE).get_page(request.GET.get("page"))
            rows = rows_of(page)
            services.register_read_record(
                user=request.user,
                action=AuditAction.PERSON_LIST,
                agencies=agencies,
                detail=f"page {page.number}",
            )
        return self.show(
            agencies,
            listing=True,
            filters=filters,
            filtered=bool(filters.lookups()),
            filter_query=urlencode(filters.query()),
            page=page,
            page_numbers=page.paginator.get_elided_page_range(page.number),
            rows=rows,
            search=NameSearchForm(auto_id="search-%s"),
        )

    def post(self, request, *args, **kwargs):
        search = NameSearchForm(request.POST, auto_id="search-%s")
        agencies = self.records_agencies()
        if not search.is_valid():
            return self.show(agencies, search=search)
        with transaction.atomic():
            found = matching_people(
                people_searchable(request.user).defer(*NOT_LISTED), **search.terms()
            )
            results = rows_of(found)
            # The number of people found, never the terms searched for.
            services.register_read_record(
                user=request.user,
                action=AuditAction.PERSON_SEARCH,
                agencies=agencies,
                detail=str(len(results)),
            )
        return self.show(
            agencies,
            search=search,
            searched_name=search.searched_name(),
            results=results,
            searched=True,
        )

    def show(self, agencies, **context):
        return render(
            self.request,
            self.template_name,
            {"agencies": agencies, "several_agencies": len(agencies) > 1, **context},
        )


@hide_posted_values
class PersonRecordView(RecordsRequiredMixin, View):
    """Record a new person, after a check for an earlier record of them in the agency."""

    template_name = "register/person_form.html"

    def get(self, request, *args, **kwargs):
        form = PersonRecordForm(
            agencies=self.records_agencies(), initial={"legal_basis_on": timezone.localdate()}
        )
        return self.show(form)

    def post(self, request, *args, **kwargs):
        form = PersonRecordForm(request.POST, agencies=self.records_agencies())
        if not form.is_valid():
            return self.show(form)
        agency, identity = form.cleaned_data["agency"], form.identity()
        candidates = services.person_duplicate_check(
            user=request.user, agency=agency, identity=identity
        )
        if {candidate.pk for candidate in candidates} - form.set_aside():
            return self.show(form, candidates=owned_rows(candidates))
        try:
            person = services.person_record(
                user=request.user,
                agency=agency,
                identity=identity,
                contact=form.contact(),
                sensitive=form.sensitive(),
                **form.profile(),
            )
        except ValidationError as error:
            form.add_error(None, error)
            return self.show(form)
        messages.success(request, _("The person has been recorded."))
        # Discovery (issue 15): ask at once whether another agency knows them; the
        # answer waits on the person's page.
        try:
            discovery.discovery_lookup(user=request.user, person=person)
        except discovery.DiscoveryLimitReached as limit:
            messages.warning(request, str(limit))
        return redirect("members:register_person", person_id=person.pk)

    def show(self, form, candidates=()):
        context = {"form": form, "recording": True, "candidates": candidates}
        # What the warning's "someone else" button sends: the people it sets aside.
        context["set_aside"] = " ".join(str(row.person.pk) for row in candidates)
        return render(self.request, self.template_name, context)


@hide_posted_values
class PersonEditView(PersonMixin, View):
    """Change a person's identity and profile (not the sensitive section), with a reason."""

    template_name = "register/person_form.html"
    owner_only = True

    def get(self, request, *args, **kwargs):
        with transaction.atomic():
            identity, contact = open_identity(self.person), open_contact(self.person)
            services.register_read_record(
                user=request.user,
                action=AuditAction.PERSON_VIEW,
                person=self.person,
                detail="identity form",
            )
        form = PersonChangeForm(initial=PersonChangeForm.initial_of(self.person, identity, contact))
        return self.show(form)

    def post(self, request, *args, **kwargs):
        form = PersonChangeForm(request.POST)
        if not form.is_valid():
            return self.show(form)
        try:
            services.person_change(
                user=request.user,
                person=self.person,
                reason=form.cleaned_data["reason"],
                identity=form.identity(),
                contact=form.contact(),
                **form.profile(),
            )
        except Person.DoesNotExist:
            raise Http404 from None
        except ValidationError as error:
            form.add_error(None, error)
            return self.show(form)
        messages.success(request, _("The changes to the person's record have been saved."))
        return redirect("members:register_person", person_id=self.person.pk)

    def show(self, form):
        return render(
            self.request,
            self.template_name,
            {"form": form, "recording": False, "person": self.person},
        )
