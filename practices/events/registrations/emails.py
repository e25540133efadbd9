"""The e-mails a registrant receives, in their language, sent by the task worker."""

import logging

from django.conf import settings
from django.core.mail import EmailMessage
from django.tasks import task
from django.urls import reverse
from django.utils import translation

from network_site.core.mail import templated_email
from practices.choices import RegistrationStatus
from practices.events.calendar import build_calendar
from practices.events.registrations.tokens import registration_token
from practices.events.selectors import event_in_language
from practices.models import EventRegistration

logger = logging.getLogger(__name__)
EMAIL_KINDS = ("confirmed", "waitlisted", "promoted", "cancelled", "status")


def registration_page_url(registration: EventRegistration) -> str:
    """The absolute address of a registration's private page."""
    site_root = registration.event.get_site().root_url
    path = reverse("event_registration", kwargs={"token": registration_token(registration)})
    return f"{site_root}{path}"


def registration_email(registration: EventRegistration, kind: str) -> EmailMessage:
    """The message for a registration, in the registrant's language."""
    event = registration.event
    with translation.override(registration.language):
        event = event_in_language(event, registration.language)
        context = {
            "registration": registration,
            "event": event,
            "kind": kind,
            "manage_url": registration_page_url(registration),
            "event_url": event.get_full_url(),
            "retention_days": settings.EVENT_REGISTRATION_RETENTION_DAYS,
            "joining_details": registration.status == RegistrationStatus.CONFIRMED
            and event.is_online,
        }
        message = templated_email(
            "practices/events/email/registration",
            context,
            to=registration.email,
            language=registration.language,
        )
        if registration.status == RegistrationStatus.CONFIRMED:
            calendar = build_calendar([event], joining_details=True)
            message.attach(f"{event.slug}.ics", calendar.to_ical(), "text/calendar")
    return message


@task()
def send_registration_email(registration_id: str, kind: str) -> None:
    """Tell a registrant that their place is confirmed, wait-listed, promoted or cancelled."""
    if kind not in EMAIL_KINDS:
        raise ValueError(f"unknown registration e-mail {kind!r}")
    registration = (
        EventRegistration.objects.select_related("event").filter(pk=registration_id).first()
    )
    if registration is None:  # deleted in the meantime: nothing to tell
        return
    registration_email(registration, kind).send()
    logger.info("Sent %s e-mail for registration %s", kind, registration.pk)
