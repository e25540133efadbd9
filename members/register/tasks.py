"""Background work of the register.

``expire_register_offers`` closes offers nobody answered in time; ``register_retention``
runs retention daily (``retention``). ``discovery_matches_audit``
writes, in each agency a discovery lookup matched, the audit row that names that
agency's own person: after the lookup's transaction, so that a lookup takes the same
queries and time whether it matched or not.
"""

import logging

from django.contrib.auth import get_user_model
from django.db import transaction
from django.tasks import task

from members.agencies.models import Agency, AuditAction
from members.agencies.services import audit_event_record
from members.register.retention import retention_run
from members.register.sharing_services import offers_expire
from network_site.core.scheduling import periodic

logger = logging.getLogger(__name__)


# Offers wait REGISTER_OFFER_DAYS; an hour late at most is close enough.
@periodic("expire-register-offers", every_minutes=60)
@task()
def expire_register_offers() -> int:
    """Close every referral still pending past its expiry; returns how many."""
    expired = offers_expire()
    logger.info("Closed %d expired register offers", expired)
    return expired


# Retention (issue 15): once a day is the precision of its dates.
@periodic("register-retention", every_minutes=24 * 60)
@task()
def register_retention() -> dict[str, int]:
    """Close expired offers and shares, warn of and anonymise inactive records
    (``retention.retention_run``); returns the counts, and logs them (counts only)."""
    report = retention_run().as_dict()
    logger.info(
        "Register retention: %(offers_expired)d offers expired, %(shares_expired)d shares "
        "expired, %(warned)d records warned of, %(anonymised)d records anonymised",
        report,
    )
    return report


@task
def discovery_matches_audit(*, actor_id, asking_country: str, matches: list[list[str]]) -> int:
    """One DISCOVERY_MATCH row per matched person, in their agency's trail; returns how many."""
    if not matches:
        return 0
    actor = get_user_model().objects.get(pk=actor_id)
    found = Agency.objects.in_bulk({agency for agency, _person in matches})
    agencies = {str(pk): agency for pk, agency in found.items()}
    with transaction.atomic():
        for agency_id, person_id in sorted(matches):
            audit_event_record(
                actor=actor,
                agency=agencies[agency_id],
                action=AuditAction.DISCOVERY_MATCH,
                person_uuid=person_id,
                detail=f"asked from {asking_country}",
            )
    return len(matches)
