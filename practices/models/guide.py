"""Best-practice guides and the index that lists them with facets."""

from django.db import models
from django.forms import CheckboxSelectMultiple
from django.template.response import TemplateResponse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from network_site.core.widgets import AlphabeticalCheckboxes
from practices.blocks import DocumentDownloadBlock, GuideStreamBlock
from practices.choices import EvidenceLevel

from .features import page_feature
from .mixins import (
    IntroductionMixin,
    ListingImageMixin,
    ServedAddressMixin,
    SummaryMixin,
    reading_minutes,
)


class GuideIndexPage(ServedAddressMixin, RoutablePageMixin, IntroductionMixin, Page):
    """The list of all guides, filtered by theme, target group, country and evidence."""

    content_panels = [*Page.content_panels, *IntroductionMixin.introduction_panels]
    parent_page_types = ["practices.HomePage"]
    subpage_types = ["practices.GuidePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("guide index")
        verbose_name_plural = _("guide indexes")

    @path("", name="listing")
    def listing(self, request):
        """The faceted list of guides (a fragment of it for htmx requests)."""
        return page_feature("guide_listing")(self, request)

    @path("evidence-levels/", name="evidence_levels")
    def evidence_levels(self, request):
        """The public explanation of the evidence scale."""
        return TemplateResponse(
            request,
            "practices/evidence_levels.html",
            {"page": self, "levels": EvidenceLevel.explained()},
        )


class GuidePage(ServedAddressMixin, ListingImageMixin, SummaryMixin, Page):
    """How an agency solved a problem, written so that others can do the same."""

    body = StreamField(GuideStreamBlock(), verbose_name=_("body"))
    themes = ParentalManyToManyField("practices.Theme", blank=True, verbose_name=_("themes"))
    target_groups = ParentalManyToManyField(
        "practices.TargetGroup", blank=True, verbose_name=_("target groups")
    )
    countries = ParentalManyToManyField(
        "practices.Country",
        blank=True,
        related_name="guides",
        verbose_name=_("countries where it is practised"),
    )
    organisation_name = models.CharField(max_length=160, verbose_name=_("organisation"))
    organisation_country = models.ForeignKey(
        "practices.Country",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("organisation's country"),
    )
    organisation_website = models.URLField(blank=True, verbose_name=_("organisation's website"))
    evidence_level = models.CharField(
        max_length=20,
        choices=EvidenceLevel.choices,
        default=EvidenceLevel.EMERGING,
        verbose_name=_("evidence level"),
    )
    year_started = models.PositiveSmallIntegerField(
        null=True, blank=True, verbose_name=_("year started")
    )
    last_reviewed = models.DateField(null=True, blank=True, verbose_name=_("last reviewed"))
    contact_name = models.CharField(max_length=120, blank=True, verbose_name=_("contact person"))
    contact_email = models.EmailField(blank=True, verbose_name=_("contact e-mail"))
    related_guides = ParentalManyToManyField(
        "practices.GuidePage", blank=True, symmetrical=False, verbose_name=_("related guides")
    )
    downloads = StreamField(
        [("document", DocumentDownloadBlock())], blank=True, verbose_name=_("downloads")
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        *ListingImageMixin.image_panels,
        FieldPanel("body"),
        FieldPanel("downloads"),
    ]
    metadata_panels = [
        MultiFieldPanel(
            [
                FieldPanel("themes", widget=CheckboxSelectMultiple),
                FieldPanel("target_groups", widget=CheckboxSelectMultiple),
                FieldPanel("countries", widget=AlphabeticalCheckboxes),
                FieldPanel("evidence_level"),
            ],
            heading=_("Classification"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("organisation_name"),
                FieldRowPanel(
                    [FieldPanel("organisation_country"), FieldPanel("organisation_website")]
                ),
                FieldRowPanel([FieldPanel("year_started"), FieldPanel("last_reviewed")]),
                FieldRowPanel([FieldPanel("contact_name"), FieldPanel("contact_email")]),
            ],
            heading=_("Organisation and contact"),
        ),
        FieldPanel("related_guides"),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Content")),
            ObjectList(metadata_panels, heading=_("Classification")),
            ObjectList(Page.promote_panels, heading=_("Promote")),
            ObjectList(Page.settings_panels, heading=_("Settings")),
        ]
    )

    search_fields = [
        *Page.search_fields,
        index.SearchField("summary", boost=2),
        index.SearchField("body"),
        index.SearchField("organisation_name"),
        index.SearchField("joined_compounds"),
        index.FilterField("locale_id"),
        index.FilterField("evidence_level"),
    ]
    # Classification and dates are the same in every language; wagtail-localize copies
    # them to each translation whenever it is synced (M2M fields only when listed here).
    override_translatable_fields = [
        SynchronizedField("themes"),
        SynchronizedField("target_groups"),
        SynchronizedField("countries"),
        SynchronizedField("related_guides"),
        SynchronizedField("evidence_level"),
        SynchronizedField("year_started"),
        SynchronizedField("last_reviewed"),
        SynchronizedField("organisation_country"),
    ]

    parent_page_types = ["practices.GuideIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("guide")
        verbose_name_plural = _("guides")

    @cached_property
    def reading_time(self) -> int:
        """Estimated minutes to read the guide."""
        return reading_minutes(self.body)
