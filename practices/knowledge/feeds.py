"""RSS 2.0 and Atom feeds of guides (optionally filtered like the listing) and updates.

Every language has both feeds: they list the pages a reader of that language is
shown by the one fallback rule (practices.fallback), linked under the reader's prefix.
"""

import datetime

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.http import Http404
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from wagtail.models import Page

from practices.fallback import in_reader_language, reader_locale_id, reader_url, with_reader_urls
from practices.knowledge.listing import GuideFilters, describe_filters, filtered_guides
from practices.knowledge.selectors import public_guides
from practices.models import GuideIndexPage, UpdateIndexPage, UpdatePage
from practices.search.query import search_pages
from practices.selectors import public_pages

FEED_ITEMS = 30


def reader_index(model, language: str) -> Page:
    """The index page of the reader's language, else the default language's (as served
    under the reader's prefix); 404 when the site has neither."""
    indexes = public_pages(model)
    for locale_id in (reader_locale_id(language), reader_locale_id(settings.LANGUAGE_CODE)):
        index = indexes.filter(locale_id=locale_id).first() if locale_id else None
        if index is not None:
            return index
    raise Http404


class PageFeed(Feed):
    """A feed of pages with a summary, for the reader's language."""

    index_model = None

    def get_object(self, request, *args, **kwargs):
        self.request = request
        self.language = get_language()
        return reader_index(self.index_model, self.language)

    def link(self, index):
        return reader_url(index, self.request)

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary

    def item_link(self, item):
        return item.reader_url

    def item_pubdate(self, item):
        return item.first_published_at


class GuideFeed(PageFeed):
    """The newest guides a reader of the language is shown; the listing's filters apply,
    and the title names them."""

    index_model = GuideIndexPage

    def title(self, index):
        network = _("Homeless Mobile Citizen Network")
        title = _("%(title)s: best-practice guides") % {"title": network}
        filtered_on = describe_filters(GuideFilters.from_query(self.request.GET))
        return f"{title} ({filtered_on})" if filtered_on else title

    def description(self, index):
        return index.introduction or _("New best-practice guides from the network.")

    def items(self, index):
        filters = GuideFilters.from_query(self.request.GET)
        guides = in_reader_language(public_guides(), self.language)
        if filters.query:
            guides = guides.filter(pk__in=[page.pk for page in search_pages(guides, filters.query)])
        guides = filtered_guides(guides, filters).distinct()
        newest = guides.order_by("-first_published_at", "-pk")[:FEED_ITEMS]
        return with_reader_urls(list(newest), self.request)

    def item_updateddate(self, item):
        return item.last_published_at


class GuideAtomFeed(GuideFeed):
    feed_type = Atom1Feed
    subtitle = GuideFeed.description


class UpdateFeed(PageFeed):
    """The newest news, policy briefs and statements a reader of the language is shown,
    each dated by its own date (not by when it was published on the site)."""

    index_model = UpdateIndexPage

    def title(self, index):
        return _("%(title)s: updates") % {"title": _("Homeless Mobile Citizen Network")}

    def description(self, index):
        return index.introduction or _("News, policy briefs and statements of the network.")

    def items(self, index):
        updates = in_reader_language(public_pages(UpdatePage), self.language)
        newest = updates.order_by("-date", "-pk")[:FEED_ITEMS]
        return with_reader_urls(list(newest), self.request)

    def item_pubdate(self, item):
        """Midnight of the update's date, in the site's time zone."""
        return timezone.make_aware(datetime.datetime.combine(item.date, datetime.time.min))

    def item_categories(self, item):
        return [item.get_kind_display()]


class UpdateAtomFeed(UpdateFeed):
    feed_type = Atom1Feed
    subtitle = UpdateFeed.description
