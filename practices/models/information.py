"""Plain information pages: about the network, contact, privacy notice, accessibility."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from practices.blocks import InformationStreamBlock

from .mixins import ServedAddressMixin


class InformationPage(ServedAddressMixin, Page):
    """A page of plain text about the network or the site, such as the privacy notice."""

    intro = models.TextField(
        max_length=400,
        verbose_name=_("introduction"),
        help_text=_("One or two sentences, also used as the description in search results."),
    )
    body = StreamField(InformationStreamBlock(), blank=True, verbose_name=_("body"))

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [
        *Page.search_fields,
        index.SearchField("intro"),
        index.SearchField("body"),
    ]

    parent_page_types = ["practices.HomePage", "practices.InformationPage"]
    subpage_types = ["practices.InformationPage"]

    class Meta:
        verbose_name = _("information page")
        verbose_name_plural = _("information pages")

    def get_meta_description(self) -> str:
        """The text search engines and link previews show for this page."""
        return self.search_description or self.intro
