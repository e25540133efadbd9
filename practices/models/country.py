"""Country profiles: national strategy, key figures, policy framework and practice there."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from network_site.core.widgets import AlphabeticalSelect
from practices.blocks import RICH_TEXT_FEATURES, LinkStreamBlock, StatisticsStreamBlock
from practices.fallback import in_reader_language, section_pages, with_reader_urls

from .features import page_feature
from .mixins import IntroductionMixin, ListingImageMixin, ServedAddressMixin, SummaryMixin


class CountryIndexPage(ServedAddressMixin, IntroductionMixin, Page):
    """The list of country profiles."""

    content_panels = [*Page.content_panels, *IntroductionMixin.introduction_panels]
    parent_page_types = ["practices.HomePage"]
    subpage_types = ["practices.CountryPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("country index")
        verbose_name_plural = _("country indexes")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        countries = in_reader_language(section_pages(CountryPage, self).live().public())
        ordered = sorted(countries.select_related("country"), key=lambda page: page.country.name)
        context["country_pages"] = with_reader_urls(ordered, request)
        return context


class CountryPage(ServedAddressMixin, ListingImageMixin, SummaryMixin, Page):
    """How one country responds to homelessness among mobile EU citizens."""

    country = models.ForeignKey(
        "practices.Country",
        on_delete=models.PROTECT,
        related_name="profiles",
        verbose_name=_("country"),
    )
    strategy_summary = RichTextField(
        features=RICH_TEXT_FEATURES, verbose_name=_("national strategy in brief")
    )
    key_figures = StreamField(StatisticsStreamBlock(), blank=True, verbose_name=_("key figures"))
    policy_framework = RichTextField(
        features=[*RICH_TEXT_FEATURES, "h2", "h3"],
        blank=True,
        verbose_name=_("policy framework"),
    )
    links = StreamField(LinkStreamBlock(), blank=True, verbose_name=_("further reading"))

    content_panels = [
        *Page.content_panels,
        FieldPanel("country", widget=AlphabeticalSelect),
        FieldPanel("summary"),
        *ListingImageMixin.image_panels,
        FieldPanel("strategy_summary"),
        FieldPanel("key_figures"),
        FieldPanel("policy_framework"),
        FieldPanel("links"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary", boost=2),
        index.SearchField("strategy_summary"),
        index.SearchField("policy_framework"),
        index.SearchField("joined_compounds"),
        index.FilterField("locale_id"),
    ]
    override_translatable_fields = [SynchronizedField("country")]

    parent_page_types = ["practices.CountryIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("country page")
        verbose_name_plural = _("country pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        guides = page_feature("country_guides")(self.country_id)
        context["guides"] = with_reader_urls(guides, request)
        return context
