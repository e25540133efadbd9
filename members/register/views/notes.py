"""Writing a case note, changing it within 24 hours, correcting it later.

Its author may change a note for 24 hours after writing it (``services.note_can_change``);
after that, or for anyone else, the same page offers a correction: a new note that
supersedes the old one, both kept. A change sent too late is refused and the text
offered as a correction instead, never saved as one without being asked. Opening a
note's form shows its text, so it is an audited read of that note.
"""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.generic import TemplateView

from members.register import services
from members.register.case_file import correction_of, identity_for, note_of
from members.register.forms.note import CHANGE, CORRECT, WRITE, NoteChangeForm, NoteForm
from members.register.models import CaseNote
from members.register.selectors import open_note
from members.register.views.access import PersonMixin
from members.register.views.person import OUT_OF_REACH, audited_page, person_page
from members.register.vocabulary import SharePart


class NoteFormMixin(PersonMixin):
    """The note form page of the person, for writing, changing or correcting a note."""

    template_name = "register/note_form.html"
    part = SharePart.NOTES

    def get_context_data(self, **kwargs):
        return super().get_context_data(person=self.person, **kwargs)

    def show(self, form, intent: str, **context):
        return self.render_to_response(self.get_context_data(form=form, intent=intent, **context))


class NoteWriteView(NoteFormMixin, TemplateView):
    """A new case note about the person, dated today unless said otherwise."""

    def get(self, request, *args, **kwargs):
        return self.show(NoteForm(), WRITE)

    def post(self, request, *args, **kwargs):
        form = NoteForm(request.POST)
        if form.is_valid():
            try:
                services.note_write(
                    user=request.user,
                    person=self.person,
                    body=form.cleaned_data["body"],
                    written_on=form.cleaned_data["written_on"],
                )
            except OUT_OF_REACH:
                raise Http404 from None
            except ValidationError as error:
                form.add_error(None, error)
            else:
                messages.success(request, _("The note was added."))
                return person_page(self.person, "notes")
        return self.show(form, WRITE)


class NoteChangeView(NoteFormMixin, TemplateView):
    """Changing a note (its author, within 24 hours) or writing a correction of it."""

    def find_note(self) -> CaseNote:
        try:
            return note_of(self.request.user, self.person, self.kwargs["note_id"])
        except CaseNote.DoesNotExist:
            raise Http404 from None

    def show(self, form, intent: str, **context):
        return super().show(form, intent, note=self.note, **context)

    def already_corrected(self, correction: CaseNote):
        return self.render_to_response(self.get_context_data(note=self.note, correction=correction))

    def get(self, request, *args, **kwargs):
        self.note = note = self.find_note()
        if correction := correction_of(note):
            return self.already_corrected(correction)

        def read():
            initial = {"body": open_note(note)}
            if services.note_can_change(note, request.user):
                form, intent = NoteChangeForm(initial=initial), CHANGE
            else:
                form, intent = NoteForm(initial=initial, intent=CORRECT), CORRECT
            return {
                "form": form,
                "intent": intent,
                "note": note,
                "identity": identity_for(request.user, self.person),
            }

        return audited_page(self, read=read, detail=f"note {note.pk}")

    def post(self, request, *args, **kwargs):
        self.note = note = self.find_note()
        if correction := correction_of(note):
            return self.already_corrected(correction)
        if request.POST.get("intent") == CORRECT:
            return self.correct(NoteForm(request.POST, intent=CORRECT))
        return self.change(NoteChangeForm(request.POST))

    def change(self, form: NoteChangeForm):
        if not form.is_valid():
            return self.show(form, CHANGE)
        try:
            services.note_change(
                user=self.request.user, note=self.note, body=form.cleaned_data["body"]
            )
        except OUT_OF_REACH:
            raise Http404 from None
        except ValidationError as error:
            # Too late, or not the author: the text is offered as a correction instead.
            correction = NoteForm(
                {
                    "intent": CORRECT,
                    "body": form.cleaned_data["body"],
                    "written_on": timezone.localdate().isoformat(),
                },
                intent=CORRECT,
            )
            correction.add_error(None, error)
            return self.show(correction, CORRECT)
        messages.success(self.request, _("The note was changed."))
        return person_page(self.person, "notes")

    def correct(self, form: NoteForm):
        if form.is_valid():
            try:
                services.note_write(
                    user=self.request.user,
                    person=self.person,
                    body=form.cleaned_data["body"],
                    written_on=form.cleaned_data["written_on"],
                    supersedes=self.note,
                )
            except OUT_OF_REACH:
                raise Http404 from None
            except ValidationError as error:
                form.add_error(None, error)
            else:
                messages.success(
                    self.request,
                    _("The correction was added. The original note stays, marked as corrected."),
                )
                return person_page(self.person, "notes")
        return self.show(form, CORRECT)
