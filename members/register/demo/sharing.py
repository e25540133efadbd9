"""Sharing in the demo register: the states of issue 15 between Brussels and Cluj.

Made through the services, by the demo logins, after the caseloads exist:

- a referral from Brussels to Cluj waiting for an answer (Cluj's inbox);
- a referral accepted by Cluj: an active share of one Brussels person (Cluj's list);
- a contact request waiting: Cluj recorded someone Brussels already knows, asked
  whether another agency knows them, and asked the agency in Belgium to get in touch
  (Brussels' contact requests);
- a transfer accepted: a person Brussels recorded is now Cluj's record;
- an erasure waiting for a recipient: Brussels' agency admin erased a person Cluj had
  received, and Cluj has not yet confirmed erasing its copy (Cluj's erasures page).

Each piece is made once: loading again finds it and makes nothing.
"""

import datetime

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from members.agencies.models import Agency
from members.register import discovery, erasure, services, sharing_services
from members.register.demo.loader import KNOWN_PERSON
from members.register.models import ContactRequest, Erasure, Person, Referral
from members.register.records import BirthDate, Identity
from members.register.selectors import identity_indexes
from members.register.vocabulary import (
    ConsentMethod,
    LegalBasis,
    MovementKind,
    MovementSource,
    ReferralKind,
    ReferralPurpose,
    Sex,
    SharePart,
)

BRUSSELS = "Carrefour Accueil Bruxelles"
CLUJ = "Fundația Punte Acasă"
# Known in Brussels (recorded there by this stage too), then met again in Cluj.
KNOWN_IN_BOTH = Identity("Mihaela", "Ardeleanu", BirthDate(1979, 11, 2))
CONSENT_DAYS = 180


def _users():
    users = get_user_model().objects.in_bulk(
        ["caseworker", "other-caseworker"], field_name="username"
    )
    return users.get("caseworker"), users.get("other-caseworker")


def _offer(
    person: Person,
    *,
    by,
    to: Agency,
    purpose: str,
    scope,
    message: str,
    kind: str = ReferralKind.REFERRAL,
) -> Referral:
    today = timezone.localdate()
    consent = sharing_services.consent_record(
        user=by,
        person=person,
        recipient=to,
        purpose=purpose,
        method=ConsentMethod.SIGNED_FORM,
        given_on=today,
        valid_until=today + datetime.timedelta(days=CONSENT_DAYS),
    )
    return sharing_services.referral_offer(
        user=by,
        person=person,
        to_agency=to,
        consent=consent,
        purpose=purpose,
        scope=scope,
        message=message,
        kind=kind,
    )


def _not_yet_offered(brussels: Agency, caseworker) -> list[Person]:
    """Brussels' Romanian people with no offer yet, oldest first (not the known one)."""
    known_index, _phonetic = identity_indexes(KNOWN_PERSON)
    return list(
        Person.objects.owned_by(caseworker)
        .filter(agency=brussels, citizenship="RO", referrals__isnull=True)
        .exclude(name_index=known_index)
        .order_by("created_at")
    )


def _referrals(brussels: Agency, cluj: Agency, caseworker, other) -> list[str]:
    """One offer waiting and one accepted, of two Brussels people (not the known one)."""
    if Referral.objects.filter(from_agency=brussels, to_agency=cluj).exists():
        return []
    known_index, _phonetic = identity_indexes(KNOWN_PERSON)
    two = list(
        Person.objects.owned_by(caseworker)
        .filter(agency=brussels, citizenship="RO")
        .exclude(name_index=known_index)
        .order_by("created_at")[:2]
    )
    if len(two) < 2:
        return []
    waiting, accepted = two
    _offer(
        waiting,
        by=caseworker,
        to=cluj,
        purpose=ReferralPurpose.RETURN_HOME,
        scope=(SharePart.IDENTITY, SharePart.MOVEMENTS),
        message="Plans to go back to Cluj next month; would like support on arrival.",
    )
    offer = _offer(
        accepted,
        by=caseworker,
        to=cluj,
        purpose=ReferralPurpose.CONTINUED_SUPPORT,
        scope=(SharePart.IDENTITY, SharePart.MOVEMENTS, SharePart.NOTES),
        message="Back in Cluj since last week; our notes may help.",
    )
    sharing_services.referral_accept(user=other, referral=offer)
    return [
        f"referral {brussels.name} -> {cluj.name}: person {waiting.pk}, waiting",
        f"referral {brussels.name} -> {cluj.name}: person {accepted.pk}, accepted (share)",
    ]


