"""Reads of agencies: the public directory, the country pages, an agency's staff and its
audit log."""

import datetime
import uuid
from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.db.models import Exists, OuterRef, Q, QuerySet
from django.http import QueryDict
from django.utils import timezone

from members.agencies.access import COORDINATORS_GROUP, RECORD_ROLES
from members.agencies.adapter import person_display
from members.agencies.models import (
    Agency,
    AgencyRole,
    AuditEvent,
    Invitation,
    Membership,
    Service,
)


@dataclass
class DirectoryFilters:
    """What the reader asked for; unknown values are ignored."""

    country: str = ""
    service: str = ""
    language: str = ""

    @classmethod
    def from_query(cls, params: QueryDict) -> "DirectoryFilters":
        return cls(
            country=params.get("country", "")[:2].upper(),
            service=params.get("service", "")[:30],
            language=params.get("language", "")[:8],
        )

    @property
    def active(self) -> bool:
        return any((self.country, self.service, self.language))

    def apply(self, agencies: QuerySet) -> QuerySet:
        if self.country:
            agencies = agencies.filter(country=self.country)
        if self.service:
            agencies = agencies.filter(services__code=self.service)
        if self.language:
            agencies = agencies.filter(languages__code=self.language)
        return agencies


def directory_agencies(filters: DirectoryFilters) -> list[Agency]:
    """Listed agencies matching the filters, with their services and languages."""
    agencies = filters.apply(Agency.objects.listed()).distinct()
    return list(agencies.prefetch_related("services", "languages").order_by("country", "name"))


def directory_options() -> dict[str, list]:
    """The countries, services and languages that listed agencies have."""
    listed = Agency.objects.listed()
    countries = set(listed.values_list("country", flat=True))
    services = Service.objects.filter(agencies__in=listed).distinct()
    # The languages' model belongs to the public site; reach it through the relation.
    spoken_language = Agency.languages.field.related_model
    languages = spoken_language.objects.filter(agencies__in=listed).distinct()
    return {"countries": countries, "services": list(services), "languages": list(languages)}


def agencies_in_country(code: str) -> list[Agency]:
    """Listed agencies of one country, for its country page."""
    return list(Agency.objects.listed().filter(country=code).prefetch_related("services"))


def record_keepers(agency_id) -> list:
    """The accounts of the agency's active caseworkers and admins: those who keep its
    records and hear about them (offers, contact requests, erasures, retention)."""
    return [
        membership.user
        for membership in Membership.objects.active()
        .filter(agency_id=agency_id, role__in=RECORD_ROLES)
        .select_related("user")
    ]


def agency_staff(agency: Agency) -> list[Membership]:
    """The agency's active staff, admins first, with their accounts.

    Each person knows whether they also coordinate the network (the staff page shows
    it, and it decides who may change their role), without a query per person.
    """
    coordinator = get_user_model().groups.through.objects.filter(
        user_id=OuterRef("user_id"), group__name=COORDINATORS_GROUP
    )
    memberships = list(
        Membership.objects.active()
        .filter(agency=agency)
        .select_related("user")
        .annotate(coordinator=Exists(coordinator))
    )
    for membership in memberships:
        membership.agency = agency
        membership.user._is_coordinator = membership.coordinator
    return sorted(
        memberships,
        key=lambda m: (
            m.role != AgencyRole.AGENCY_ADMIN,
            person_display(m.user).lower(),
        ),
    )


def pending_invitations(agency: Agency) -> list[Invitation]:
    """Invitations of the agency that can still be accepted, newest first."""
    return list(Invitation.objects.pending().filter(agency=agency).select_related("invited_by"))


# --- The audit log ------------------------------------------------------------------


def audit_log_staff(agency: Agency) -> list[Membership]:
    """Everyone who has been on the agency's staff, one place each, by name.

    Former staff are included (their acts stay in the log); a person who left and
    came back appears once, by their latest place.
    """
    places = (
        Membership.objects.filter(agency=agency)
        .select_related("user")
        .order_by("user_id", "-active", "-since")
    )
    latest = {}
    for membership in places:
        latest.setdefault(membership.user_id, membership)
    return sorted(latest.values(), key=lambda m: person_display(m.user).lower())


@dataclass(frozen=True)
class AuditLogFilters:
    """What an agency admin asked the audit log for: codes, UUIDs and dates only.

    ``staff`` matches events by that person and events about them (a role change,
    a removal). Dates are inclusive, as days in the site's time zone.
    """

    person: uuid.UUID | None = None
    staff: Membership | None = None
    action: str = ""
    date_from: datetime.date | None = None
    date_to: datetime.date | None = None

    @property
    def active(self) -> bool:
        return any((self.person, self.staff, self.action, self.date_from, self.date_to))

    def apply(self, events: QuerySet) -> QuerySet:
        if self.person:
            events = events.filter(person_uuid=self.person)
        if self.staff:
            person = self.staff.user_id
            events = events.filter(Q(actor_id=person) | Q(subject_id=person))
        if self.action:
            events = events.filter(action=self.action)
        if self.date_from:
            events = events.filter(occurred_at__gte=_start_of(self.date_from))
        if self.date_to:
            events = events.filter(occurred_at__lt=_start_of(self.date_to + datetime.timedelta(1)))
        return events

    def as_codes(self) -> str:
        """The filters in a line of codes, for the audit event of an export."""
        codes = {
            "person": self.person or "",
            "staff": self.staff.pk if self.staff else "",
            "action": self.action,
            "from": self.date_from.isoformat() if self.date_from else "",
            "to": self.date_to.isoformat() if self.date_to else "",
        }
        return " ".join(f"{name}={value}" for name, value in codes.items() if value)


def _start_of(day: datetime.date) -> datetime.datetime:
    """Midnight at the start of ``day`` in the site's time zone."""
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))


def audit_log(agency: Agency, filters: AuditLogFilters | None = None) -> QuerySet:
    """The agency's audit events that match the filters, newest first, with their people."""
    events = AuditEvent.objects.filter(agency=agency).select_related("actor", "subject")
    if filters is not None:
        events = filters.apply(events)
    return events.order_by("-sequence")
