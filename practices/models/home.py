"""The home page: one per language, at the root of the site."""

from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from practices.blocks import HomeStreamBlock


class HomePage(Page):
    """The front door of the site in one language: a hero, an introduction and featured links."""

    body = StreamField(HomeStreamBlock(), blank=True, verbose_name=_("body"))

    content_panels = [*Page.content_panels, FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("body")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "practices.InformationPage",
        "practices.GuideIndexPage",
        "practices.CountryIndexPage",
        "practices.UpdateIndexPage",
    ]

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")
