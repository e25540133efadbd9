"""Language-prefixed URLs of the public site that are not Wagtail pages."""

from django.urls import path

from practices.events.feeds import upcoming_events_calendar
from practices.events.registrations.views import (
    registration_calendar,
    registration_cancel_page,
    registration_page,
)
from practices.knowledge.feeds import GuideAtomFeed, GuideFeed, UpdateAtomFeed, UpdateFeed

urlpatterns = [
    path("feeds/guides.rss", GuideFeed(), name="guide_feed_rss"),
    path("feeds/guides.atom", GuideAtomFeed(), name="guide_feed_atom"),
    path("feeds/updates.rss", UpdateFeed(), name="update_feed_rss"),
    path("feeds/updates.atom", UpdateAtomFeed(), name="update_feed_atom"),
    path("feeds/events.ics", upcoming_events_calendar, name="event_feed_ics"),
    path("registrations/<str:token>/", registration_page, name="event_registration"),
    path(
        "registrations/<str:token>/cancel/",
        registration_cancel_page,
        name="event_registration_cancel",
    ),
    path(
        "registrations/<str:token>/calendar.ics",
        registration_calendar,
        name="event_registration_calendar",
    ),
]
