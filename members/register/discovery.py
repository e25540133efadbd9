"""Discovery without disclosure: the services of lookups and contact requests.

``discovery_lookup`` asks whether an agency other than the user's own already has a
person with the same keyed name index (names and date of birth, ``blind_index``) as
one of the user's people. It answers with countries only, never an agency, a name, a
count or a score, and it takes the same queries and the same time whether it found
someone or not: the matched agencies' audit rows are written by a task after the
lookup's transaction commits (``tasks.discovery_matches_audit``), and every lookup
is padded to ``REGISTER_DISCOVERY_SECONDS``. Lookups are limited per person and per
agency (``network_site.core.ratelimit``). ``contact_request_send`` then asks the
agencies of one answered country that may know the person; ``contact_request_answer``
is the receiving agency's decision. The threat model is in docs/register.md.
"""

import datetime
import json
import time
from dataclasses import dataclass
from uuid import UUID

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.text import format_lazy
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from members.agencies.models import Agency, AuditAction
from members.agencies.selectors import record_keepers
from members.agencies.services import audit_event_record
from members.notifications.models import NotificationKind
from members.notifications.services import notification_send
from members.register.keys import data_key_of
from members.register.models import ContactRequest, DiscoveryLookup, Person, records_agency_ids
from members.register.records import seal, unseal
from members.register.tasks import discovery_matches_audit
from members.register.vocabulary import ContactDecision, ContactState, ReferralPurpose
from network_site.core import padding, ratelimit
from network_site.core.countries import country_name

LOOKUP_TABLE = "register_discoverylookup"
CONTACT_TABLE = "register_contactrequest"
HOUR = 3600
PER_PERSON_PER_HOUR = 30
PER_AGENCY_PER_HOUR = 300
# A contact request cites a lookup of at most this age, and waits this long for an answer.
LOOKUP_VALID_FOR = datetime.timedelta(days=7)
CONTACT_REQUEST_OPEN_FOR = datetime.timedelta(days=30)
MESSAGE_MAX = 1000
# The clock and the wait of the padding: a test replaces them with a clock of its own.
clock = time.monotonic
wait = time.sleep


class DiscoveryLimitReached(Exception):
    """Too many lookups in the last hour, by this person or by their agency."""


@dataclass(frozen=True)
class DiscoveryAnswer:
    """What a lookup tells the asking agency: the countries of agencies that may know
    the person (none, most often), and the lookup a contact request cites."""

    countries: tuple[str, ...]
    lookup_id: UUID
    asked_at: datetime.datetime

    @property
    def country_names(self) -> list[str]:
        return [country_name(code) for code in self.countries]


def _answer_of(lookup: DiscoveryLookup) -> DiscoveryAnswer:
    text = unseal(
        data_key_of(lookup.person), lookup.answer, table=LOOKUP_TABLE, row=lookup.pk, name="answer"
    )
    return DiscoveryAnswer(tuple(json.loads(text)), lookup.pk, lookup.asked_at)


def _own_person(user, person: Person) -> Person:
    """The person again if the user's agency owns them; else ``Person.DoesNotExist``."""
    found = Person.objects.owned_by(user).select_related("agency").get(pk=person.pk)
    found._data_key = getattr(person, "_data_key", None)
    return found


def _matches(person: Person, user, **filters) -> list[tuple]:
    """(agency, agency's country, person) of every person of another active agency with
    the same name index: one query, whatever it finds. Only the exact index counts
    (the phonetic one is too coarse for a question asked across the network, see
    docs/register.md)."""
    own = {*records_agency_ids(user), person.agency_id}
    # Outside visible_to on purpose: the question is whether people the user may NOT see
    # exist elsewhere. Only agency ids, countries and person ids leave this function, and
    # only the matched agency ever sees its person; nothing is decrypted.
    return list(
        Person.objects.filter(name_index=person.name_index, agency__active=True, **filters)
        .exclude(agency_id__in=own)
        .order_by()
        .values_list("agency_id", "agency__country", "pk")
    )


def _within_limits(user, agency: Agency) -> None:
    if not ratelimit.allow_person(
        user, "register-discovery", limit=PER_PERSON_PER_HOUR, period_seconds=HOUR
    ):
        raise DiscoveryLimitReached(
            _("You have asked %(limit)s times in the last hour. Please try again later.")
            % {"limit": PER_PERSON_PER_HOUR}
        )
    if not ratelimit.allow_for(
        f"agency:{agency.pk}",
        "register-discovery-agency",
        limit=PER_AGENCY_PER_HOUR,
        period_seconds=HOUR,
    ):
        raise DiscoveryLimitReached(
            _("Your agency has asked too often in the last hour. Please try again later.")
        )


