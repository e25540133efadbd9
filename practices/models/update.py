"""Updates: news, policy briefs and statements of the network."""

import datetime

from django.core.paginator import Paginator
from django.db import models
from django.forms import CheckboxSelectMultiple
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from practices.blocks import UpdateStreamBlock
from practices.choices import UpdateKind
from practices.fallback import in_reader_language, section_pages, with_reader_urls

from .mixins import IntroductionMixin, ListingImageMixin, ServedAddressMixin, SummaryMixin

UPDATES_PER_PAGE = 10


class UpdateIndexPage(ServedAddressMixin, IntroductionMixin, Page):
    """The list of updates, newest first."""

    content_panels = [*Page.content_panels, *IntroductionMixin.introduction_panels]
    parent_page_types = ["practices.HomePage"]
    subpage_types = ["practices.UpdatePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("update index")
        verbose_name_plural = _("update indexes")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        updates = in_reader_language(section_pages(UpdatePage, self).live().public())
        updates = updates.order_by("-date", "-pk")
        kind = request.GET.get("kind")
        if kind in UpdateKind.values:
            updates = updates.filter(kind=kind)
        context["kinds"] = UpdateKind.choices
        context["active_kind"] = kind if kind in UpdateKind.values else ""
        page_of_updates = Paginator(updates, UPDATES_PER_PAGE).get_page(request.GET.get("page"))
        page_of_updates.object_list = with_reader_urls(list(page_of_updates), request)
        context["updates"] = page_of_updates
        return context


class UpdatePage(ServedAddressMixin, ListingImageMixin, SummaryMixin, Page):
    """A news item, policy brief or statement."""

    date = models.DateField(default=datetime.date.today, verbose_name=_("date"))
    kind = models.CharField(
        max_length=20, choices=UpdateKind.choices, default=UpdateKind.NEWS, verbose_name=_("kind")
    )
    authors = models.CharField(
        max_length=250,
        blank=True,
        verbose_name=_("authors"),
        help_text=_("Names separated by commas."),
    )
    body = StreamField(UpdateStreamBlock(), verbose_name=_("body"))
    themes = ParentalManyToManyField(
        "practices.Theme", blank=True, related_name="+", verbose_name=_("themes")
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("date"),
        FieldPanel("kind"),
        FieldPanel("authors"),
        FieldPanel("summary"),
        *ListingImageMixin.image_panels,
        FieldPanel("body"),
        FieldPanel("themes", widget=CheckboxSelectMultiple),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary", boost=2),
        index.SearchField("body"),
        index.SearchField("joined_compounds"),
        index.FilterField("locale_id"),
        index.FilterField("date"),
    ]
    override_translatable_fields = [
        SynchronizedField("date"),
        SynchronizedField("kind"),
        SynchronizedField("themes"),
    ]

    parent_page_types = ["practices.UpdateIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("update")
        verbose_name_plural = _("updates")

    @property
    def author_list(self) -> list[str]:
        """The authors as a list of names."""
        return [name.strip() for name in self.authors.split(",") if name.strip()]
