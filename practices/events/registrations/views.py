"""Views of registration: the form under an event, and a registrant's private page.

Neither is ever cached: the form carries a CSRF token and the live number of
places, and the private page shows personal data.
"""

from django.conf import settings
from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.cache import add_never_cache_headers
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from network_site.core.ratelimit import allow
from practices.choices import RegistrationMode, RegistrationStatus
from practices.events.calendar import build_calendar, calendar_response
from practices.events.registrations.forms import RegistrationForm
from practices.events.registrations.services import (
    AlreadyCancelled,
    CancellationClosed,
    RegistrantDetails,
    RegistrationRefused,
    registration_cancel,
    registration_create,
    registration_email_resend,
)
from practices.events.registrations.tokens import registration_from_token, registration_token
from practices.events.selectors import event_in_language, free_places
from practices.models import EventPage

RATE_PERIOD_SECONDS = 3600


def _no_store(response: HttpResponse) -> HttpResponse:
    add_never_cache_headers(response)
    response["Cache-Control"] += ", no-store"
    return response


def _details(form: RegistrationForm) -> RegistrantDetails:
    data = form.cleaned_data
    return RegistrantDetails(
        name=data["name"],
        email=data["email"],
        organisation=data["organisation"],
        country_id=data["country"] or None,
        accessibility_needs=data["accessibility_needs"],
        dietary_needs=data["dietary_needs"],
    )


def registration_form(request: HttpRequest, event: EventPage) -> HttpResponse:
    """Show the form (GET) or register the person (POST)."""
    if request.method not in ("GET", "POST"):
        return HttpResponse(status=405, headers={"Allow": "GET, POST"})
    if event.registration_mode == RegistrationMode.EXTERNAL and event.registration_url:
        return redirect(event.registration_url)
    retention_days = settings.EVENT_REGISTRATION_RETENTION_DAYS
    form = RegistrationForm(
        request.POST if request.method == "POST" else None, retention_days=retention_days
    )
    status = 200
    if request.method == "POST" and event.registration_open():
        outcome = _handle_registration(request, event, form)
        if isinstance(outcome, HttpResponse):
            return outcome
        status = outcome
    context = {
        "page": event,
        "self": event,
        "form": form,
        "open": event.registration_open(),
        "free_places": free_places(event),
    }
    response = TemplateResponse(
        request, "practices/events/event_registration_form.html", context, status=status
    )
    return _no_store(response)


def _handle_registration(
    request: HttpRequest, event: EventPage, form: RegistrationForm
) -> HttpResponse | int:
    """Register and redirect; or the status to answer with, the form carrying the errors."""
    limit = settings.EVENT_REGISTRATIONS_PER_HOUR
    if not allow(request, "event-registration", limit=limit, period_seconds=RATE_PERIOD_SECONDS):
        form.add_error(None, _("Too many registrations from your connection. Please try later."))
        return 429
    if not form.is_valid():
        return 400
    if form.is_spam:
        form.add_error(None, _("Your registration could not be accepted. Please try again."))
        return 400
    try:
        registration = registration_create(
            event=event, details=_details(form), language=get_language()
        )
    except RegistrationRefused as refusal:
        if refusal.reason == RegistrationRefused.DUPLICATE:
            if registration_email_resend(event=event, email=form.cleaned_data["email"]):
                explanation = _(
                    "This address is already registered for the event. We have sent the "
                    "confirmation to it again; it has a link to change or cancel."
                )
            else:
                explanation = _(
                    "This address is already registered for the event, and its "
                    "confirmation was sent to it again a short while ago: look for it "
                    "there. It has a link to change or cancel."
                )
            form.add_error("email", explanation)
        else:
            form.add_error(None, _("Registration for this event has closed."))
        return 409
    if registration.status == RegistrationStatus.CONFIRMED:
        messages.success(request, _("Thank you: your place is confirmed."))
    else:
        messages.info(request, _("The event is full: you are on the waiting list."))
    return redirect(
        reverse("event_registration", kwargs={"token": registration_token(registration)})
    )


def _invalid_link(request: HttpRequest) -> HttpResponse:
    response = TemplateResponse(
        request, "practices/events/event_registration_invalid.html", status=404
    )
    return _no_store(response)


@never_cache
@require_http_methods(["GET", "POST"])
def registration_page(request: HttpRequest, token: str) -> HttpResponse:
    """A registrant's own page: where they stand, how to join, and cancelling (POST)."""
    registration = registration_from_token(token)
    if registration is None:
        return _invalid_link(request)
    event = event_in_language(registration.event, get_language())
    if request.method == "POST":
        try:
            registration_cancel(
                registration=registration
            )  # anyone promoted from the waiting list is told by e-mail
        except AlreadyCancelled:
            messages.info(request, _("This registration was already cancelled."))
        except CancellationClosed:
            messages.info(request, _("The event has ended: registrations can no longer change."))
        else:
            messages.success(request, _("Your registration is cancelled."))
        return redirect(request.path)
    context = {
        "page": event,
        "self": event,
        "registration": registration,
        "token": token,
        "show_joining_details": registration.status == RegistrationStatus.CONFIRMED
        and event.is_online,
        "can_cancel": registration.status != RegistrationStatus.CANCELLED and not event.has_ended(),
    }
    return _no_store(TemplateResponse(request, "practices/events/event_registration.html", context))


@never_cache
def registration_calendar(request: HttpRequest, token: str) -> HttpResponse:
    """A confirmed registrant's calendar file, with the online joining details."""
    registration = registration_from_token(token)
    if registration is None or registration.status != RegistrationStatus.CONFIRMED:
        raise Http404
    calendar = build_calendar([registration.event], request, joining_details=True)
    return _no_store(calendar_response(calendar, registration.event.slug))