def discovery_lookup(*, user, person: Person) -> DiscoveryAnswer:
    """Ask whether an agency elsewhere may already support the user's ``person``.

    Only the owning agency's staff may ask (else ``Person.DoesNotExist``); over a
    limit it raises ``DiscoveryLimitReached`` and looks nothing up. The lookup and its
    audit row in the asking agency's trail are written together; each matched
    agency's trail gets a row naming its own person, after the commit.
    """
    person = _own_person(user, person)
    _within_limits(user, person.agency)
    with padding.padded(settings.REGISTER_DISCOVERY_SECONDS, clock=clock, wait=wait):
        matches = _matches(person, user)
        countries = sorted({country for _agency, country, _person in matches})
        with transaction.atomic():
            lookup = DiscoveryLookup(person=person, agency=person.agency, asked_by=user)
            lookup.answer = seal(
                data_key_of(person),
                json.dumps(countries),
                table=LOOKUP_TABLE,
                row=lookup.pk,
                name="answer",
            )
            lookup.save(force_insert=True)
            audit_event_record(
                actor=user,
                agency=person.agency,
                action=AuditAction.DISCOVERY_LOOKUP,
                person_uuid=person.pk,
                detail=str(lookup.pk),
            )
            # Always one task, empty or not: the same queries either way.
            found = [[str(agency), str(match)] for agency, _country, match in matches]
            transaction.on_commit(
                lambda: discovery_matches_audit.enqueue(
                    actor_id=user.pk, asking_country=person.agency.country, matches=found
                )
            )
    return DiscoveryAnswer(tuple(countries), lookup.pk, lookup.asked_at)


def _latest_answer(person: Person) -> DiscoveryAnswer | None:
    """The answer of the latest lookup about the person still good for a contact request."""
    lookup = DiscoveryLookup.objects.filter(
        person=person, asked_at__gt=timezone.now() - LOOKUP_VALID_FOR
    ).first()
    if lookup is None:
        return None
    lookup.person = person  # its data key, unwrapped once per request
    return _answer_of(lookup)


def discovery_lookup_of(*, user, person: Person, lookup_id) -> DiscoveryAnswer:
    """A lookup about the user's person, still good for a contact request; else
    ``DiscoveryLookup.DoesNotExist``."""
    person = _own_person(user, person)
    lookup = DiscoveryLookup.objects.get(
        pk=lookup_id, person=person, asked_at__gt=timezone.now() - LOOKUP_VALID_FOR
    )
    lookup.person = person
    return _answer_of(lookup)


def contact_request_send(
    *, user, person: Person, lookup_id, country: str, purpose: str, message: str = ""
) -> None:
    """Ask the agencies in ``country`` that may know the user's person to get in touch.

    ``country`` must be one that the lookup ``lookup_id`` answered; the agencies are
    found again now, and each gets a request naming its own matched people. The
    asking side learns nothing more: not which agencies, not how many (a match that
    disappeared since the lookup sends nothing, and looks the same).
    """
    if purpose not in ReferralPurpose.values:
        raise ValidationError({"purpose": _("Choose one of the options.")})
    message = message.strip()
    if len(message) > MESSAGE_MAX:
        raise ValidationError({"message": _("The message is too long.")})
    with transaction.atomic():
        person = _own_person(user, person)
        answer = discovery_lookup_of(user=user, person=person, lookup_id=lookup_id)
        if country not in answer.countries:
            raise ValidationError({"country": _("Choose a country from the answer.")})
        if ContactRequest.objects.filter(
            person=person,
            country=country,
            state=ContactState.PENDING,
            expires_at__gt=timezone.now(),
        ).exists():
            raise ValidationError(
                _("A contact request about this person to this country is still waiting.")
            )
        by_agency: dict = {}
        for agency_id, _country, match in _matches(person, user, agency__country=country):
            by_agency.setdefault(agency_id, []).append(match)
        audit_event_record(
            actor=user,
            agency=person.agency,
            action=AuditAction.CONTACT_REQUEST,
            person_uuid=person.pk,
            detail=country,
        )
        now = timezone.now()
        for agency in Agency.objects.filter(pk__in=by_agency).order_by("pk"):
            request = ContactRequest(
                lookup_id=answer.lookup_id,
                person=person,
                from_agency=person.agency,
                to_agency=agency,
                country=country,
                purpose=purpose,
                created_by=user,
                created_at=now,
                expires_at=now + CONTACT_REQUEST_OPEN_FOR,
            )
            if message:
                request.message = seal(
                    data_key_of(person),
                    message,
                    table=CONTACT_TABLE,
                    row=request.pk,
                    name="message",
                )
            request.save(force_insert=True)
            request.matched_people.set(by_agency[agency.pk])
            for match in by_agency[agency.pk]:
                audit_event_record(
                    actor=user,
                    agency=agency,
                    action=AuditAction.CONTACT_REQUEST,
                    person_uuid=match,
                    detail=str(request.pk),
                )
            for recipient in record_keepers(agency.pk):
                notification_send(
                    recipient=recipient,
                    kind=NotificationKind.REGISTER,
                    title=format_lazy(
                        gettext_lazy(
                            "An agency in {country} asks whether you know a person they support"
                        ),
                        country=person.agency.country_name,
                    ),
                    link=request_link(request),
                )


