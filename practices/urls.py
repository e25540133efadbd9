"""Language-prefixed URLs of the public site that are not Wagtail pages: the feeds."""

from django.urls import path

from practices.feeds import GuideAtomFeed, GuideFeed, UpdateAtomFeed, UpdateFeed

urlpatterns = [
    path("feeds/guides.rss", GuideFeed(), name="guide_feed_rss"),
    path("feeds/guides.atom", GuideAtomFeed(), name="guide_feed_atom"),
    path("feeds/updates.rss", UpdateFeed(), name="update_feed_rss"),
    path("feeds/updates.atom", UpdateAtomFeed(), name="update_feed_atom"),
]
