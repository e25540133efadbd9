"""The home page: one per language, at the root of the site."""

from django.http import Http404
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from practices.blocks import HomeStreamBlock
from practices.choices import LatestContentKind
from practices.fallback import child_in_any_language

from .features import page_feature
from .mixins import ServedAddressMixin

# Upcoming events change with time: a home page that lists them is kept this long at most.
LATEST_CONTENT_SECONDS = 300


class HomePage(ServedAddressMixin, Page):
    """The front door of the site in one language: a hero, an introduction, featured links,
    the latest guides, events and updates, and the band of partners and funders."""

    body = StreamField(HomeStreamBlock(), blank=True, verbose_name=_("body"))

    content_panels = [*Page.content_panels, FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("body")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "practices.InformationPage",
        "practices.GuideIndexPage",
        "practices.CountryIndexPage",
        "practices.UpdateIndexPage",
        "practices.EventIndexPage",
        "practices.MaterialsLibraryPage",
    ]

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")

    def latest_content_kinds(self) -> set[str]:
        """What the body's "latest content" blocks list, read without loading the blocks."""
        return {
            block["value"]["kind"]
            for block in self.body.raw_data
            if block["type"] == "latest" and block["value"].get("kind") in LatestContentKind.values
        }

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        kinds = self.latest_content_kinds()
        if kinds:
            context["latest_content"] = page_feature("home_latest_content")(self, request, kinds)
        return context

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        if LatestContentKind.EVENTS in self.latest_content_kinds():
            # An event that has ended leaves the list within minutes, from every cache.
            patch_cache_control(response, max_age=LATEST_CONTENT_SECONDS)
        return response

    def route(self, request, path_components):
        """Find a page in this language's tree, else below a translation of its parent.

        Every page is then reachable under every language prefix: a page that has
        not been translated yet is served in its original language, with a notice
        (see practices.site.language_notice), at the address the reader's links give
        it (practices.fallback.reader_urls): below the nearest ancestor that this
        language has. Nothing is copied per language, so the cost stays flat with
        26 languages and thousands of pages.
        """
        try:
            return super().route(request, path_components)
        except Http404:
            if not path_components:
                raise
        node: Page = self
        for position, slug in enumerate(path_components):
            child = node.get_children().filter(slug=slug).first()
            child = child or child_in_any_language(node, slug)
            if child is None and node is self:
                raise Http404
            if child is None:  # a route of the page itself (``past/``) or nothing
                return node.specific.route(request, path_components[position:])
            node = child
        return node.specific.route(request, [])