def request_link(request: ContactRequest) -> str:
    return reverse("members:register_contact_request", kwargs={"request_id": request.pk})


def contact_request_message(request: ContactRequest) -> str:
    """The asking agency's message, opened for the receiving agency's page."""
    if not request.message:
        return ""
    return unseal(
        data_key_of(request.person),
        request.message,
        table=CONTACT_TABLE,
        row=request.pk,
        name="message",
    )


def contact_request_received(*, user, request_id) -> ContactRequest:
    """A request the user's agency received; else ``ContactRequest.DoesNotExist``."""
    return (
        ContactRequest.objects.to_agencies(records_agency_ids(user))
        .select_related("person", "from_agency", "to_agency")
        .get(pk=request_id)
    )


def contact_request_answer(*, user, request: ContactRequest, decision: str) -> ContactRequest:
    """The receiving agency ignores, declines or answers (starts a referral back) a request.

    Only a request still open, received by the user's agency, can be answered. The
    asking agency's author is told of a decline (naming the country, never a person);
    an ignored request looks to them like one still waiting, until it expires.
    """
    if decision not in ContactDecision.values:
        raise ValidationError({"decision": _("Choose one of the options.")})
    with transaction.atomic():
        request = (
            ContactRequest.objects.to_agencies(records_agency_ids(user))
            .select_for_update(of=("self",))
            .select_related("to_agency", "from_agency")
            .get(pk=request.pk)
        )
        if not request.open():
            raise ValidationError(_("This contact request has already been answered or expired."))
        request.state = {
            ContactDecision.IGNORE: ContactState.IGNORED,
            ContactDecision.DECLINE: ContactState.DECLINED,
            ContactDecision.REFER: ContactState.ANSWERED,
        }[decision]
        request.answered_by, request.answered_at = user, timezone.now()
        request.save(update_fields=["state", "answered_by", "answered_at"])
        for match in request.matched_people.order_by("pk").values_list("pk", flat=True):
            audit_event_record(
                actor=user,
                agency=request.to_agency,
                action=AuditAction.CONTACT_ANSWER,
                person_uuid=match,
                detail=f"{request.pk} {request.state}",
            )
        if request.state == ContactState.DECLINED:
            notification_send(
                recipient=request.created_by,
                kind=NotificationKind.REGISTER,
                title=format_lazy(
                    gettext_lazy("An agency in {country} declined your contact request"),
                    country=request.to_agency.country_name,
                ),
            )
    return request


@dataclass(frozen=True)
class SentRequest:
    """Contact requests about a person to one country, as the asking agency sees them."""

    country: str
    sent_at: datetime.datetime
    state: str

    @property
    def country_name(self) -> str:
        return country_name(self.country)

    @property
    def state_label(self) -> str:
        return ContactState(self.state).label if self.state else _("Expired without an answer")


def requests_sent(person: Person) -> list[SentRequest]:
    """The person's contact requests, one line per country (never per agency): answered
    if one agency answered, declined if every one declined, else waiting or expired."""
    now = timezone.now()
    by_country: dict[str, list[ContactRequest]] = {}
    for request in ContactRequest.objects.filter(person=person).order_by("created_at"):
        by_country.setdefault(request.country, []).append(request)
    sent = []
    for country, requests in by_country.items():
        states = {request.state for request in requests}
        if ContactState.ANSWERED in states:
            state = ContactState.ANSWERED
        elif states == {ContactState.DECLINED}:
            state = ContactState.DECLINED
        elif any(request.expires_at > now for request in requests):
            state = ContactState.PENDING  # an ignored request too, until it expires
        else:
            state = ""
        sent.append(SentRequest(country, requests[-1].created_at, state))
    return sent


@dataclass(frozen=True)
class DiscoveryPanel:
    """What the person page shows the owning agency of discovery: the latest answer
    still good for a contact request, and the requests sent, per country."""

    latest: DiscoveryAnswer | None
    sent: list[SentRequest]


def discovery_panel(*, user, person: Person) -> DiscoveryPanel | None:
    """The person page's discovery panel, for the owning agency's staff only (else None)."""
    if person.agency_id not in records_agency_ids(user):
        return None
    return DiscoveryPanel(_latest_answer(person), requests_sent(person))
