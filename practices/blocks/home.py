"""StreamField blocks that only the home page uses: its latest content and its partners.

Like every block here they run no database queries when they render: what a
"latest content" block lists is read once for the whole page (``HomePage.get_context``)
and handed to the block in the page's context.
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.images.blocks import ImageChooserBlock

from practices.choices import LatestContentKind


class LatestContentBlock(blocks.StructBlock):
    """The newest guides, the next events or the latest updates, in the reader's language."""

    kind = blocks.ChoiceBlock(
        choices=LatestContentKind.choices,
        default=LatestContentKind.GUIDES,
        label=_("What to show"),
    )
    heading = blocks.CharBlock(
        required=False,
        default="",
        max_length=120,
        label=_("Heading"),
        help_text=_("Leave empty for the usual heading, such as “Latest guides”."),
    )

    class Meta:
        icon = "list-ul"
        label = _("Latest content")
        description = _("The three newest guides, the next three events or the latest updates.")
        template = "blocks/latest_content_block.html"
        preview_value = {"kind": LatestContentKind.GUIDES, "heading": ""}

    def get_context(self, value, parent_context=None):
        """The cards come from the page (``latest_content``); the heading from the editor."""
        context = super().get_context(value, parent_context=parent_context)
        listings = (parent_context or {}).get("latest_content") or {}
        context["listing"] = listings.get(value["kind"], "")
        context["heading"] = value["heading"] or LatestContentKind(value["kind"]).label
        return context


class PartnerBlock(blocks.StructBlock):
    """One organisation behind the network: its name, its part in the network, its website."""

    name = blocks.CharBlock(max_length=120, label=_("Name"))
    role = blocks.CharBlock(
        required=False,
        default="",
        max_length=160,
        label=_("Part in the network"),
        help_text=_("For example: funder, lead partner, technology partner."),
    )
    url = blocks.URLBlock(required=False, label=_("Website"))
    logo = ImageChooserBlock(
        required=False,
        label=_("Logo"),
        help_text=_("Shown beside the name, which stays the link text."),
    )

    class Meta:
        icon = "group"
        label = _("Partner")
        preview_value = {"name": "European Commission", "role": "Funder"}

    def clean(self, value):
        value = super().clean(value)
        if not value["name"].strip():
            raise StructBlockValidationError(
                block_errors={"name": ValidationError(_("The name cannot be blank."))}
            )
        return value


class PartnersBlock(blocks.StructBlock):
    """The band that names the network's partners and funders, with its funding statement."""

    heading = blocks.CharBlock(max_length=120, label=_("Heading"))
    statement = blocks.TextBlock(
        required=False,
        default="",
        max_length=400,
        label=_("Funding statement"),
        help_text=_("Who funds the network, as the funders ask it to be said."),
    )
    partners = blocks.ListBlock(PartnerBlock(), min_num=1, max_num=12, label=_("Partners"))

    class Meta:
        icon = "group"
        label = _("Partners and funders")
        description = _("A band that names the partners and funders, with links to them.")
        template = "blocks/partners_block.html"
        preview_value = {
            "heading": "Partners and funding",
            "statement": "The network began as a project funded by the European Commission.",
            "partners": [{"name": "European Commission", "role": "Funder"}],
        }

    def clean(self, value):
        value = super().clean(value)
        if not value["heading"].strip():
            raise StructBlockValidationError(
                block_errors={"heading": ValidationError(_("The heading cannot be blank."))}
            )
        return value
