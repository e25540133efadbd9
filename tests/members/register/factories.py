"""People and movements in the register for tests, made through the register's services.

``record_person(by=caseworker)`` records a person for the caseworker's agency with a
fresh data key, exactly as the record screen does; ``record_movement`` adds an event.
"""

import datetime
import itertools

from django.utils import timezone

from members.register import services, sharing_services
from members.register.records import BirthDate, Contact, Identity, Sensitive
from members.register.vocabulary import (
    ConsentMethod,
    LegalBasis,
    MovementKind,
    MovementSource,
    ReferralPurpose,
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
