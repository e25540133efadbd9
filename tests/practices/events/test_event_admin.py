"""The organiser role and the registrations seen and exported in the admin."""

import csv
import io

import pytest

from django.contrib.auth.models import Group, User
from django.utils import timezone

from wagtail.documents import get_document_model
from wagtail.models import Collection
from wagtail.permissions import policy_registry

from practices.events.organisers import (
    MATERIALS_COLLECTION,
    ORGANISERS_GROUP,
    ensure_event_organiser_role,
)
from practices.models import EventRegistration
from tests.accounts import sign_in
from tests.factories import build_knowledge_tree, ensure_countries, make_event, make_event_index
from tests.html import links


@pytest.fixture
def organiser(site_tree):
    ensure_countries("BE")
    index = make_event_index(site_tree["home"])  # publishing it sets up the role
    user = User.objects.create_user("organiser", "organiser@example.org", "pw-organiser-1234")
    user.groups.add(Group.objects.get(name=ORGANISERS_GROUP))
    user.site_tree = site_tree
    return user, index


def test_organisers_edit_only_events_and_the_materials_collection(organiser):
    user, index = organiser
    tree = build_knowledge_tree(user.site_tree)
    event = make_event(index)
    assert event.permissions_for_user(user).can_edit()
    assert index.permissions_for_user(user).can_add_subpage()
    assert event.permissions_for_user(user).can_publish()
    assert not tree["guides"][0].permissions_for_user(user).can_edit()
    assert not tree["guides_index"].permissions_for_user(user).can_add_subpage()
    materials = Collection.objects.get(name=MATERIALS_COLLECTION)
    root = Collection.get_first_root_node()
    document_policy = policy_registry.get_by_type(get_document_model())
    allowed = document_policy.collections_user_has_permission_for(user, "add")
    assert list(allowed) == [materials]
    assert root not in allowed
    # Running the setup again changes nothing.
    before = Group.objects.get(name=ORGANISERS_GROUP).page_permissions.count()
    ensure_event_organiser_role()
    assert Group.objects.get(name=ORGANISERS_GROUP).page_permissions.count() == before
    assert get_document_model().objects.count() == 0


def test_organisers_see_and_export_registrations_but_cannot_change_them(client, organiser):
    user, index = organiser
    event = make_event(index, title="Casework day")
    other = make_event(index, title="Other day")
    for target, name in ((event, "Ana Pop"), (other, "Ion Rus")):
        EventRegistration.objects.create(
            event=target,
            status="confirmed",
            name=name,
            email=f"{name.split()[0].lower()}@example.org",
            dietary_needs="Vegetarian",
            language="en",
            consent_given_at=timezone.now(),
        )
    sign_in(client, user)
    listing = client.get(f"/cms/event-registrations/?event={event.pk}")
    assert listing.status_code == 200
    assert "Ana Pop" in listing.text and "Ion Rus" not in listing.text
    export = client.get(f"/cms/event-registrations/?event={event.pk}&export=csv")
    assert export.status_code == 200
    body = b"".join(export.streaming_content).decode()
    rows = list(csv.DictReader(io.StringIO(body)))
    assert len(rows) == 1
    assert rows[0]["Name"] == "Ana Pop" and rows[0]["E-mail"] == "ana@example.org"
    assert rows[0]["Dietary needs"] == "Vegetarian"
    registration = EventRegistration.objects.get(name="Ana Pop")
    assert client.get(f"/cms/event-registrations/edit/{registration.pk}/").status_code in (302, 403)
    assert client.get("/cms/event-registrations/new/").status_code in (302, 403)
    assert client.post(f"/cms/event-registrations/delete/{registration.pk}/").status_code in (
        302,
        403,
    )
    assert EventRegistration.objects.filter(pk=registration.pk).exists()
    editor_page = client.get(f"/cms/pages/{event.pk}/edit/")
    assert f"/cms/event-registrations/?event={event.pk}" in links(editor_page)


def test_people_outside_the_group_see_no_registrations(client, organiser):
    _user, index = organiser
    make_event(index)
    editor = User.objects.create_user("editor2", "e@example.org", "pw-editor-12345")
    editor.groups.add(Group.objects.get_or_create(name="Editors")[0])
    from django.contrib.auth.models import Permission

    editor.user_permissions.add(Permission.objects.get(codename="access_admin"))
    sign_in(client, editor)
    assert client.get("/cms/event-registrations/").status_code in (302, 403)
