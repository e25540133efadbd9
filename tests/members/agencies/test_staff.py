"""Agency admin pages: the staff list, roles, removal, and who may do what there."""

import pytest
from allauth.usersessions.models import UserSession

from django.urls import reverse

from members.agencies.models import AgencyRole, Membership
from members.notifications.models import Notification
from tests.accounts import sign_in
from tests.html import find, find_all, links, parse, text, texts
from tests.members.factories import MembershipFactory, invite


def staff_url(people, agency="a") -> str:
    return reverse("members:staff", kwargs={"agency_id": people[agency].pk})


def action_url(people, name: str, person: str) -> str:
    membership = Membership.objects.get(user=people[person], agency=people["a"])
    return reverse(
        f"members:{name}", kwargs={"agency_id": people["a"].pk, "membership_id": membership.pk}
    )


def listed_staff(page) -> dict[str, str]:
    """The staff list: each person's e-mail address and role, as shown."""
    staff = find(page, "section", aria_labelledby="staff-heading")
    return {
        text(facts[0]): text(facts[1])
        for facts in (find_all(item, "dd") for item in find_all(staff, "li", class_="card"))
    }


def messages(page) -> list[str]:
    """The messages shown above the page after an action."""
    return texts(page, "p", role="status")


def test_staff_page_lists_staff_and_pending_invitations(client, people):
    invite(people["a"], "pending@example.org", "caseworker", people["admin_a"])
    invite(people["b"], "elsewhere@example.org", "caseworker", people["coordinator"])
    sign_in(client, people["admin_a"])
    response = client.get(staff_url(people))
    assert response.status_code == 200
    page = parse(response)
    # Agency A's people only: nobody of agency B, and only A's invitation.
    assert listed_staff(page) == {
        "admin_a@example.org": "Agency administrator",
        "caseworker_a@example.org": "Caseworker",
        "member_a@example.org": "Member",
        "no_second_factor@example.org": "Caseworker",
    }
    invitations = find(page, "section", aria_labelledby="invitations-heading")
    assert texts(invitations, "h3") == ["pending@example.org"]


def test_change_role_notifies_the_person(client, people):
    sign_in(client, people["admin_a"], recently=True)
    response = client.post(
        action_url(people, "staff_change_role", "member_a"), {"role": "caseworker"}
    )
    assert response.status_code == 302
    membership = Membership.objects.get(user=people["member_a"], agency=people["a"])
    assert membership.role == AgencyRole.CASEWORKER
    note = Notification.objects.get(recipient=people["member_a"])
    assert "Caseworker" in note.title
    page = parse(client.get(staff_url(people)))
    assert [message for message in messages(page) if "is now Caseworker" in message]
    assert listed_staff(page)["member_a@example.org"] == "Caseworker"


def test_the_last_agency_admin_cannot_step_down_or_be_removed(client, people):
    sign_in(client, people["admin_a"], recently=True)
    client.post(action_url(people, "staff_change_role", "admin_a"), {"role": "member"})
    client.post(action_url(people, "staff_remove", "admin_a"))
    membership = Membership.objects.get(user=people["admin_a"], agency=people["a"])
    assert membership.active and membership.role == AgencyRole.AGENCY_ADMIN
    page = parse(client.get(staff_url(people)))
    assert [message for message in messages(page) if "at least one agency admin" in message]
    assert listed_staff(page)["admin_a@example.org"] == "Agency administrator"


def test_removing_staff_ends_their_sessions_when_it_was_their_last_place(client, people):
    from django.test import Client

    their_browser = Client()
    sign_in(their_browser, people["member_a"])
    assert their_browser.get("/en/members/").status_code == 200
    assert UserSession.objects.filter(user=people["member_a"]).exists()
    sign_in(client, people["admin_a"], recently=True)
    assert client.post(action_url(people, "staff_remove", "member_a")).status_code == 302
    assert not Membership.objects.active().filter(user=people["member_a"]).exists()
    assert not UserSession.objects.filter(user=people["member_a"]).exists()
    assert their_browser.get("/en/members/").status_code == 302


def test_an_invalid_role_is_refused(client, people):
    sign_in(client, people["admin_a"], recently=True)
    client.post(action_url(people, "staff_change_role", "member_a"), {"role": "owner"})
    assert Membership.objects.get(user=people["member_a"], agency=people["a"]).role == "member"


@pytest.mark.parametrize(
    ("person", "status"), [("member_a", 403), ("caseworker_a", 403), ("caseworker_b", 404)]
)
def test_others_cannot_change_staff(client, people, person, status):
    sign_in(client, people[person], recently=True)
    assert client.post(action_url(people, "staff_remove", "member_a")).status_code == status
    role = client.post(
        action_url(people, "staff_change_role", "member_a"), {"role": "agency_admin"}
    )
    assert role.status_code == status
    invited = client.post(
        reverse("members:staff_invite", kwargs={"agency_id": people["a"].pk}),
        {"email": "sneaky@example.org", "role": "agency_admin"},
    )
    assert invited.status_code == status
    assert Membership.objects.get(user=people["member_a"], agency=people["a"]).role == "member"
    assert Membership.objects.get(user=people["member_a"], agency=people["a"]).active


def test_an_admin_cannot_reach_another_agencys_staff_through_their_own_url(client, people):
    """A membership of agency B named under agency A's URL is not found."""
    sign_in(client, people["admin_a"], recently=True)
    membership_b = Membership.objects.get(user=people["caseworker_b"])
    url = reverse(
        "members:staff_remove",
        kwargs={"agency_id": people["a"].pk, "membership_id": membership_b.pk},
    )
    assert client.post(url).status_code == 404
    assert Membership.objects.get(pk=membership_b.pk).active


def test_a_coordinator_manages_staff_of_any_agency(client, people):
    sign_in(client, people["coordinator"], recently=True)
    assert client.get(staff_url(people, "b")).status_code == 200
    home = links(client.get("/en/members/"))
    assert staff_url(people, "b") in home and staff_url(people) in home


def test_member_home_links_admins_to_their_staff_page_only(client, people):
    sign_in(client, people["admin_a"])
    assert staff_url(people) in links(client.get("/en/members/"))
    sign_in(client, people["caseworker_a"])
    home = parse(client.get("/en/members/"))
    assert text(find(home, "h1")) == "Member area"
    assert staff_url(people) not in links(home)


def test_staff_page_and_member_home_cost_few_queries_whatever_the_staff(
    client, people, django_user_model, django_assert_max_num_queries
):
    for number in range(12):
        colleague = django_user_model.objects.create_user(
            f"colleague{number}", f"colleague{number}@example.org", "a-long-test-password-1"
        )
        MembershipFactory(user=colleague, agency=people["a"], role="caseworker")
        invite(people["a"], f"invitee{number}@example.org", "member", people["admin_a"])
    sign_in(client, people["admin_a"])
    client.get(staff_url(people))  # warm the session
    # About 20: session, user-session tracking, second factor, memberships, footer;
    # none of them per person or per invitation.
    with django_assert_max_num_queries(22):
        assert client.get(staff_url(people)).status_code == 200
    with django_assert_max_num_queries(22):
        assert client.get("/en/members/").status_code == 200
