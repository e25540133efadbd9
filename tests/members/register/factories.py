"""People and movements in the register for tests, made through the register's services.

``record_person(by=caseworker)`` records a person for the caseworker's agency with a
fresh data key, exactly as the record screen does; ``record_movement`` adds an event.
``share_person`` and ``refer_person`` are test factories that build sharing rows directly.
"""

import datetime
import itertools
from collections.abc import Iterable

from django.utils import timezone

from members.register import services, sharing_services
from members.register.models import Consent, Referral, Share
from members.register.records import BirthDate, Contact, Identity, Sensitive
from members.register.vocabulary import (
    ConsentMethod,
    LegalBasis,
    MovementKind,
    MovementSource,
    ReferralKind,
    ReferralPurpose,
    ShareEnd,
    SharePart,
)

_numbers = itertools.count(1)
# Consonants the phonetic index keeps apart, one per digit: default people never sound
# alike, so no test meets a duplicate warning it did not ask for.
_DIGITS = ("ba", "fe", "ji", "ko", "lu", "ma", "ne", "pi", "ro", "su")


def _distinct_family_name(number: int) -> str:
    return "Testperso" + "".join(_DIGITS[int(digit)] for digit in str(number))


DEFAULT_BIRTH = BirthDate(1985, 3, 12)


def record_person(
    *,
    by,
    agency=None,
    given_names: str = "Ana",
    family_names: str | None = None,
    birth: BirthDate = DEFAULT_BIRTH,
    other_names: tuple[str, ...] = (),
    contact: Contact = services.NO_CONTACT,
    sensitive: Sensitive = services.NOTHING_SENSITIVE,
    citizenship: str = "RO",
    **profile,
):
    """A person recorded by ``by`` for ``agency`` (by default ``by``'s first records agency)."""
    if agency is None:
        agency = by.memberships.filter(active=True).first().agency
    family_names = family_names or _distinct_family_name(next(_numbers))
    return services.person_record(
        user=by,
        agency=agency,
        identity=Identity(given_names, family_names, birth, other_names),
        contact=contact,
        sensitive=sensitive,
        citizenship=citizenship,
        legal_basis=profile.pop("legal_basis", LegalBasis.CONSENT),
        legal_basis_on=profile.pop("legal_basis_on", datetime.date(2026, 1, 5)),
        **profile,
    )


def record_movement(person, *, by, **fields):
    """An arrival from Romania in Belgium unless ``fields`` say otherwise."""
    values = {
        "kind": MovementKind.ARRIVED,
        "date": datetime.date(2026, 2, 1),
        "from_country": "RO",
        "to_country": "BE",
        "source": MovementSource.SELF_REPORTED,
    }
    values.update(fields)
    return services.movement_record(user=by, person=person, **values)


# --- Sharing (issue 15) -----------------------------------------------------------------
# TEST FACTORIES ONLY: they build Consent, Share and Referral rows directly, without the
# register's services (referral_accept and its kin create them in the product). They let
# the scope tests put a person in any relation to another agency.


def consent_for(person, *, recipient, revoked: bool = False, **fields) -> Consent:
    """A consent (test factory) that ``person`` gave for ``recipient``, signed, for a year."""
    today = timezone.localdate()
    values = {
        "person": person,
        "agency": person.agency,
        "recipient": recipient,
        "purpose": ReferralPurpose.CONTINUED_SUPPORT,
        "method": ConsentMethod.SIGNED_FORM,
        "given_on": today,
        "valid_until": today + datetime.timedelta(days=365),
        "recorded_by": person.created_by,
    }
    if revoked:
        values |= {"revoked_at": timezone.now(), "revoked_by": person.created_by}
    return Consent.objects.create(**(values | fields))


def share_person(
    person,
    with_agency,
    *,
    scope: Iterable[str] = (SharePart.IDENTITY, SharePart.MOVEMENTS),
    expires_in: datetime.timedelta = datetime.timedelta(days=90),
    ended: bool = False,
    revoked: bool = False,
    **consent_fields,
) -> Share:
    """A share (test factory) of ``person`` with ``with_agency`` covering ``scope``, built
    as rows with its consent. ``expires_in`` may be negative (an expired share); ``ended``:
    the owner ended it; ``revoked``: its consent was revoked."""
    scope = set(scope)
    now = timezone.now()
    consent = consent_for(person, recipient=with_agency, revoked=revoked, **consent_fields)
    share = Share(
        person=person,
        agency=with_agency,
        consent=consent,
        starts_at=min(now, now + expires_in) - datetime.timedelta(days=1),
        expires_at=now + expires_in,
        **{f"with_{part}": part in scope for part in SharePart.values},
    )
    if ended:
        share.ended_at, share.ended_by = now, person.created_by
        share.end_reason = ShareEnd.ENDED_BY_OWNER
    share.save(force_insert=True)
    return share


def refer_person(person, to_agency, *, scope: Iterable[str] = tuple(SharePart.values)) -> Referral:
    """A pending referral (test factory) of ``person`` to ``to_agency``: no share yet."""
    scope = set(scope)
    return Referral.objects.create(
        kind=ReferralKind.REFERRAL,
        person=person,
        from_agency=person.agency,
        to_agency=to_agency,
        purpose=ReferralPurpose.CONTINUED_SUPPORT,
        consent=consent_for(person, recipient=to_agency),
        expires_at=timezone.now() + datetime.timedelta(days=14),
        created_by=person.created_by,
        **{f"with_{part}": part in scope for part in SharePart.values},
    )


def record_consent(person, *, by, to, **fields):
    """A signed consent that ``to`` receives the person's record to continue support,
    given today and valid for 180 days, unless ``fields`` say otherwise."""
    today = timezone.localdate()
    values = {
        "purpose": ReferralPurpose.CONTINUED_SUPPORT,
        "method": ConsentMethod.SIGNED_FORM,
        "given_on": today,
        "valid_until": today + datetime.timedelta(days=180),
    }
    values.update(fields)
    return sharing_services.consent_record(user=by, person=person, recipient=to, **values)


def offer_referral(person, *, by, to, consent=None, scope=("identity", "movements"), **fields):
    """A referral of the person to ``to`` under ``consent`` (a new signed one by default)."""
    consent = consent or record_consent(person, by=by, to=to)
    return sharing_services.referral_offer(
        user=by,
        person=person,
        to_agency=to,
        consent=consent,
        purpose=fields.pop("purpose", consent.purpose),
        scope=scope,
        **fields,
    )
