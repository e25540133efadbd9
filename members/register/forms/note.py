"""The forms of a case note: writing one (or a correction of an older one), changing one.

Notes are Markdown, shown through the site's sanitiser (``render_user_text``). Which
form a page posts is said by ``intent``, so that a change posted after its 24 hours
is refused, never quietly turned into something else.
"""

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

BODY_MAX = 20000
WRITE, CHANGE, CORRECT = "write", "change", "correct"

MARKDOWN_HELP = _(
    "You can use Markdown: *italics*, **bold**, lists starting with a dash, "
    "links as [text](https://…). Images and HTML are not shown."
)


class NoteChangeForm(forms.Form):
    """The new text of a note, by its author within 24 hours of writing it."""

    intent = forms.CharField(widget=forms.HiddenInput, initial=CHANGE)
    body = forms.CharField(
        label=pgettext_lazy("a case note", "Note"),
        widget=forms.Textarea(attrs={"rows": 10}),
        max_length=BODY_MAX,
        help_text=MARKDOWN_HELP,
    )


class NoteForm(NoteChangeForm):
    """A new note, dated (today unless said otherwise); also the correction of an older one."""

    written_on = forms.DateField(
        label=_("Date of the note"),
        initial=timezone.localdate,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )
    field_order = ["intent", "written_on", "body"]

    def __init__(self, *args, intent: str = WRITE, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["intent"].initial = intent
        self.fields["written_on"].widget.attrs["max"] = timezone.localdate().isoformat()
