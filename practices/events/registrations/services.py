"""Writes of event registrations: register, cancel, promote from the waiting list, announce,
purge. Every write of a registration goes through here.

Places are counted under a row lock on the event, so two people taking the last
place at the same moment get one place and one spot on the waiting list. Every
e-mail is queued only once the transaction has committed.
"""

import datetime
from dataclasses import dataclass
from functools import partial

from django.db import IntegrityError, transaction
from django.utils import timezone

from network_site.core.ratelimit import allow_for
from practices.choices import EventStatus, RegistrationStatus
from practices.events.registrations.emails import send_registration_email
from practices.events.registrations.tokens import retention_cutoff
from practices.models import EventPage, EventRegistration, EventStatusAnnouncement

# "Send my link again" e-mails one address gets in an hour, whoever asks.
RESENDS_PER_HOUR = 3


class RegistrationRefused(Exception):
    """A registration this site does not take; ``reason`` says why, for the reader."""

    CLOSED = "closed"
    DUPLICATE = "duplicate"

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


class AlreadyCancelled(Exception):
    """The registration was cancelled before."""


class CancellationClosed(Exception):
    """The event has ended: its registrations stay as they were."""


@dataclass(frozen=True)
class RegistrantDetails:
    """What a person tells us when they register."""

    name: str
    email: str
    organisation: str = ""
    country_id: str | None = None
    accessibility_needs: str = ""
    dietary_needs: str = ""


def _queue_email(registration: EventRegistration, kind: str) -> None:
    transaction.on_commit(partial(send_registration_email.enqueue, str(registration.pk), kind))


def _locked(event: EventPage) -> EventPage:
    """The booking page of the event, locked until the transaction ends."""
    return EventPage.objects.select_for_update(of=("self",)).get(pk=event.booking_page.pk)


def registration_create(
    *, event: EventPage, details: RegistrantDetails, language: str
) -> EventRegistration:
    """Give the person a place if one is free, else a spot on the waiting list.

    Raises RegistrationRefused when registration is closed or the e-mail address
    already holds a place or a spot on the waiting list.
    """
    try:
        with transaction.atomic():
            booking = _locked(event)
            now = timezone.now()
            if not booking.registration_open(now):
                raise RegistrationRefused(RegistrationRefused.CLOSED)
            registrations = booking.registrations.active()
            if registrations.filter(email__iexact=details.email).exists():
                raise RegistrationRefused(RegistrationRefused.DUPLICATE)
            taken = registrations.confirmed().count()
            full = booking.capacity is not None and taken >= booking.capacity
            registration = EventRegistration.objects.create(
                event=booking,
                status=RegistrationStatus.WAITLISTED if full else RegistrationStatus.CONFIRMED,
                name=details.name,
                email=details.email,
                organisation=details.organisation,
                country_id=details.country_id,
                accessibility_needs=details.accessibility_needs,
                dietary_needs=details.dietary_needs,
                language=language,
                consent_given_at=now,
            )
            _queue_email(registration, registration.status)
    except IntegrityError as error:  # the same address registered at the same moment
        raise RegistrationRefused(RegistrationRefused.DUPLICATE) from error
    return registration


def registration_promote_waiting(*, event: EventPage) -> list[EventRegistration]:
    """Move people from the waiting list into places that are free; tell each of them.

    Call inside a transaction that holds the event's lock (or let this function
    take it). Nobody is promoted once the event has started.
    """
    with transaction.atomic():
        booking = _locked(event)
        if booking.capacity is None and not booking.registrations.waitlisted().exists():
            return []
        now = timezone.now()
        if booking.start <= now:
            return []
        free = (
            None
            if booking.capacity is None
            else booking.capacity - booking.registrations.confirmed().count()
        )
        waiting = booking.registrations.waitlisted()
        promoted = list(waiting if free is None else waiting[: max(free, 0)])
        for registration in promoted:
            registration.status = RegistrationStatus.CONFIRMED
            registration.promoted_at = now
            registration.save(update_fields=["status", "promoted_at"])
            _queue_email(registration, "promoted")
    return promoted


def registration_cancel(*, registration: EventRegistration) -> list[EventRegistration]:
    """Cancel a registration; a place it held goes to the first on the waiting list.

    Returns the registrations promoted. Raises AlreadyCancelled for a second cancel
    and CancellationClosed once the event has ended (nobody can be promoted then).
    """
    with transaction.atomic():
        if _locked(registration.event).has_ended():
            raise CancellationClosed
        current = EventRegistration.objects.select_for_update().get(pk=registration.pk)
        if current.status == RegistrationStatus.CANCELLED:
            raise AlreadyCancelled
        held_place = current.status == RegistrationStatus.CONFIRMED
        current.status = RegistrationStatus.CANCELLED
        current.cancelled_at = timezone.now()
        current.save(update_fields=["status", "cancelled_at"])
        _queue_email(current, "cancelled")
        promoted = registration_promote_waiting(event=current.event) if held_place else []
    registration.status, registration.cancelled_at = current.status, current.cancelled_at
    return promoted


def event_status_announce(*, event: EventPage) -> int:
    """Tell everyone registered when the event is postponed, cancelled or moved online.

    Runs when an event is published; each new status is announced once (the
    booking page remembers the last one announced). Returns the number told.
    """
    with transaction.atomic():
        booking = _locked(event)
        announcement, _created = EventStatusAnnouncement.objects.get_or_create(event=booking)
        if booking.status == announcement.status:
            return 0
        announcement.status = booking.status
        announcement.save(update_fields=["status"])
        if booking.status == EventStatus.SCHEDULED:
            return 0  # back on schedule: the next change will be announced again
        registrations = list(booking.registrations.active())
        for registration in registrations:
            _queue_email(registration, "status")
    return len(registrations)


def registration_email_resend(*, event: EventPage, email: str) -> bool:
    """Send an active registration's e-mail again, for someone who lost their link.

    Anyone can ask for it by typing the address into the form, so one address gets
    at most ``RESENDS_PER_HOUR`` of them an hour, whoever asks from wherever.
    """
    registration = event.booking_page.registrations.active().filter(email__iexact=email).first()
    if registration is None:
        return False
    if not allow_for(email, "registration-resend", limit=RESENDS_PER_HOUR, period_seconds=3600):
        return False
    _queue_email(registration, registration.status)
    return True


def registration_purge_past(*, now: datetime.datetime | None = None) -> int:
    """Delete registrations of events that ended more than the retention period ago."""
    cutoff = retention_cutoff(now)
    deleted, _by_model = EventRegistration.objects.filter(event__end__lt=cutoff).delete()
    return deleted
