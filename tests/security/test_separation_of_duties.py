"""Finding 3: roles in agencies change only through the membership services.

Those keep an agency admin, tell the person, end the sessions of someone who loses
their last place, and refuse anyone granting a role to themselves. A network
coordinator on an agency's staff is a state that agency's admins decide, never the
coordinator.
"""

import pytest

from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.urls import reverse

from members.agencies.access import COORDINATORS_GROUP
from members.agencies.invitations import InvitationError
from members.agencies.models import AgencyRole, Invitation, Membership
from members.agencies.roles import ensure_coordinator_role
from members.agencies.services import (
    invitation_accept_signed_in,
    membership_change_role,
    membership_remove,
)
from members.notifications.models import Notification
from tests.accounts import sign_in
from tests.html import find, links, text, texts
from tests.members.factories import MembershipFactory, invite, make_user


def place(people, username, agency="a") -> Membership:
    return Membership.objects.get(user=people[username], agency=people[agency], active=True)


def second_coordinator(people, django_user_model):
    other = make_user(django_user_model, "coordinator2")
    other.groups.add(Group.objects.get(name=COORDINATORS_GROUP))
    return other


@pytest.mark.parametrize("who", ["coordinator", "superuser"])
def test_memberships_cannot_be_created_or_changed_in_the_cms(
    client, people, django_user_model, who
):
    ensure_coordinator_role()
    user = people["coordinator"]
    if who == "superuser":
        user = make_user(django_user_model, "root")
        user.is_superuser = True
        user.save()
    sign_in(client, user)
    listing = client.get("/cms/memberships/")
    assert listing.status_code == 200
    assert "/cms/memberships/new/" not in links(listing)
    sole_admin = place(people, "admin_a")
    fields = {"agency": people["a"].pk, "active": "on"}
    client.post(
        "/cms/memberships/new/",
        {**fields, "user": people["coordinator"].pk, "role": "caseworker"},
    )
    client.post(
        f"/cms/memberships/edit/{sole_admin.pk}/",
        {**fields, "user": people["admin_a"].pk, "role": "member"},
    )
    client.post(f"/cms/memberships/delete/{sole_admin.pk}/")
    assert not Membership.objects.filter(user=people["coordinator"]).exists()
    sole_admin.refresh_from_db()
    assert sole_admin.role == AgencyRole.AGENCY_ADMIN and sole_admin.active


def test_nobody_changes_their_own_role(client, people):
    Membership.objects.filter(user=people["caseworker_a"]).update(role=AgencyRole.AGENCY_ADMIN)
    with pytest.raises(ValidationError):
        membership_change_role(
            membership=place(people, "admin_a"), role="member", changed_by=people["admin_a"]
        )
    sign_in(client, people["admin_a"], recently=True)
    url = reverse(
        "members:staff_change_role",
        kwargs={"agency_id": people["a"].pk, "membership_id": place(people, "admin_a").pk},
    )
    page = client.post(url, {"role": "member"}, follow=True)
    assert "Nobody changes their own role" in page.text
    assert place(people, "admin_a").role == AgencyRole.AGENCY_ADMIN


def test_a_coordinator_cannot_invite_themselves_onto_a_staff(client, people):
    ensure_coordinator_role()
    sign_in(client, people["coordinator"], recently=True)
    response = client.post(
        reverse("members:staff_invite", kwargs={"agency_id": people["a"].pk}),
        {"email": "coordinator@example.org", "role": "caseworker"},
    )
    assert response.status_code == 200
    assert "yourself" in text(find(response, "ul", class_="errorlist"))
    assert not Invitation.objects.exists()


def test_a_coordinator_cannot_put_another_coordinator_on_a_staff(client, people, django_user_model):
    ensure_coordinator_role()
    colleague = second_coordinator(people, django_user_model)
    sign_in(client, people["coordinator"], recently=True)
    response = client.post(
        reverse("members:staff_invite", kwargs={"agency_id": people["a"].pk}),
        {"email": colleague.email, "role": "caseworker"},
    )
    assert response.status_code == 200
    assert not Invitation.objects.exists()
    # The agency's own admin may: then the coordinator is on the staff, and it shows.
    _invitation, token = invite(people["a"], colleague.email, "caseworker", people["admin_a"])
    invitation_accept_signed_in(token=token, user=colleague)
    sign_in(client, people["admin_a"])
    staff = client.get(reverse("members:staff", kwargs={"agency_id": people["a"].pk}))
    listed = texts(find(staff, "section", aria_labelledby="staff-heading"), "h3")
    assert "coordinator2@example.org Network coordinator" in listed


def test_a_coordinator_does_not_decide_the_role_of_a_coordinator_on_staff(
    people, django_user_model
):
    colleague = second_coordinator(people, django_user_model)
    on_staff = MembershipFactory(user=colleague, agency=people["a"], role="member")
    with pytest.raises(ValidationError):
        membership_change_role(
            membership=on_staff, role="caseworker", changed_by=people["coordinator"]
        )
    membership_change_role(membership=on_staff, role="caseworker", changed_by=people["admin_a"])
    on_staff.refresh_from_db()
    assert on_staff.role == AgencyRole.CASEWORKER


def test_an_invitation_of_a_coordinator_needs_its_inviter_still_admin(people, django_user_model):
    colleague = second_coordinator(people, django_user_model)
    _invitation, token = invite(people["a"], colleague.email, "caseworker", people["admin_a"])
    Membership.objects.filter(user=people["admin_a"]).update(role=AgencyRole.MEMBER)
    with pytest.raises(InvitationError):
        invitation_accept_signed_in(token=token, user=colleague)
    assert not Membership.objects.filter(user=colleague).exists()


def test_a_coordinator_does_not_take_a_coordinator_off_a_staff(people, django_user_model):
    colleague = second_coordinator(people, django_user_model)
    on_staff = MembershipFactory(user=colleague, agency=people["a"], role="member")
    with pytest.raises(ValidationError):
        membership_remove(membership=on_staff, removed_by=people["coordinator"])
    membership_remove(membership=on_staff, removed_by=people["admin_a"])
    on_staff.refresh_from_db()
    assert not on_staff.active


def test_the_agencys_admins_are_told_when_a_coordinator_changes_its_staff(people):
    """Coordinators manage every agency's staff; an agency's admins see what they did."""
    invite(people["a"], "newcomer@example.org", "agency-admin", people["coordinator"])
    membership_change_role(
        membership=place(people, "member_a"), role="caseworker", changed_by=people["coordinator"]
    )
    membership_remove(membership=place(people, "member_a"), removed_by=people["coordinator"])
    told = list(
        Notification.objects.filter(recipient=people["admin_a"]).values_list("title", flat=True)
    )
    assert len(told) == 3
    assert all(title.startswith("coordinator@example.org, a network coordinator") for title in told)
    # The agency's own admin changing its staff tells nobody else.
    invite(people["a"], "second@example.org", "member", people["admin_a"])
    assert Notification.objects.filter(recipient=people["admin_a"]).count() == 3
