"""Who may do what in the member area: every access rule, in one place.

Views never test roles themselves; they ask these functions (directly or through
the mixins in ``members.agencies.permissions``). A network coordinator manages
agencies and memberships across the network but can never read personal records.
"""

from django.contrib.auth.models import AnonymousUser
from django.db.models import QuerySet

from members.agencies.models import Agency, AgencyRole, Membership

COORDINATORS_GROUP = "Network coordinators"
# Roles whose holders may read and write their agency's personal records.
RECORD_ROLES = (AgencyRole.AGENCY_ADMIN, AgencyRole.CASEWORKER)


def is_coordinator(user) -> bool:
    """Whether the person coordinates the network (manages agencies and memberships)."""
    if not user.is_authenticated or not user.is_active:
        return False
    cached = getattr(user, "_is_coordinator", None)
    if cached is None:
        cached = user.groups.filter(name=COORDINATORS_GROUP).exists()
        user._is_coordinator = cached
    return cached


def memberships(user) -> list[Membership]:
    """The person's active memberships of active agencies (read once per request)."""
    if isinstance(user, AnonymousUser) or not user.is_authenticated or not user.is_active:
        return []
    cached = getattr(user, "_active_memberships", None)
    if cached is None:
        cached = list(Membership.objects.active().filter(user=user).select_related("agency"))
        user._active_memberships = cached
    return cached


def role_in(user, agency: Agency) -> str | None:
    """The person's role in an agency, or None."""
    return next((m.role for m in memberships(user) if m.agency_id == agency.pk), None)


def is_member(user) -> bool:
    """Whether the person may enter the member area at all."""
    return bool(memberships(user)) or is_coordinator(user)


def can_see_agency_contacts(user) -> bool:
    """Members-only contact details of agencies (directory, country pages)."""
    return is_member(user)


def can_manage_staff(user, agency: Agency) -> bool:
    """Invite, change roles of and remove the staff of an agency."""
    return is_coordinator(user) or role_in(user, agency) == AgencyRole.AGENCY_ADMIN


def can_change_role(user, membership: Membership) -> bool:
    """Change a staff member's role: never one's own; a network coordinator's place on a
    staff only by that agency's admins; anyone else's by those who manage the staff."""
    if membership.user_id == user.pk:
        return False
    if is_coordinator(membership.user):
        return role_in(user, membership.agency) == AgencyRole.AGENCY_ADMIN
    return can_manage_staff(user, membership.agency)


def can_remove_from_staff(user, membership: Membership) -> bool:
    """Take someone off a staff: those who manage it, or the person leaving; a network
    coordinator's place only by that agency's admins (or by the coordinator, leaving)."""
    if membership.user_id == user.pk:
        return True
    if is_coordinator(membership.user):
        return role_in(user, membership.agency) == AgencyRole.AGENCY_ADMIN
    return can_manage_staff(user, membership.agency)


def acts_as_coordinator(user, agency: Agency) -> bool:
    """Whether a change to the agency's staff comes from a coordinator, not its own admins."""
    return is_coordinator(user) and role_in(user, agency) != AgencyRole.AGENCY_ADMIN


def can_invite(user, agency: Agency, invitee) -> bool:
    """Invite an address (``invitee``: its account, if any) onto the agency's staff.

    Nobody invites themselves; a network coordinator is invited only by the agency's
    own admins, so that a coordinator never grants themselves a records role.
    """
    if invitee is not None and invitee.pk == user.pk:
        return False
    if invitee is not None and is_coordinator(invitee):
        return role_in(user, agency) == AgencyRole.AGENCY_ADMIN
    return can_manage_staff(user, agency)


def can_read_personal_records(user, agency: Agency) -> bool:
    """Read the register entries an agency may see; never for coordinators as such."""
    return role_in(user, agency) in RECORD_ROLES


def keeps_records(user) -> bool:
    """Whether the person keeps an agency's records (admin or caseworker): the register's door.

    Decided by memberships alone, as the register's ``visible_to`` is: a coordinator as
    such never keeps records, a plain member neither.
    """
    return any(m.role in RECORD_ROLES for m in memberships(user))


def can_read_audit_log(user, agency: Agency) -> bool:
    """Read (and export) an agency's audit trail: its agency admins only.

    Not its caseworkers, and never coordinators as such: the trail shows who opened
    which person's record, which is activity on personal records.
    """
    return role_in(user, agency) == AgencyRole.AGENCY_ADMIN


def audit_log_agencies(user) -> list[Agency]:
    """The agencies whose audit trail the person reads (those where they are admin)."""
    return [m.agency for m in memberships(user) if m.role == AgencyRole.AGENCY_ADMIN]


def managed_agencies(user) -> QuerySet:
    """The agencies whose staff the person manages."""
    if is_coordinator(user):
        return Agency.objects.active()
    ids = [m.agency_id for m in memberships(user) if m.role == AgencyRole.AGENCY_ADMIN]
    return Agency.objects.active().filter(pk__in=ids)
