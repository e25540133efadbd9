"""RSS 2.0 and Atom feeds of guides (optionally filtered like the listing) and updates."""

from django.contrib.syndication.views import Feed
from django.http import Http404, HttpRequest
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _

from wagtail.models import Locale

from practices.knowledge.listing import GuideFilters, filtered_guides
from practices.knowledge.selectors import public_guides
from practices.models import GuideIndexPage, UpdateIndexPage, UpdatePage
from practices.selectors import public_pages

FEED_ITEMS = 30


def _index(model, request: HttpRequest):
    index = public_pages(model).filter(locale=Locale.get_active()).first()
    if index is None:
        raise Http404
    return index


class PageFeed(Feed):
    """A feed of pages with a summary, from the index page of the reader's language."""

    index_model = None

    def get_object(self, request, *args, **kwargs):
        self.request = request
        return _index(self.index_model, request)

    def link(self, index):
        return index.get_url(self.request)

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary

    def item_link(self, item):
        return item.get_url(self.request)

    def item_pubdate(self, item):
        return item.first_published_at


class GuideFeed(PageFeed):
    """The newest guides of the reader's language; the listing's filters apply."""

    index_model = GuideIndexPage

    def title(self, index):
        network = _("Homeless Mobile Citizen Network")
        return _("%(title)s: best-practice guides") % {"title": network}

    def description(self, index):
        return index.introduction or _("New best-practice guides from the network.")

    def items(self, index):
        filters = GuideFilters.from_query(self.request.GET)
        guides = filtered_guides(public_guides(index), filters).distinct()
        return guides.order_by("-first_published_at")[:FEED_ITEMS]

    def item_updateddate(self, item):
        return item.last_published_at


class GuideAtomFeed(GuideFeed):
    feed_type = Atom1Feed
    subtitle = GuideFeed.description


class UpdateFeed(PageFeed):
    """The newest news, policy briefs and statements of the reader's language."""

    index_model = UpdateIndexPage

    def title(self, index):
        return _("%(title)s: updates") % {"title": _("Homeless Mobile Citizen Network")}

    def description(self, index):
        return index.introduction or _("News, policy briefs and statements of the network.")

    def items(self, index):
        return public_pages(UpdatePage).child_of(index).order_by("-date", "-pk")[:FEED_ITEMS]

    def item_categories(self, item):
        return [item.get_kind_display()]


class UpdateAtomFeed(UpdateFeed):
    feed_type = Atom1Feed
    subtitle = UpdateFeed.description
