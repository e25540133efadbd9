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
from django.utils import translation
from django.utils.cache import add_never_cache_headers
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from network_site.core.ratelimit import allow, refund
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
from practices.selectors import privacy_notice_url

RATE_PERIOD_SECONDS = 3600
RATE_SCOPE = "event-registration"


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
        request.POST if request.method == "POST" else None,
        retention_days=retention_days,
        privacy_url=privacy_notice_url(),
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
    """Register and redirect; or the status to answer with, the form carrying the errors.

    The hourly limit of an address counts accepted registrations only: someone correcting
    a mistake, or colleagues behind one office address, are not locked out by refusals.
    Each attempt is counted first and given back when refused, so parallel attempts
    cannot pass the limit together.
    """
    limit = settings.EVENT_REGISTRATIONS_PER_HOUR
    if not allow(request, RATE_SCOPE, limit=limit, period_seconds=RATE_PERIOD_SECONDS):
        refund(request, RATE_SCOPE, period_seconds=RATE_PERIOD_SECONDS)
        form.add_error(None, _("Too many registrations from your connection. Please try later."))
        return 429
    outcome = _register(request, event, form)
    if not isinstance(outcome, HttpResponse):
        refund(request, RATE_SCOPE, period_seconds=RATE_PERIOD_SECONDS)
    return outcome


def _register(request: HttpRequest, event: EventPage, form: RegistrationForm) -> HttpResponse | int:
    """Register and redirect; or the status of the refusal, the form carrying the errors."""
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


def _can_cancel(registration, event) -> bool:
    return registration.status != RegistrationStatus.CANCELLED and not event.has_ended()


@never_cache
@require_http_methods(["GET"])
def registration_page(request: HttpRequest, token: str) -> HttpResponse:
    """A registrant's own page: where they stand, how to join, and the way to cancel."""
    registration = registration_from_token(token)
    if registration is None:
        return _invalid_link(request)
    event = event_in_language(registration.event, get_language())
    context = {
        "page": event,
        "self": event,
        "registration": registration,
        "token": token,
        "show_joining_details": registration.status == RegistrationStatus.CONFIRMED
        and event.is_online,
        "can_cancel": _can_cancel(registration, event),
    }
    return _no_store(TemplateResponse(request, "practices/events/event_registration.html", context))


@never_cache
@require_http_methods(["GET", "POST"])
def registration_cancel_page(request: HttpRequest, token: str) -> HttpResponse:
    """Cancelling, in two steps: the question (GET), then the cancellation (POST).

    A place freed this way goes to the first person on the waiting list, who is told by
    e-mail; one click on the registrant's page, or a mail scanner, never cancels.
    """
    registration = registration_from_token(token)
    if registration is None:
        return _invalid_link(request)
    own_page = reverse("event_registration", kwargs={"token": token})
    if request.method == "POST":
        try:
            registration_cancel(registration=registration)
        except AlreadyCancelled:
            messages.info(request, _("This registration was already cancelled."))
        except CancellationClosed:
            messages.info(request, _("The event has ended: registrations can no longer change."))
        else:
            messages.success(request, _("Your registration is cancelled."))
        return redirect(own_page)
    event = event_in_language(registration.event, get_language())
    if not _can_cancel(registration, event):
        return redirect(own_page)
    question = (
        _("Cancel your registration?")
        if registration.status == RegistrationStatus.CONFIRMED
        else _("Leave the waiting list?")
    )
    context = {
        "page": event,
        "self": event,
        "registration": registration,
        "token": token,
        "question": question,
    }
    return _no_store(
        TemplateResponse(request, "practices/events/event_registration_cancel.html", context)
    )


@never_cache
def registration_calendar(request: HttpRequest, token: str) -> HttpResponse:
    """A confirmed registrant's calendar file, with the online joining details.

    The file is the registrant's: in the language they registered in, with the address
    of the event in that language, from whichever language's link it is fetched.
    """
    registration = registration_from_token(token)
    if registration is None or registration.status != RegistrationStatus.CONFIRMED:
        raise Http404
    with translation.override(registration.language):
        event = event_in_language(registration.event, registration.language)
        calendar = build_calendar(
            [event], request, language_code=registration.language, joining_details=True
        )
    return _no_store(calendar_response(calendar, event.slug))
