"""Adding a movement to a person's history, and correcting one.

Movements are never changed: a correction is a new event that names the one it
corrects, and both stay in the timeline. The correction form starts from the event
it corrects, note included, so opening it is an audited read of that event.
"""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404
from django.utils.translation import gettext as _
from django.views.generic import TemplateView

from members.register import services
from members.register.case_file import correction_of, identity_for, movement_of
from members.register.forms.movement import MovementForm
from members.register.models import Movement
from members.register.selectors import open_movement_note
from members.register.views.access import PersonMixin
from members.register.views.person import OUT_OF_REACH, audited_page, person_page
from members.register.vocabulary import SharePart


class MovementFormMixin(PersonMixin):
    """The movement form page of the person, and what happens when it is sent."""

    template_name = "register/movement_form.html"
    part = SharePart.MOVEMENTS

    def get_context_data(self, **kwargs):
        return super().get_context_data(person=self.person, **kwargs)

    def record(self, form: MovementForm, *, supersedes: Movement | None = None):
        """The movement recorded and the person page, or the form again with the refusal."""
        try:
            services.movement_record(
                user=self.request.user,
                person=self.person,
                supersedes=supersedes,
                **form.movement(),
            )
        except OUT_OF_REACH:
            raise Http404 from None
        except ValidationError as error:
            form.add_error(None, error)
            return self.render_to_response(self.get_context_data(form=form))
        if supersedes is None:
            messages.success(self.request, _("The movement was added to the timeline."))
        else:
            messages.success(
                self.request,
                _(
                    "The correction was added. The original entry stays in the timeline, "
                    "marked as corrected."
                ),
            )
        return person_page(self.person, "timeline")


class MovementRecordView(MovementFormMixin, TemplateView):
    """A new event in the person's history of movements and support."""

    def get(self, request, *args, **kwargs):
        return self.render_to_response(self.get_context_data(form=MovementForm()))

    def post(self, request, *args, **kwargs):
        form = MovementForm(request.POST)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        return self.record(form)


class MovementCorrectView(MovementFormMixin, TemplateView):
    """The correction of one movement; a movement already corrected says where its correction is."""

    def get_context_data(self, **kwargs):
        return super().get_context_data(movement=self.movement, correcting=True, **kwargs)

    def dispatch(self, request, *args, **kwargs):
        self.movement = None
        return super().dispatch(request, *args, **kwargs)

    def find_movement(self) -> Movement:
        try:
            self.movement = movement_of(self.request.user, self.person, self.kwargs["movement_id"])
        except Movement.DoesNotExist:
            raise Http404 from None
        return self.movement

    def already_corrected(self, correction: Movement):
        return self.render_to_response(self.get_context_data(correction=correction))

    def get(self, request, *args, **kwargs):
        movement = self.find_movement()
        if correction := correction_of(movement):
            return self.already_corrected(correction)

        def read():
            initial = MovementForm.initial_from(movement, open_movement_note(movement))
            return {
                "form": MovementForm(initial=initial),
                "identity": identity_for(self.request.user, self.person),
            }

        return audited_page(self, read=read, detail=f"movement {movement.pk}")

    def post(self, request, *args, **kwargs):
        movement = self.find_movement()
        if correction := correction_of(movement):
            return self.already_corrected(correction)
        form = MovementForm(request.POST)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        return self.record(form, supersedes=movement)
