"""The e-mails a registrant receives, in their language, sent by the task worker.

The language is the one the person registered in (``EventRegistration.language``),
never the one active in the worker: every link in a message, and the attached
calendar file, is the address under that language's prefix (practices.fallback),
also for an event only published in another language.
"""

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
from practices.fallback import reader_full_urls
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
    language = registration.language
    with translation.override(language):
        event = event_in_language(registration.event, language)
        context = {
            "registration": registration,
            "event": event,
            "kind": kind,
            "manage_url": registration_page_url(registration),
            "event_url": reader_full_urls([event], language_code=language)[event.pk],
            "retention_days": settings.EVENT_REGISTRATION_RETENTION_DAYS,
            "joining_details": registration.status == RegistrationStatus.CONFIRMED
            and event.is_online,
        }
        message = templated_email(
            "practices/events/email/registration",
            context,
            to=registration.email,
            language=language,
        )
        if registration.status == RegistrationStatus.CONFIRMED:
            calendar = build_calendar([event], language_code=language, joining_details=True)
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
