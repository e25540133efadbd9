"""Notifications of the register to member staff: each in the recipient's language, and
never with a person's name (only agencies', countries' and dates')."""

from django.urls import reverse
from django.utils import translation

from members.agencies.models import Agency
from members.agencies.selectors import record_keepers
from members.notifications.models import NotificationKind
from members.notifications.selectors import recipient_language
from members.notifications.services import notification_send


def tell_agency(agency: Agency, title, link_name: str, **link_kwargs) -> None:
    """Notify the agency's caseworkers and admins; ``title()`` is called in each one's
    language. Only agencies' names go in: never the person's."""
    for user in record_keepers(agency.pk):
        tell_user(user, title, link_name, **link_kwargs)


def tell_user(user, title, link_name: str, **link_kwargs) -> None:
    """Notify one member of staff of a referral, transfer or erasure, linking to
    ``members:<link_name>``."""
    with translation.override(recipient_language(user)):
        notification_send(
            recipient=user,
            kind=NotificationKind.REFERRALS,
            title=title(),
            link=reverse(f"members:{link_name}", kwargs=link_kwargs or None),
        )
