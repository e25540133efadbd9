"""An agency's audit log, for its agency admins: the page with its filters, and the CSV export.

Only the agency admins of the agency in the URL come in (``access.can_read_audit_log``);
everyone else, its caseworkers and members and the network's coordinators included,
gets 404, so nobody learns whose log exists. The filters are codes, UUIDs and dates in
the query string, never a name. Both pages are ``no-store``. The export asks for the
password or second factor again (``ReauthenticationRequiredMixin``) and is itself
recorded in the log (``services.audit_log_export``).
"""

import csv
import datetime

from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.paginator import Paginator
from django.http import Http404, QueryDict, StreamingHttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.decorators import method_decorator
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import pgettext
from django.views import View
from django.views.decorators.cache import never_cache
from django.views.generic import TemplateView

from members.agencies.access import can_read_audit_log
from members.agencies.adapter import person_display
from members.agencies.forms import AuditLogFilterForm
from members.agencies.models import Agency, AgencyRole, AuditAction
from members.agencies.permissions import ReauthenticationRequiredMixin
from members.agencies.selectors import AuditLogFilters, audit_log, audit_log_staff
from members.agencies.services import audit_log_export
from network_site.core.spreadsheets import neutralise_formula

EVENTS_PER_PAGE = 50
# Rows read from the database at a time while an export streams.
EXPORT_CHUNK = 1000
# Staff events whose detail is role codes ("caseworker", "member → caseworker").
STAFF_ACTIONS = {
    AuditAction.STAFF_INVITE,
    AuditAction.STAFF_INVITATION_WITHDRAW,
    AuditAction.STAFF_JOIN,
    AuditAction.STAFF_ROLE_CHANGE,
    AuditAction.STAFF_REMOVE,
}


def readable_detail(event) -> str:
    """The event's detail for a reader: role codes of staff events in words."""
    if event.action not in STAFF_ACTIONS:
        return event.detail
    return " → ".join(
        str(AgencyRole(code).label) if code in AgencyRole else code
        for code in event.detail.split(" → ")
    )


def active_filters(form: AuditLogFilterForm, filters: AuditLogFilters) -> list[tuple[str, str]]:
    """Each filter in use, named by its field's label and shown as the reader chose it."""
    shown = {
        "person": str(filters.person) if filters.person else "",
        "staff": person_display(filters.staff.user) if filters.staff else "",
        "action": str(AuditAction(filters.action).label) if filters.action else "",
        "date_from": date_format(filters.date_from) if filters.date_from else "",
        "date_to": date_format(filters.date_to) if filters.date_to else "",
    }
    return [(form.fields[name].label, value) for name, value in shown.items() if value]


@method_decorator(never_cache, name="dispatch")
class AuditLogAccessMixin(LoginRequiredMixin):
    """The agency named in the URL, for its agency admins only; everyone else 404."""

    def dispatch(self, request, *args, **kwargs):
        if request.user.is_authenticated:
            agency = Agency.objects.active().filter(pk=kwargs["agency_id"]).first()
            if agency is None or not can_read_audit_log(request.user, agency):
                raise Http404
            self.agency = agency
        return super().dispatch(request, *args, **kwargs)

    def filter_form(self) -> AuditLogFilterForm:
        """The filters of the query string (no filter at all is a valid form)."""
        return AuditLogFilterForm(self.request.GET, staff=audit_log_staff(self.agency))

    def filter_query(self) -> str:
        """The filters in use, for links that keep them (no page number, no empty field)."""
        query = QueryDict(mutable=True)
        for name in AuditLogFilterForm.base_fields:
            if value := self.request.GET.get(name, "").strip():
                query[name] = value
        return query.urlencode()


class AuditLogView(AuditLogAccessMixin, TemplateView):
    """Who did what in the agency's part of the member area, newest first, 50 a page."""

    template_name = "agencies/audit_log.html"

    def get_context_data(self, **kwargs):
        form = self.filter_form()
        context = super().get_context_data(agency=self.agency, form=form, **kwargs)
        if not form.is_valid():
            return context
        filters = form.filters()
        paginator = Paginator(audit_log(self.agency, filters), EVENTS_PER_PAGE)
        page = paginator.get_page(self.request.GET.get("page"))
        for event in page.object_list:
            event.readable_detail = readable_detail(event)
        query = self.filter_query()
        export_url = reverse("members:audit_export", kwargs={"agency_id": self.agency.pk})
        return context | {
            "show_events": True,
            "page_obj": page,
            "events": page.object_list,
            "page_range": paginator.get_elided_page_range(page.number, on_each_side=2),
            "active_filters": active_filters(form, filters),
            "filter_query": query,
            "export_url": f"{export_url}?{query}" if query else export_url,
        }


class AuditExportView(AuditLogAccessMixin, ReauthenticationRequiredMixin, View):
    """The rows of the audit log that match the filters, as a CSV file (UTF-8).

    Streamed row by row from a chunked read, so a log of millions of rows costs no
    more memory than a short one; the rows are fixed, counted and recorded before
    the first one leaves (``services.audit_log_export``). Every cell passes through
    ``neutralise_formula``: names are typed by people. Invalid filters send the reader
    back to the page, which says what is wrong.
    """

    reauthenticate_on_get = True
    http_method_names = ["get"]

    def get(self, request, *args, **kwargs):
        form = self.filter_form()
        if not form.is_valid():
            page = reverse("members:audit_log", kwargs={"agency_id": self.agency.pk})
            return redirect(f"{page}?{self.filter_query()}")
        export = audit_log_export(
            agency=self.agency, exported_by=request.user, filters=form.filters()
        )
        response = StreamingHttpResponse(
            csv_lines(export.rows, language=translation.get_language()),
            content_type="text/csv; charset=utf-8",
        )
        day = timezone.localdate().isoformat()
        response["Content-Disposition"] = (
            f'attachment; filename="audit-log-{self.agency.pk}-{day}.csv"'
        )
        return response


class _Echo:
    """A file for ``csv.writer`` that hands back each line instead of keeping it."""

    def write(self, line: str) -> str:
        return line


def csv_lines(events, *, language: str):
    """The CSV file line by line: a byte-order mark (for spreadsheet programs), the
    header, then one line per event in the queryset's order."""
    writer = csv.writer(_Echo())
    with translation.override(language):
        header = [
            _("Sequence"),
            _("Date and time (%(zone)s)") % {"zone": timezone.get_current_timezone_name()},
            _("Date and time (UTC)"),
            _("Who"),
            pgettext("what someone did", "Action"),
            _("Action code"),
            _("Person"),
            _("Member of staff concerned"),
            _("Reason"),
            _("Reason code"),
            _("Detail"),
        ]
        yield "\ufeff" + writer.writerow(header)
        for event in events.iterator(chunk_size=EXPORT_CHUNK):
            row = [
                event.sequence,
                timezone.localtime(event.occurred_at).strftime("%Y-%m-%d %H:%M:%S"),
                event.occurred_at.astimezone(datetime.UTC).isoformat(),
                person_display(event.actor),
                event.action_label,
                event.action,
                str(event.person_uuid or ""),
                person_display(event.subject) if event.subject else "",
                event.reason_label,
                event.reason,
                readable_detail(event),
            ]
            yield writer.writerow([neutralise_formula(cell) for cell in row])
