"""The public directory of member agencies; signed-in members also see contact details."""

from django.http import HttpRequest
from django.template.response import TemplateResponse
from django.utils.translation import get_language

from members.agencies.access import can_see_agency_contacts
from members.agencies.selectors import DirectoryFilters, directory_agencies, directory_options
from network_site.core.countries import country_name


def agency_directory(request: HttpRequest) -> TemplateResponse:
    """Agencies that chose to be listed, filterable by country, service and language."""
    filters = DirectoryFilters.from_query(request.GET)
    options = directory_options()
    language = get_language()
    context = {
        "filters": filters,
        "agencies": directory_agencies(filters),
        "show_contacts": can_see_agency_contacts(request.user),
        "country_choices": sorted(
            ((code, country_name(code, language)) for code in options["countries"]),
            key=lambda pair: pair[1],
        ),
        "service_choices": sorted(
            ((service.code, service.name) for service in options["services"]),
            key=lambda pair: pair[1],
        ),
        "language_choices": sorted(
            ((spoken.code, spoken.name) for spoken in options["languages"]),
            key=lambda pair: pair[1],
        ),
    }
    return TemplateResponse(request, "agencies/directory.html", context)