def _record(identity: Identity, *, by, agency: Agency) -> Person:
    person = services.person_record(
        user=by,
        agency=agency,
        identity=identity,
        contact=services.NO_CONTACT,
        sensitive=services.NOTHING_SENSITIVE,
        sex=Sex.FEMALE,
        citizenship="RO",
        languages=["ro"],
        support_needs=[],
        legal_basis=LegalBasis.CONSENT,
        legal_basis_on=timezone.localdate(),
    )
    services.movement_record(
        user=by,
        person=person,
        kind=MovementKind.ARRIVED,
        date=timezone.localdate() - datetime.timedelta(days=20),
        from_country="BE" if agency.country == "RO" else "RO",
        to_country=agency.country,
        to_place=agency.city,
        source=MovementSource.SELF_REPORTED,
    )
    return person


def _contact_request(brussels: Agency, cluj: Agency, caseworker, other) -> list[str]:
    """Cluj asks, about its person, the agency in Belgium that knows her too."""
    if ContactRequest.objects.filter(from_agency=cluj, to_agency=brussels).exists():
        return []
    known = _record(KNOWN_IN_BOTH, by=caseworker, agency=brussels)
    asking = _record(KNOWN_IN_BOTH, by=other, agency=cluj)
    answer = discovery.discovery_lookup(user=other, person=asking)
    discovery.contact_request_send(
        user=other,
        person=asking,
        lookup_id=answer.lookup_id,
        country=brussels.country,
        purpose=ReferralPurpose.CONTINUED_SUPPORT,
        message="She says she was supported in Brussels last year. Can we talk?",
    )
    return [
        f"person {known.pk} of {brussels.name} and {asking.pk} of {cluj.name}",
        f"contact request {cluj.name} -> agency in {brussels.country}: waiting",
    ]


def _transfer(brussels: Agency, cluj: Agency, caseworker, other) -> list[str]:
    """One Brussels person handed over to Cluj, who accepted: Cluj's record now."""
    if Referral.objects.filter(from_agency=brussels, kind=ReferralKind.TRANSFER).exists():
        return []
    candidates = _not_yet_offered(brussels, caseworker)
    if not candidates:
        return []
    person = candidates[0]
    offer = _offer(
        person,
        by=caseworker,
        to=cluj,
        purpose=ReferralPurpose.CONTINUED_SUPPORT,
        scope=(SharePart.IDENTITY, SharePart.MOVEMENTS, SharePart.NOTES),
        message="Settled in Cluj for good; your agency supports her from now on.",
        kind=ReferralKind.TRANSFER,
    )
    sharing_services.referral_accept(user=other, referral=offer)
    return [f"transfer {brussels.name} -> {cluj.name}: person {person.pk}, accepted"]


def _erasure(brussels: Agency, cluj: Agency, caseworker, other, admin) -> list[str]:
    """A person Cluj received, erased on request by Brussels: Cluj's confirmation waits."""
    if admin is None or Erasure.objects.filter(agency=brussels).exists():
        return []
    candidates = _not_yet_offered(brussels, caseworker)
    if not candidates:
        return []
    person = candidates[0]
    offer = _offer(
        person,
        by=caseworker,
        to=cluj,
        purpose=ReferralPurpose.HOUSING,
        scope=(SharePart.IDENTITY, SharePart.MOVEMENTS),
        message="Looking for a room in Cluj.",
    )
    sharing_services.referral_accept(user=other, referral=offer)
    erasure.person_erase(user=admin, person=person)
    return [f"erasure by {brussels.name}: person {person.pk}, waiting for {cluj.name}"]


@transaction.atomic
def load_demo_sharing() -> list[str]:
    """The referrals, contact request, transfer and erasure between Brussels and Cluj, once."""
    agencies = {a.name: a for a in Agency.objects.filter(name__in=[BRUSSELS, CLUJ], active=True)}
    caseworker, other = _users()
    if len(agencies) < 2 or caseworker is None or other is None:
        return []
    brussels, cluj = agencies[BRUSSELS], agencies[CLUJ]
    admin = get_user_model().objects.filter(username="agency-admin").first()
    return (
        _referrals(brussels, cluj, caseworker, other)
        + _contact_request(brussels, cluj, caseworker, other)
        + _transfer(brussels, cluj, caseworker, other)
        + _erasure(brussels, cluj, caseworker, other, admin)
    )
