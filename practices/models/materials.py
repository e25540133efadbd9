"""The materials library: every document and link from events and guides in one place."""

from django.utils.translation import gettext_lazy as _

from wagtail.models import Page

from .features import page_feature
from .mixins import IntroductionMixin, ServedAddressMixin


class MaterialsLibraryPage(ServedAddressMixin, IntroductionMixin, Page):
    """Slides, reports, recordings and toolkits, filterable and searchable.

    Its content is gathered from published event and guide pages, so there is
    nothing to keep in step by hand.
    """

    content_panels = [*Page.content_panels, *IntroductionMixin.introduction_panels]
    template = "practices/events/materials_library_page.html"
    parent_page_types = ["practices.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("materials library")
        verbose_name_plural = _("materials libraries")

    def serve(self, request, *args, **kwargs):
        return page_feature("materials_library")(self, request)
