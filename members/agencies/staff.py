"""Services for an agency's staff: changing roles and removing people.

The only way a role in an agency changes (the CMS shows memberships read-only).
An agency always keeps at least one agency admin, so nobody can lock the agency out
of its own staff pages; nobody changes their own role; a network coordinator's
place on a staff is decided by that agency's admins (``access.can_change_role``,
``access.can_remove_from_staff``). The person concerned is notified, someone who
loses their last place is signed out everywhere, and when a coordinator changes an
agency's staff the agency's admins are told (``tell_agency_admins``).
"""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from members.agencies.access import (
    acts_as_coordinator,
    can_change_role,
    can_remove_from_staff,
    is_coordinator,
)
from members.agencies.adapter import person_display
from members.agencies.models import Agency, AgencyRole, Membership
from members.agencies.security import end_all_sessions
from members.notifications.models import NotificationKind
from members.notifications.selectors import recipient_language
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


def tell_agency_admins(*, agency: Agency, actor, message) -> None:
    """Tell the agency's admins of a staff change a network coordinator made.

    ``message(actor_name)`` writes the text; it is called in each admin's language.
    Coordinators may manage any agency's staff: their changes are never silent.
    """
    if not acts_as_coordinator(actor, agency):
        return
    admins = (
        Membership.objects.active()
        .filter(agency=agency, role=AgencyRole.AGENCY_ADMIN)
        .exclude(user=actor)
        .select_related("user")
    )
    for admin in admins:
        with translation.override(recipient_language(admin.user)):
            notify(
                recipient=admin.user,
                kind=NotificationKind.AGENCY_STAFF,
                title=message(person_display(actor)),
                link=reverse("members:staff", kwargs={"agency_id": agency.pk}),
            )


def _coordinators_place(membership: Membership) -> ValidationError:
    return ValidationError(
        _(
            "This person is also a network coordinator: only an agency admin of "
            "%(agency)s decides their role there."
        )
        % {"agency": membership.agency.name}
    )


def _may_change_role(membership: Membership, changed_by) -> None:
    if can_change_role(changed_by, membership):
        return
    if membership.user_id == changed_by.pk:
        raise ValidationError(
            _("Nobody changes their own role: ask another agency admin of the agency.")
        )
    raise _coordinators_place(membership)


def membership_change_role(*, membership: Membership, role: str, changed_by) -> Membership:
    """Give a member of staff another role in their agency (``changed_by`` decides it)."""
    if role not in AgencyRole.values:
        raise ValidationError(_("Choose a role from the list."))
    _may_change_role(membership, changed_by)
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
        tell_agency_admins(
            agency=membership.agency,
            actor=changed_by,
            message=lambda actor: (
                _(
                    "%(coordinator)s, a network coordinator, changed the role of %(name)s in "
                    "%(agency)s to: %(role)s"
                )
                % {
                    "coordinator": actor,
                    "name": person_display(membership.user),
                    "role": membership.get_role_display(),
                    "agency": membership.agency.name,
                }
            ),
        )
    return membership


def membership_remove(*, membership: Membership, removed_by) -> None:
    """Take a person off the agency's staff; sign them out if it was their last place."""
    if not can_remove_from_staff(removed_by, membership):
        raise _coordinators_place(membership)
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
        user = membership.user
        still_needs_access = (
            Membership.objects.active().filter(user=user).exists()
            or user.is_staff
            or user.is_superuser
            or is_coordinator(user)
        )
        if not still_needs_access:
            end_all_sessions(user)
        tell_agency_admins(
            agency=membership.agency,
            actor=removed_by,
            message=lambda actor: (
                _(
                    "%(coordinator)s, a network coordinator, took %(name)s off the staff of "
                    "%(agency)s."
                )
                % {
                    "coordinator": actor,
                    "name": person_display(user),
                    "agency": membership.agency.name,
                }
            ),
        )
