"""Template tags that show member agencies on public pages."""

from django import template

from members.agencies.access import can_see_agency_contacts
from members.agencies.selectors import agencies_in_country

register = template.Library()


@register.inclusion_tag("agencies/includes/country_agencies.html", takes_context=True)
def country_agencies(context, country_code: str) -> dict:
    """The listed member agencies of a country (contacts for signed-in members)."""
    request = context.get("request")
    user = getattr(request, "user", None)
    return {
        "agencies": agencies_in_country(country_code),
        "show_contacts": user is not None and can_see_agency_contacts(user),
        "request": request,
    }
