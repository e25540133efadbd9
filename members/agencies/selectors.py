"""Reads of agencies: the public directory, the country pages and an agency's staff."""

from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.db.models import Exists, OuterRef, QuerySet
from django.http import QueryDict

from members.agencies.access import COORDINATORS_GROUP
from members.agencies.adapter import person_display
from members.agencies.models import Agency, AgencyRole, Invitation, Membership, Service


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
