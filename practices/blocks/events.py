"""Blocks of event pages: the agenda, the speakers and the materials left afterwards."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock

from network_site.core.spoken_languages import spoken_language_choices
from practices.choices import MaterialKind

from .content import require_https


class AgendaDayBlock(blocks.StructBlock):
    """A heading that starts one day of a programme spread over several days."""

    date = blocks.DateBlock(label=_("Day"))
    title = blocks.CharBlock(required=False, default="", max_length=120, label=_("Title"))

    class Meta:
        icon = "date"
        label = _("Day")
        description = _("Starts the programme of one day.")
        template = "blocks/agenda_day_block.html"
        preview_value = {"date": "2027-03-11", "title": "Field visits"}


class AgendaSessionBlock(blocks.StructBlock):
    """One session of the programme, at a local time of the event."""

    starts = blocks.TimeBlock(label=_("Starts"))
    ends = blocks.TimeBlock(required=False, label=_("Ends"))
    title = blocks.CharBlock(max_length=160, label=_("Title"))
    speakers = blocks.CharBlock(required=False, default="", max_length=240, label=_("Speakers"))
    description = blocks.TextBlock(
        required=False, default="", max_length=600, label=_("Description")
    )

    class Meta:
        icon = "time"
        label = _("Session")
        description = _("A session with its time, title, speakers and a short description.")
        template = "blocks/agenda_session_block.html"
        preview_value = {"starts": "09:30", "ends": "10:15", "title": "Welcome and introductions"}

    def clean(self, value):
        value = super().clean(value)
        if value["ends"] and value["starts"] and value["ends"] <= value["starts"]:
            raise StructBlockValidationError(
                block_errors={"ends": ValidationError(_("A session must end after it starts."))}
            )
        return value


class AgendaStreamBlock(blocks.StreamBlock):
    """The programme of an event, session by session."""

    day = AgendaDayBlock()
    session = AgendaSessionBlock()


class SpeakerBlock(blocks.StructBlock):
    """A person who speaks at the event."""

    name = blocks.CharBlock(max_length=120, label=_("Name"))
    role = blocks.CharBlock(
        required=False,
        default="",
        max_length=200,
        label=_("Role and organisation"),
    )
    biography = blocks.TextBlock(
        required=False, default="", max_length=500, label=_("Short biography")
    )

    class Meta:
        icon = "user"
        label = _("Speaker")
        template = "blocks/speaker_block.html"
        preview_value = {"name": "Ana Pop", "role": "Outreach worker, Bucharest"}


class MaterialFieldsMixin(blocks.StructBlock):
    """What every material says about itself: its title, kind and language."""

    title = blocks.CharBlock(max_length=160, label=_("Title"))
    kind = blocks.ChoiceBlock(choices=MaterialKind.choices, label=_("Kind"))
    language = blocks.ChoiceBlock(choices=spoken_language_choices, label=_("Language"))


class MaterialDocumentBlock(MaterialFieldsMixin):
    """Slides, a report or a toolkit from an event, as a document on this site."""

    document = DocumentChooserBlock(label=_("Document"))

    class Meta:
        icon = "doc-full"
        label = _("Document")
        description = _("A document from the event, such as slides or a report.")
        template = "blocks/material_block.html"


class MaterialLinkBlock(MaterialFieldsMixin):
    """A material kept on another website, such as a recording."""

    url = blocks.URLBlock(label=_("Address"))

    class Meta:
        icon = "link-external"
        label = _("Link")
        description = _("A material on another website, such as a recording.")
        template = "blocks/material_block.html"

    def clean(self, value):
        value = super().clean(value)
        require_https(value, "url")
        return value


class MaterialsStreamBlock(blocks.StreamBlock):
    """What an event leaves behind: documents on this site and links elsewhere."""

    document = MaterialDocumentBlock()
    link = MaterialLinkBlock()


class SpeakersStreamBlock(blocks.StreamBlock):
    """The speakers of an event."""

    speaker = SpeakerBlock()
