"""Background work of the register: closing offers nobody answered in time."""

import logging

from django.tasks import task

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
