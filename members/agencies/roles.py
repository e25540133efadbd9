"""The network coordinator role: a group that manages agencies and memberships.

Coordinators work in the CMS admin (agencies and memberships viewsets). They get
no page permissions and, by the rules in ``members.agencies.access``, never read
personal records. Running the setup again changes nothing.
"""

from django.contrib.auth.models import Group, Permission
from django.db import transaction

from members.agencies.access import COORDINATORS_GROUP

COORDINATOR_PERMISSIONS = [
    ("wagtailadmin", "access_admin"),
    *(
        ("agencies", f"{action}_{model}")
        for model in ("agency", "membership")
        for action in ("add", "change", "delete", "view")
    ),
]


@transaction.atomic
def ensure_coordinator_role() -> Group:
    """Create or complete the coordinators group and its model permissions."""
    group, _created = Group.objects.get_or_create(name=COORDINATORS_GROUP)
    permissions = [
        Permission.objects.get(content_type__app_label=app, codename=codename)
        for app, codename in COORDINATOR_PERMISSIONS
    ]
    group.permissions.add(*permissions)
    return group
