"""schema.org data for search engines: articles, the network as publisher, breadcrumbs."""

from django.conf import settings
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from wagtail.models import Page


def trail_of(page: Page) -> list[Page]:
    """The pages from the home page down to this one, fetched once per page object."""
    trail = getattr(page, "_breadcrumb_trail", None)
    if trail is None:
        trail = [ancestor for ancestor in page.get_ancestors(inclusive=True) if ancestor.depth > 1]
        page._breadcrumb_trail = trail
    return trail


def breadcrumb_list(page: Page, request=None) -> dict:
    """The page's position in the site, from the home page down."""
    trail = trail_of(page)
    return {
        "@type": "BreadcrumbList",
        "itemListElement": [
            {
                "@type": "ListItem",
                "position": position,
                "name": _("Home") if crumb.depth == 2 else crumb.title,
                "item": crumb.get_full_url(request),
            }
            for position, crumb in enumerate(trail, start=1)
        ],
    }


def network_organization(page: Page, request=None) -> dict:
    """The network itself, as publisher of every page; its address is the home page's."""
    trail = trail_of(page)
    return {
        "@type": "Organization",
        "@id": "#network",
        "name": _("Homeless Mobile Citizen Network"),
        "url": trail[0].get_full_url(request) if trail else settings.WAGTAILADMIN_BASE_URL,
        "email": settings.SITE_CONTACT_EMAIL,
    }


def article(page: Page, request=None, *, author_name: str = "", image_url: str = "") -> dict:
    """A page as a schema.org Article."""
    data = {
        "@type": "Article",
        "headline": page.seo_title or page.title,
        "description": page.get_meta_description(),
        "inLanguage": get_language(),
        "url": page.get_full_url(request),
        "mainEntityOfPage": page.get_full_url(request),
        "publisher": {"@id": "#network"},
        "author": {"@type": "Organization", "name": author_name}
        if author_name
        else {"@id": "#network"},
    }
    published = page.first_published_at or page.latest_revision_created_at
    modified = page.last_published_at or published
    if published:
        data["datePublished"] = published.isoformat()
    if modified:
        data["dateModified"] = modified.isoformat()
    if image_url:
        data["image"] = image_url
    return data


def page_graph(page: Page, request=None, **article_options) -> dict:
    """The JSON-LD document of a content page: article, publisher and breadcrumbs."""
    return {
        "@context": "https://schema.org",
        "@graph": [
            article(page, request, **article_options),
            network_organization(page, request),
            breadcrumb_list(page, request),
        ],
    }


EVENT_STATUS = {
    "scheduled": "https://schema.org/EventScheduled",
    "postponed": "https://schema.org/EventPostponed",
    "cancelled": "https://schema.org/EventCancelled",
    "moved-online": "https://schema.org/EventMovedOnline",
}
ATTENDANCE_MODE = {
    "in-person": "https://schema.org/OfflineEventAttendanceMode",
    "online": "https://schema.org/OnlineEventAttendanceMode",
    "hybrid": "https://schema.org/MixedEventAttendanceMode",
}


def _event_location(page, request=None) -> list[dict]:
    places = []
    if page.event_format != "online" and page.status != "moved-online":
        address = {
            "@type": "PostalAddress",
            "streetAddress": page.venue_address,
            "addressLocality": page.venue_city,
        }
        if page.country_id:
            address["addressCountry"] = page.country_id
        name = page.venue_name or page.venue_city
        places.append({"@type": "Place", "name": name, "address": address})
    if page.event_format != "in-person" or page.status == "moved-online":
        # The joining link is for registrants only: the page itself stands for it.
        places.append({"@type": "VirtualLocation", "url": page.get_full_url(request)})
    return places


def _organizer(page) -> dict:
    organizer = {"@type": "Organization", "name": page.organiser}
    if page.organiser_website:
        organizer["url"] = page.organiser_website
    return organizer


def event(page, request=None, *, image_url: str = "") -> dict:
    """An event page as a schema.org Event, with its status and attendance mode."""
    mode = "online" if page.status == "moved-online" else page.event_format
    data = {
        "@type": "Event",
        "name": page.title,
        "description": page.get_meta_description(),
        "url": page.get_full_url(request),
        "inLanguage": get_language(),
        "startDate": page.local_start.isoformat(),
        "endDate": page.local_end.isoformat(),
        "eventStatus": EVENT_STATUS[page.status],
        "eventAttendanceMode": ATTENDANCE_MODE[mode],
        "location": _event_location(page, request),
        "organizer": _organizer(page),
        "publisher": {"@id": "#network"},
    }
    if page.audience:
        data["audience"] = {"@type": "Audience", "audienceType": page.audience}
    if page.registration_mode != "none":
        data["offers"] = {
            "@type": "Offer",
            "url": page.registration_url or page.get_full_url(request),
        }
    performers = [{"@type": "Person", "name": block.value["name"]} for block in page.speakers]
    if performers:
        data["performer"] = performers
    if image_url:
        data["image"] = image_url
    return data


def event_graph(page, request=None, **options) -> dict:
    """The JSON-LD document of an event page: event, publisher and breadcrumbs."""
    return {
        "@context": "https://schema.org",
        "@graph": [
            event(page, request, **options),
            network_organization(page, request),
            breadcrumb_list(page, request),
        ],
    }
