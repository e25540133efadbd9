"""Translatable snippets for the site frame: the main menu and the footer.

There is one of each per language. Lookups always filter by the active locale and
fall back to the default language, so a new language shows a working frame before
its translators have finished.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.models import Locale, Orderable, TranslatableMixin

from practices.choices import SiteView


class LinkFields(models.Model):
    """A link to a page of this site, to one of the site's own pages that are not edited in
    the CMS (such as the agency directory) or to another website, shared by menu and
    footer items."""

    link_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("page on this site"),
    )
    link_view = models.CharField(
        max_length=40,
        blank=True,
        choices=SiteView.choices,
        verbose_name=_("or a page of the site's own"),
        help_text=_("Pages the CMS does not edit; the link leads to the reader's language."),
    )
    link_url = models.URLField(blank=True, verbose_name=_("or an address on another website"))
    label = models.CharField(
        max_length=60,
        blank=True,
        verbose_name=_("link text"),
        help_text=_("Leave empty to use the page title. Required for other websites."),
    )

    panels = [
        FieldPanel("link_page"),
        FieldPanel("link_view"),
        FieldPanel("link_url"),
        FieldPanel("label"),
    ]

    class Meta:
        abstract = True

    def __str__(self) -> str:
        return self.text

    def clean(self):
        super().clean()
        if [bool(self.link_page_id), bool(self.link_view), bool(self.link_url)].count(True) != 1:
            raise ValidationError(
                _("Choose one: a page on this site, a page of the site's own or an address.")
            )
        if self.link_url and not self.label:
            raise ValidationError({"label": _("Links to other websites need a link text.")})

    @property
    def href(self) -> str:
        """Where the link goes, as a URL relative to this site when possible."""
        if self.link_page_id:
            return self.link_page.localized.url or ""
        if self.link_view:
            return reverse(self.link_view)
        return self.link_url

    @property
    def text(self) -> str:
        """The visible link text."""
        if self.label:
            return self.label
        if self.link_view:
            return str(SiteView(self.link_view).label)
        return self.link_page.localized.title if self.link_page_id else self.link_url


class LocalizedSnippetQuerySet(models.QuerySet):
    """Finds the one instance of a frame snippet for a language."""

    def for_language(self, language_code: str):
        """Return the snippet in that language, else in the default language, else None."""
        found = self.filter(locale__language_code=language_code).first()
        if found is None:
            found = self.filter(locale_id=Locale.get_default().pk).first()
        return found


class MainMenu(TranslatableMixin, ClusterableModel):
    """The main navigation shown in the header of every page, in one language."""

    name = models.CharField(
        max_length=60,
        default="Main menu",
        verbose_name=_("name"),
        help_text=_("Only shown to editors."),
    )

    objects = LocalizedSnippetQuerySet.as_manager()

    panels = [FieldPanel("name"), InlinePanel("items", label=_("Menu items"), max_num=8)]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("main menu")
        verbose_name_plural = _("main menus")

    def __str__(self) -> str:
        return self.name


class MainMenuItem(TranslatableMixin, Orderable, LinkFields):
    """One entry of the main menu."""

    menu = ParentalKey(MainMenu, on_delete=models.CASCADE, related_name="items")

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("menu item")
        verbose_name_plural = _("menu items")


class FooterContent(TranslatableMixin, ClusterableModel):
    """The footer of every page in one language: a sentence about the network and key links."""

    about = models.TextField(
        max_length=400,
        verbose_name=_("about the network"),
        help_text=_("One or two sentences shown at the foot of every page."),
    )
    contact_email = models.EmailField(blank=True, verbose_name=_("contact e-mail"))

    objects = LocalizedSnippetQuerySet.as_manager()

    panels = [
        FieldPanel("about"),
        FieldPanel("contact_email"),
        InlinePanel("links", label=_("Footer links"), max_num=10),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("footer")
        verbose_name_plural = _("footers")

    def __str__(self) -> str:
        return str(_("Footer (%(language)s)") % {"language": self.locale.language_code})


class FooterLink(TranslatableMixin, Orderable, LinkFields):
    """One link in the footer, such as the privacy notice or the accessibility statement."""

    footer = ParentalKey(FooterContent, on_delete=models.CASCADE, related_name="links")

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("footer link")
        verbose_name_plural = _("footer links")
