"""Content blocks of guides, country pages and updates.

Each block validates its input in ``clean()``, renders with its own template and
runs no database queries of its own (choosers are fetched in bulk by Wagtail).
"""

import datetime

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.contrib.typed_table_block.blocks import (
    TypedTableBlock,
    TypedTableBlockValidationError,
)
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock

from network_site.core.spoken_languages import spoken_language_choices
from practices.choices import MaterialKind

from .frame import RICH_TEXT_FEATURES, HeadingBlock, ParagraphBlock, require_rich_text


def _require_text(value, *names: str) -> None:
    """Refuse values whose named fields are only white space."""
    errors = {
        name: ValidationError(_("This cannot be blank."))
        for name in names
        if value.get(name) is not None and not str(value.get(name)).strip()
    }
    if errors:
        raise StructBlockValidationError(block_errors=errors)


def require_https(value, name: str) -> None:
    """Refuse an address in ``value[name]`` that is not a secure (https) one."""
    if value.get(name) and not value[name].startswith("https://"):
        raise StructBlockValidationError(
            block_errors={name: ValidationError(_("Use a secure (https) address."))}
        )


class KeyRecommendationsBlock(blocks.StructBlock):
    """The few things a reader should take away, as a short list."""

    heading = blocks.CharBlock(max_length=120, default=_("Key recommendations"), label=_("Heading"))
    items = blocks.ListBlock(
        blocks.TextBlock(max_length=300), min_num=1, max_num=8, label=_("Recommendations")
    )

    class Meta:
        icon = "tick"
        label = _("Key recommendations")
        description = _("Up to eight short recommendations, shown as a highlighted list.")
        template = "blocks/key_recommendations_block.html"
        preview_value = {
            "heading": "Key recommendations",
            "items": ["Agree the support worker with the family.", "Meet every week."],
        }

    def clean(self, value):
        value = super().clean(value)
        if any(not item.strip() for item in value["items"]):
            raise StructBlockValidationError(
                block_errors={"items": ValidationError(_("Remove empty recommendations."))}
            )
        return value


class FactBlock(blocks.StructBlock):
    """One label and value, such as 'Caseload: 8–10 families per worker'."""

    label = blocks.CharBlock(max_length=60, label=_("Label"))
    value = blocks.CharBlock(max_length=160, label=_("Value"))


class AtAGlanceBlock(blocks.StructBlock):
    """A box of key facts about a practice."""

    heading = blocks.CharBlock(max_length=120, default=_("At a glance"), label=_("Heading"))
    facts = blocks.ListBlock(FactBlock(), min_num=1, max_num=10, label=_("Facts"))

    class Meta:
        icon = "list-ul"
        label = _("At a glance")
        description = _("Key facts about the practice as label and value pairs.")
        template = "blocks/at_a_glance_block.html"
        preview_value = {
            "heading": "At a glance",
            "facts": [{"label": "Caseload", "value": "8–10 families per worker"}],
        }


class CalloutBlock(blocks.StructBlock):
    """A note or a warning set apart from the running text."""

    kind = blocks.ChoiceBlock(
        choices=[("note", _("Note")), ("warning", _("Warning"))], default="note", label=_("Kind")
    )
    text = blocks.RichTextBlock(features=RICH_TEXT_FEATURES, label=_("Text"))

    class Meta:
        icon = "warning"
        label = _("Callout")
        description = _("A note or warning that stands out from the text.")
        template = "blocks/callout_block.html"
        preview_value = {"kind": "note", "text": "<p>Ask the family before any change.</p>"}

    def clean(self, value):
        value = super().clean(value)
        require_rich_text(value, "text")
        return value


class QuoteBlock(blocks.StructBlock):
    """A quotation with the person or source it comes from."""

    text = blocks.TextBlock(max_length=600, label=_("Quotation"))
    attribution = blocks.CharBlock(max_length=160, label=_("Attribution"))

    class Meta:
        icon = "openquote"
        label = _("Quote")
        description = _("A quotation and who said it.")
        template = "blocks/quote_block.html"
        preview_value = {"text": "We stopped losing people.", "attribution": "A caseworker"}

    def clean(self, value):
        value = super().clean(value)
        _require_text(value, "text", "attribution")
        return value


class StatisticBlock(blocks.StructBlock):
    """A key figure with what it counts, where it comes from and when."""

    figure = blocks.CharBlock(max_length=20, label=_("Figure"), help_text=_("For example 8–10"))
    label = blocks.CharBlock(max_length=160, label=_("What it counts"))
    source = blocks.CharBlock(max_length=160, label=_("Source"))
    year = blocks.IntegerBlock(min_value=1950, label=_("Year"))

    class Meta:
        icon = "table"
        label = _("Statistic")
        description = _("A key figure with its source and year.")
        template = "blocks/statistic_block.html"
        preview_value = {
            "figure": "12",
            "label": "member states reporting more migrants among service users",
            "source": "FEANTSA",
            "year": 2012,
        }

    def clean(self, value):
        value = super().clean(value)
        _require_text(value, "figure", "label", "source")
        if value["year"] and value["year"] > datetime.date.today().year:
            raise StructBlockValidationError(
                block_errors={"year": ValidationError(_("The year cannot be in the future."))}
            )
        return value


