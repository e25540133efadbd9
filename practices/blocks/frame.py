"""StreamField blocks of the site frame: home page, information pages, links.

Each block validates its own input in ``clean()`` and runs no database queries
when it renders; pages use the named ``StreamBlock`` classes at the end.
"""

from django.core.exceptions import ValidationError
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError

from .home import LatestContentBlock, PartnersBlock

RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul"]
EMPTY_TEXT = _("Write the text or remove this block.")


def is_blank_rich_text(value) -> bool:
    """True for rich text with no words in it, such as an empty paragraph or a lone space."""
    source = getattr(value, "source", value) or ""
    return not strip_tags(source).replace("&nbsp;", " ").replace("\xa0", " ").strip()


def require_rich_text(value, name: str) -> None:
    """Refuse a struct value whose rich text field ``name`` holds no words."""
    if is_blank_rich_text(value.get(name)):
        raise StructBlockValidationError(block_errors={name: ValidationError(EMPTY_TEXT)})


class LinkBlock(blocks.StructBlock):
    """A link to a page of this site or to another website, with an optional label."""

    page = blocks.PageChooserBlock(required=False, label=_("Page on this site"))
    url = blocks.URLBlock(required=False, label=_("Or an address on another website"))
    label = blocks.CharBlock(
        required=False,
        default="",
        max_length=80,
        label=_("Link text"),
        help_text=_("Leave empty to use the page title. Required for other websites."),
    )

    class Meta:
        icon = "link"
        label = _("Link")
        description = _("A link to a page of this site or to another website.")
        template = "blocks/link_block.html"
        preview_value = {"url": "https://europa.eu/", "label": "European Union"}

    def clean(self, value):
        value = super().clean(value)
        errors = {}
        if bool(value.get("page")) == bool(value.get("url")):
            message = _("Choose a page on this site or enter an address, not both.")
            errors["page"] = ValidationError(message)
        if value.get("url") and not value.get("label"):
            errors["label"] = ValidationError(_("Links to other websites need a link text."))
        if errors:
            raise StructBlockValidationError(block_errors=errors)
        return value


class HeroBlock(blocks.StructBlock):
    """The opening banner of the home page: a headline, a sentence and one call to action."""

    heading = blocks.CharBlock(max_length=120, label=_("Headline"))
    text = blocks.TextBlock(max_length=400, label=_("Text"))
    action = LinkBlock(required=False, label=_("Call to action"))

    class Meta:
        icon = "pick"
        label = _("Hero")
        description = _("A headline with a short text and one button, at the top of a page.")
        template = "blocks/hero_block.html"
        preview_value = {
            "heading": "Support that follows people across borders",
            "text": "Agencies in many member states share what works.",
        }

    def clean(self, value):
        value = super().clean(value)
        if not value["heading"].strip():
            raise StructBlockValidationError(
                block_errors={"heading": ValidationError(_("The headline cannot be blank."))}
            )
        return value


class IntroBlock(blocks.StructBlock):
    """A short introduction in rich text, set in a larger type."""

    text = blocks.RichTextBlock(features=RICH_TEXT_FEATURES, label=_("Text"))

    class Meta:
        icon = "doc-full"
        label = _("Introduction")
        description = _("One or two paragraphs that introduce the page.")
        template = "blocks/intro_block.html"
        preview_value = {"text": "<p>The network links homeless services across Europe.</p>"}

    def clean(self, value):
        value = super().clean(value)
        require_rich_text(value, "text")
        return value


class FeaturedLinkBlock(LinkBlock):
    """A link shown as a card, with a short description."""

    description = blocks.TextBlock(
        required=False, default="", max_length=240, label=_("Description")
    )

    class Meta:
        icon = "link"
        label = _("Featured link")
        description = _("A card that leads to a page, with a short description.")
        template = "blocks/featured_link_block.html"
        preview_value = {
            "url": "https://europa.eu/",
            "label": "European Union",
            "description": "The institutions of the Union.",
        }


class FeaturedLinksBlock(blocks.StructBlock):
    """A titled group of link cards."""

    heading = blocks.CharBlock(max_length=120, label=_("Heading"))
    links = blocks.ListBlock(FeaturedLinkBlock(), min_num=1, max_num=6, label=_("Links"))

    class Meta:
        icon = "list-ul"
        label = _("Featured links")
        description = _("Up to six cards that lead readers to important pages.")
        template = "blocks/featured_links_block.html"
        preview_value = {
            "heading": "Start here",
            "links": [{"url": "https://europa.eu/", "label": "European Union"}],
        }


class HeadingBlock(blocks.StructBlock):
    """A section heading; the level keeps the page outline in order."""

    text = blocks.CharBlock(max_length=120, label=_("Text"))
    level = blocks.ChoiceBlock(
        choices=[("h2", _("Section")), ("h3", _("Subsection"))],
        default="h2",
        label=_("Level"),
    )

    class Meta:
        icon = "title"
        label = _("Heading")
        description = _("A heading that starts a section of the page.")
        template = "blocks/heading_block.html"
        preview_value = {"text": "How the network works", "level": "h2"}


class ParagraphBlock(blocks.RichTextBlock):
    """Running text with links and lists."""

    def __init__(self, **kwargs):
        super().__init__(features=RICH_TEXT_FEATURES, **kwargs)

    class Meta:
        icon = "pilcrow"
        label = _("Paragraph")
        description = _("Running text with links and lists.")
        template = "blocks/paragraph_block.html"
        preview_value = "<p>Agencies share what works with each other.</p>"

    def clean(self, value):
        value = super().clean(value)
        if is_blank_rich_text(value):
            raise ValidationError(EMPTY_TEXT)
        return value


class HomeStreamBlock(blocks.StreamBlock):
    """The body of the home page."""

    hero = HeroBlock()
    intro = IntroBlock()
    featured_links = FeaturedLinksBlock()
    latest = LatestContentBlock()
    partners = PartnersBlock()

    class Meta:
        block_counts = {"hero": {"max_num": 1}, "partners": {"max_num": 1}}


class InformationStreamBlock(blocks.StreamBlock):
    """The body of a plain information page such as the privacy notice."""

    heading = HeadingBlock()
    paragraph = ParagraphBlock()


class LinkStreamBlock(blocks.StreamBlock):
    """A list of links, such as the further reading of a country page."""

    link = LinkBlock()
