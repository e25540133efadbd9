"""Shared vocabularies of the knowledge base: themes, target groups and countries."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from network_site.core.countries import country_name
from network_site.core.spoken_languages import spoken_language_name


class TaxonomyQuerySet(models.QuerySet):
    """Finds terms in the reader's language."""

    def in_language(self, language_code: str) -> dict[str, "TaxonomyTerm"]:
        """Every term, by slug, in ``language_code`` where translated, else in the default one."""
        terms: dict[str, TaxonomyTerm] = {}
        languages = {language_code, settings.LANGUAGE_CODE}
        for term in self.filter(locale__language_code__in=languages).select_related("locale"):
            if term.slug not in terms or term.locale.language_code == language_code:
                terms[term.slug] = term
        return terms


class TaxonomyTerm(TranslatableMixin, index.Indexed, models.Model):
    """A term readers filter by; the slug is the same in every language."""

    name = models.CharField(max_length=80, verbose_name=_("name"))
    slug = models.SlugField(
        max_length=80,
        verbose_name=_("slug"),
        help_text=_("Used in addresses and filters; the same in every language."),
    )
    description = models.TextField(blank=True, max_length=400, verbose_name=_("description"))

    objects = TaxonomyQuerySet.as_manager()

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description")]
    translatable_fields = [
        TranslatableField("name"),
        SynchronizedField("slug"),
        TranslatableField("description"),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta(TranslatableMixin.Meta):
        abstract = True
        ordering = ["name"]
        unique_together = [("translation_key", "locale"), ("slug", "locale")]

    def __str__(self) -> str:
        return self.name


class Theme(TaxonomyTerm):
    """A subject a guide deals with, such as housing first or access to health care."""

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("theme")
        verbose_name_plural = _("themes")


class TargetGroup(TaxonomyTerm):
    """A group of people a practice serves, such as families or young people."""

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("target group")
        verbose_name_plural = _("target groups")


class Country(models.Model):
    """A country the network works in; its name is shown in the reader's language."""

    code = models.CharField(max_length=2, primary_key=True, verbose_name=_("ISO code"))

    class Meta:
        ordering = ["code"]
        verbose_name = _("country")
        verbose_name_plural = _("countries")

    def __str__(self) -> str:
        return self.name

    @property
    def name(self) -> str:
        """The country's name in the active language."""
        return country_name(self.code)


class SpokenLanguage(models.Model):
    """A language spoken at events or written in materials, named in the reader's language."""

    code = models.CharField(max_length=3, primary_key=True, verbose_name=_("language code"))

    class Meta:
        ordering = ["code"]
        verbose_name = _("language")
        verbose_name_plural = _("languages")

    def __str__(self) -> str:
        return self.name

    @property
    def name(self) -> str:
        """The language's name in the active language."""
        return spoken_language_name(self.code)