class ImageWithCaptionBlock(blocks.StructBlock):
    """An image with the text that describes it to people who cannot see it."""

    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        max_length=250,
        label=_("Alternative text"),
        help_text=_("Describe what the image shows for people who cannot see it."),
    )
    caption = blocks.CharBlock(required=False, default="", max_length=250, label=_("Caption"))

    class Meta:
        icon = "image"
        label = _("Image")
        description = _("An image with required alternative text and an optional caption.")
        template = "blocks/image_block.html"

    def clean(self, value):
        value = super().clean(value)
        _require_text(value, "alt_text")
        return value


class DocumentDownloadBlock(blocks.StructBlock):
    """A document readers can download, such as a toolkit or an evaluation report."""

    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(
        required=False,
        default="",
        max_length=160,
        label=_("Title"),
        help_text=_("Leave empty to use the document's title."),
    )
    kind = blocks.ChoiceBlock(
        choices=MaterialKind.choices, default=MaterialKind.OTHER, label=_("Kind")
    )
    language = blocks.ChoiceBlock(
        choices=spoken_language_choices,
        required=False,
        label=_("Language of the document"),
        help_text=_("Lets readers of the materials library find documents in their language."),
    )

    class Meta:
        icon = "doc-full"
        label = _("Document download")
        description = _("A document to download, with its type and size.")
        template = "blocks/document_block.html"


class VideoLinkBlock(blocks.StructBlock):
    """A link to a video on another website, shown as a card: no player is embedded."""

    url = blocks.URLBlock(label=_("Address of the video"))
    title = blocks.CharBlock(max_length=160, label=_("Title"))
    description = blocks.TextBlock(
        required=False, default="", max_length=300, label=_("Description")
    )
    duration = blocks.CharBlock(required=False, default="", max_length=20, label=_("Duration"))

    class Meta:
        icon = "media"
        label = _("Video link")
        description = _("A card that links to a video; nothing is loaded from the other site.")
        template = "blocks/video_link_block.html"
        preview_value = {"url": "https://europa.eu/", "title": "A practice in five minutes"}

    def clean(self, value):
        value = super().clean(value)
        require_https(value, "url")
        return value


class TableBlock(TypedTableBlock):
    """A table of text and numbers with a caption."""

    text = blocks.CharBlock(label=_("Text"))
    number = blocks.DecimalBlock(label=_("Number"))

    class Meta:
        icon = "table"
        label = _("Table")
        description = _("A table with text and number columns.")
        template = "blocks/table_block.html"

    def clean(self, value):
        """Refuse a table without columns, without rows or with a column without a heading."""
        problems = []
        if not value.columns:
            problems.append(_("Add at least one column, or remove the table."))
        elif not value.row_data:
            problems.append(_("Add at least one row, or remove the table."))
        if any(not (column["heading"] or "").strip() for column in value.columns):
            problems.append(_("Give every column a heading: it tells readers what the cells hold."))
        if problems:
            raise TypedTableBlockValidationError(non_block_errors=problems)
        return super().clean(value)

    # wagtail-localize knows no typed tables: these two methods let translators
    # translate the caption, the column headings and the text cells (numbers stay).
    def get_translatable_segments(self, value):
        from wagtail_localize.segments import StringSegmentValue

        segments = []
        if value.caption:
            segments.append(StringSegmentValue("caption", value.caption))
        for index, column in enumerate(value.columns):
            if column["heading"]:
                segments.append(StringSegmentValue(f"heading.{index}", column["heading"]))
        for row_index, row in enumerate(value.row_data):
            for index, (column, cell) in enumerate(zip(value.columns, row["values"], strict=False)):
                if isinstance(column["block"], blocks.CharBlock) and cell:
                    segments.append(StringSegmentValue(f"cell.{row_index}.{index}", cell))
        return segments

    def restore_translated_segments(self, value, segments):
        for segment in segments:
            text = segment.render_text()
            kind, *position = segment.path.split(".")
            if kind == "caption":
                value.caption = text
            elif kind == "heading":
                value.columns[int(position[0])]["heading"] = text
            elif kind == "cell":
                value.row_data[int(position[0])]["values"][int(position[1])] = text
        return value


class GuideStreamBlock(blocks.StreamBlock):
    """The body of a best-practice guide."""

    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    key_recommendations = KeyRecommendationsBlock()
    at_a_glance = AtAGlanceBlock()
    callout = CalloutBlock()
    quote = QuoteBlock()
    statistic = StatisticBlock()
    image = ImageWithCaptionBlock()
    document = DocumentDownloadBlock()
    video_link = VideoLinkBlock()
    table = TableBlock()

    class Meta:
        block_counts = {"key_recommendations": {"max_num": 1}, "at_a_glance": {"max_num": 1}}


class StatisticsStreamBlock(blocks.StreamBlock):
    """Key figures of a country, each with its source and year."""

    statistic = StatisticBlock()


class UpdateStreamBlock(blocks.StreamBlock):
    """The body of a news item, policy brief or statement."""

    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    callout = CalloutBlock()
    quote = QuoteBlock()
    statistic = StatisticBlock()
    image = ImageWithCaptionBlock()
    document = DocumentDownloadBlock()
