"""Background work of the public site: registration e-mails and deleting old registrations."""

import logging

from django.conf import settings
from django.core.mail import EmailMessage
from django.tasks import task
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from practices.calendar import build_calendar
from practices.choices import RegistrationStatus
from practices.models import EventRegistration
from practices.registrations import purge_past_registrations, registration_token
from practices.selectors import event_in_language

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
        subject = render_to_string("practices/email/registration_subject.txt", context)
        body = render_to_string("practices/email/registration_body.txt", context)
        message = EmailMessage(" ".join(subject.split()), body, to=[registration.email])
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


@task()
def purge_past_event_registrations() -> int:
    """Delete the personal data of people registered for events past the retention period."""
    deleted = purge_past_registrations()
    logger.info("Deleted %d registrations of past events", deleted)
    return deleted
