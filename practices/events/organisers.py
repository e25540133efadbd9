"""The event organiser role: a Wagtail group that can work only on events and their materials.

Organisers add, edit and publish pages below every event index (in every
language), upload documents and images into the "Event materials" collection
only, and see and export the registrations. Running the setup again changes
nothing; an event index created later is covered the next time it is published.
"""

from django.contrib.auth.models import Group, Permission
from django.db import transaction

from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission

from practices.models import EventIndexPage

ORGANISERS_GROUP = "Event organisers"
MATERIALS_COLLECTION = "Event materials"
PAGE_PERMISSIONS = ["add_page", "change_page", "publish_page"]
COLLECTION_PERMISSIONS = [
    ("wagtaildocs", "add_document"),
    ("wagtaildocs", "change_document"),
    ("wagtaildocs", "choose_document"),
    ("wagtailimages", "add_image"),
    ("wagtailimages", "change_image"),
    ("wagtailimages", "choose_image"),
]
MODEL_PERMISSIONS = [("wagtailadmin", "access_admin"), ("practices", "view_eventregistration")]


def _permission(app_label: str, codename: str) -> Permission:
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def materials_collection() -> Collection:
    """The collection event documents and images go into, created below the root if missing."""
    existing = Collection.objects.filter(name=MATERIALS_COLLECTION).first()
    if existing:
        return existing
    root = Collection.get_first_root_node() or Collection.add_root(name="Root")
    return root.add_child(name=MATERIALS_COLLECTION)


@transaction.atomic
def ensure_event_organiser_role() -> Group:
    """Create or complete the organiser group and its permissions."""
    group, _created = Group.objects.get_or_create(name=ORGANISERS_GROUP)
    group.permissions.add(*(_permission(app, code) for app, code in MODEL_PERMISSIONS))
    collection = materials_collection()
    for app, code in COLLECTION_PERMISSIONS:
        GroupCollectionPermission.objects.get_or_create(
            group=group, collection=collection, permission=_permission(app, code)
        )
    page_permissions = [_permission("wagtailcore", code) for code in PAGE_PERMISSIONS]
    for index in EventIndexPage.objects.all():
        for permission in page_permissions:
            GroupPagePermission.objects.get_or_create(
                group=group, page=index, permission=permission
            )
    return group
