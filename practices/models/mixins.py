"""Behaviour shared by the public page types."""

import re

from django.db import models
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.images import get_image_model_string
from wagtail.search import index

WORDS_PER_MINUTE = 200


class ListingImageMixin(models.Model):
    """An optional image that represents the page in cards and link previews."""

    hero_image = models.ForeignKey(
        get_image_model_string(),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("image"),
        help_text=_("Shown at the top of the page and when the page is shared."),
    )

    image_panels = [FieldPanel("hero_image")]

    class Meta:
        abstract = True


class IntroductionMixin(models.Model):
    """A short introduction shown under the title of an index page."""

    introduction = models.TextField(blank=True, max_length=600, verbose_name=_("introduction"))

    introduction_panels = [FieldPanel("introduction")]

    class Meta:
        abstract = True


class SummaryMixin(models.Model):
    """A plain-text summary used for cards, search results and the meta description."""

    summary = models.TextField(
        max_length=300,
        verbose_name=_("summary"),
        help_text=_("One or two sentences; shown in listings and search results."),
    )

    class Meta:
        abstract = True

    def get_meta_description(self) -> str:
        """The text search engines and link previews show for this page."""
        return self.search_description or self.summary

    def joined_compounds(self) -> str:
        """The hyphenated words of the page's searchable text, written joined
        ("re-housing" → "rehousing"): indexed beside the text, so that a search for
        either spelling finds the page (practices.search.query reads the other way)."""
        texts = []
        for field in self.get_search_fields():
            if isinstance(field, index.SearchField) and field.field_name != "joined_compounds":
                texts.append(str(field.get_value(self) or ""))
        words = {match.replace("-", "") for match in HYPHENATED_WORD.findall(" ".join(texts))}
        return " ".join(sorted(words))


HYPHENATED_WORD = re.compile(r"\b\w+(?:-\w+)+\b")


def _texts(value) -> list[str]:
    """Every string inside a StreamField's raw data (block values, lists, structs)."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [text for item in value.values() for text in _texts(item)]
    if isinstance(value, list | tuple):
        return [text for item in value for text in _texts(item)]
    return []


def reading_minutes(stream_value) -> int:
    """Minutes an average reader needs for a StreamField's text (at least one).

    Counts words in the stored data rather than rendering the blocks, so it costs
    next to nothing; block ids and type names add a word or two, which rounding hides.
    """
    raw = [block.get("value") for block in stream_value.raw_data]
    words = sum(len(strip_tags(text).split()) for text in _texts(raw))
    return max(1, round(words / WORDS_PER_MINUTE))


class ServedAddressMixin:
    """Lets the page being shown answer with the address it is served at.

    A page shown to a reader whose language lacks it is served under that reader's
    prefix (practices.fallback); ``served_url`` is set on that one instance while it
    is served, so its own links (``pageurl page``, ``routablepageurl page 'register'``,
    the listing's form) keep the reader in their language. Other instances of the
    page, such as the language switcher's versions, keep their own addresses.
    """

    served_url: str | None = None

    def get_url_parts(self, request=None):
        parts = super().get_url_parts(request)
        if self.served_url is None or parts is None or parts[2] is None:
            return parts
        return (parts[0], parts[1], self.served_url)

    def get_canonical_url(self, request=None) -> str:
        """The page's own address in its own language, for search engines: a page shown
        under another language's prefix is the same text as its original."""
        parts = super().get_url_parts(request)
        if parts is None or parts[2] is None:
            return ""
        return (parts[1] or "") + parts[2]
