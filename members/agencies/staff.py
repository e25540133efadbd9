"""Services for an agency's staff: changing roles and removing people.

An agency always keeps at least one agency admin, so nobody can lock the agency
out of its own staff pages. The person concerned is notified.
"""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.urls import reverse
from django.utils.translation import gettext as _

from members.agencies.models import AgencyRole, Membership
from members.notifications.models import NotificationKind
from members.notifications.services import notify


def _keeps_an_admin(membership: Membership) -> None:
    """Refuse a change that would leave the agency without an agency admin."""
    if membership.role != AgencyRole.AGENCY_ADMIN:
        return
    others = (
        Membership.objects.active()
        .select_for_update()
        .filter(agency=membership.agency, role=AgencyRole.AGENCY_ADMIN)
        .exclude(pk=membership.pk)
    )
    if not others.exists():
        raise ValidationError(
            _("The agency needs at least one agency admin. Give the role to someone else first.")
        )


def membership_change_role(*, membership: Membership, role: str) -> Membership:
    """Give a member of staff another role in their agency."""
    if role not in AgencyRole.values:
        raise ValidationError(_("Choose a role from the list."))
    if role == membership.role:
        return membership
    with transaction.atomic():
        membership = Membership.objects.select_for_update().get(pk=membership.pk)
        if role != AgencyRole.AGENCY_ADMIN:
            _keeps_an_admin(membership)
        membership.role = role
        membership.save(update_fields=["role"])
        notify(
            recipient=membership.user,
            kind=NotificationKind.ACCOUNT,
            title=_("Your role in %(agency)s is now: %(role)s")
            % {"agency": membership.agency.name, "role": membership.get_role_display()},
            link=reverse("members:home"),
        )
    return membership


def membership_remove(*, membership: Membership) -> None:
    """Take a person off the agency's staff (their sessions end if it was their last place)."""
    with transaction.atomic():
        membership = Membership.objects.select_for_update().get(pk=membership.pk)
        _keeps_an_admin(membership)
        membership.active = False
        membership.save(update_fields=["active"])
        notify(
            recipient=membership.user,
            kind=NotificationKind.ACCOUNT,
            title=_("You are no longer on the staff of %(agency)s")
            % {"agency": membership.agency.name},
        )
