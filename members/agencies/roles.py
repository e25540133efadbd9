"""The network coordinator role: a group that manages agencies and memberships.

Coordinators manage agencies in the CMS admin and see memberships there; staff and
roles change on each agency's staff page in the member area. They get no page
permissions and, by the rules in ``members.agencies.access``, never read personal
records. Running the setup again changes nothing.
"""

from django.contrib.auth.models import Group, Permission
from django.db import transaction

from members.agencies.access import COORDINATORS_GROUP

COORDINATOR_PERMISSIONS = [
    ("wagtailadmin", "access_admin"),
    # No "delete": an agency that leaves is made inactive, so its staff's memberships
    # end through the membership services and its history stays.
    *(("agencies", f"{action}_agency") for action in ("add", "change", "view")),
    # Memberships are only looked at in the CMS; roles change on agencies' staff pages.
    ("agencies", "view_membership"),
]


@transaction.atomic
def ensure_coordinator_role() -> Group:
    """Create the coordinators group, or bring its permissions back to exactly these."""
    group, _created = Group.objects.get_or_create(name=COORDINATORS_GROUP)
    permissions = [
        Permission.objects.get(content_type__app_label=app, codename=codename)
        for app, codename in COORDINATOR_PERMISSIONS
    ]
    group.permissions.set(permissions)
    return group
