"""Staff changes in the audit trail: each change writes exactly one event, with its fields.

The invitee's e-mail address is never written to the trail: the detail is a role code,
and the person concerned is named by their account when one exists.
"""

import pytest

from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse

from members.agencies.models import AgencyRole, AuditAction, AuditEvent, Membership
from members.agencies.services import (
    invitation_accept_new_account,
    invitation_accept_signed_in,
    invitation_create,
    invitation_revoke,
    membership_change_role,
    membership_remove,
)
from tests.accounts import sign_in
from tests.members.factories import invite

pytestmark = pytest.mark.django_db


def trail(agency) -> list[AuditEvent]:
    return list(AuditEvent.objects.of_agency(agency))


def fields(event: AuditEvent) -> dict:
    return {
        "action": event.action,
        "actor": event.actor,
        "subject": event.subject,
        "person_uuid": event.person_uuid,
        "reason": event.reason,
        "detail": event.detail,
    }


def place(people, username: str) -> Membership:
    return Membership.objects.get(user=people[username], agency=people["a"], active=True)


def test_an_invitation_is_audited_with_its_role_and_never_the_address(people):
    invitation_create(
        agency=people["a"],
        email="new.colleague@example.org",
        role=AgencyRole.CASEWORKER,
        invited_by=people["admin_a"],
    )
    [event] = trail(people["a"])
    assert fields(event) == {
        "action": AuditAction.STAFF_INVITE,
        "actor": people["admin_a"],
        "subject": None,
        "person_uuid": None,
        "reason": "",
        "detail": "caseworker",
    }
    assert "new.colleague" not in repr(AuditEvent.objects.filter(pk=event.pk).values().get())
    assert trail(people["b"]) == []


def test_an_invitation_of_an_existing_account_names_that_account(people):
    invitation_create(
        agency=people["a"],
        email=people["caseworker_b"].email.upper(),
        role=AgencyRole.MEMBER,
        invited_by=people["admin_a"],
    )
    [event] = trail(people["a"])
    assert (event.subject, event.detail) == (people["caseworker_b"], "member")


def test_a_refused_invitation_writes_nothing(people):
    with pytest.raises(ValidationError):
        invitation_create(
            agency=people["a"],
            email=people["member_a"].email,
            role=AgencyRole.CASEWORKER,
            invited_by=people["admin_a"],
        )
    assert trail(people["a"]) == []


def test_withdrawing_an_invitation_is_audited_once(people):
    invitation, _token = invite(
        people["a"], people["caseworker_b"].email, AgencyRole.CASEWORKER, people["admin_a"]
    )
    invitation_revoke(invitation=invitation, revoked_by=people["admin_a"])
    # A second withdrawal (a double click) changes nothing and records nothing.
    invitation_revoke(invitation=invitation, revoked_by=people["admin_a"])
    invite_event, withdrawal = trail(people["a"])
    assert invite_event.action == AuditAction.STAFF_INVITE
    assert fields(withdrawal) == {
        "action": AuditAction.STAFF_INVITATION_WITHDRAW,
        "actor": people["admin_a"],
        "subject": people["caseworker_b"],
        "person_uuid": None,
        "reason": "",
        "detail": "caseworker",
    }
    invitation.refresh_from_db()
    assert invitation.revoked_at is not None


def test_only_those_who_manage_the_staff_withdraw_an_invitation(people):
    invitation, _token = invite(
        people["a"], "pending@example.org", AgencyRole.MEMBER, people["admin_a"]
    )
    for someone in ("caseworker_a", "caseworker_b"):
        with pytest.raises(PermissionDenied):
            invitation_revoke(invitation=invitation, revoked_by=people[someone])
    invitation.refresh_from_db()
    assert invitation.revoked_at is None
    assert [event.action for event in trail(people["a"])] == [AuditAction.STAFF_INVITE]


def test_the_staff_page_withdraws_in_the_name_of_the_admin(client, people):
    invitation, _token = invite(
        people["a"], "pending@example.org", AgencyRole.MEMBER, people["admin_a"]
    )
    sign_in(client, people["admin_a"], recently=True)
    response = client.post(
        reverse(
            "members:invitation_withdraw",
            kwargs={"agency_id": people["a"].pk, "invitation_id": invitation.pk},
        )
    )
    assert response.status_code == 302
    withdrawal = trail(people["a"])[-1]
    assert (withdrawal.action, withdrawal.actor) == (
        AuditAction.STAFF_INVITATION_WITHDRAW,
        people["admin_a"],
    )


def test_joining_with_an_existing_account_is_audited_as_the_new_member(people):
    _invitation, token = invite(
        people["a"], people["caseworker_b"].email, AgencyRole.MEMBER, people["admin_a"]
    )
    invitation_accept_signed_in(token=token, user=people["caseworker_b"])
    joined = trail(people["a"])[-1]
    assert fields(joined) == {
        "action": AuditAction.STAFF_JOIN,
        "actor": people["caseworker_b"],
        "subject": None,
        "person_uuid": None,
        "reason": "",
        "detail": "member",
    }
    assert len(trail(people["a"])) == 2  # the invitation, then the joining


def test_joining_with_a_new_account_is_audited_as_that_account(people):
    _invitation, token = invite(
        people["a"], "newcomer@example.org", AgencyRole.CASEWORKER, people["admin_a"]
    )
    membership = invitation_accept_new_account(
        token=token, first_name="Nina", last_name="Newcomer", password="a-long-new-password-7"
    )
    joined = trail(people["a"])[-1]
    assert (joined.action, joined.actor, joined.detail) == (
        AuditAction.STAFF_JOIN,
        membership.user,
        "caseworker",
    )


def test_a_role_change_records_the_old_and_the_new_role(people):
    membership_change_role(
        membership=place(people, "member_a"),
        role=AgencyRole.CASEWORKER,
        changed_by=people["admin_a"],
    )
    [event] = trail(people["a"])
    assert fields(event) == {
        "action": AuditAction.STAFF_ROLE_CHANGE,
        "actor": people["admin_a"],
        "subject": people["member_a"],
        "person_uuid": None,
        "reason": "",
        "detail": "member → caseworker",
    }


def test_a_role_change_that_changes_nothing_or_is_refused_writes_nothing(people):
    membership_change_role(
        membership=place(people, "member_a"), role=AgencyRole.MEMBER, changed_by=people["admin_a"]
    )
    with pytest.raises(ValidationError):
        membership_change_role(
            membership=place(people, "admin_a"),
            role=AgencyRole.MEMBER,
            changed_by=people["admin_a"],
        )
    assert trail(people["a"]) == []


def test_a_removal_names_the_person_and_the_role_they_had(people):
    membership_remove(membership=place(people, "caseworker_a"), removed_by=people["admin_a"])
    [event] = trail(people["a"])
    assert fields(event) == {
        "action": AuditAction.STAFF_REMOVE,
        "actor": people["admin_a"],
        "subject": people["caseworker_a"],
        "person_uuid": None,
        "reason": "",
        "detail": "caseworker",
    }


def test_a_refused_removal_writes_nothing(people):
    with pytest.raises(ValidationError):
        membership_remove(membership=place(people, "admin_a"), removed_by=people["admin_a"])
    assert trail(people["a"]) == []


def test_a_coordinators_staff_changes_are_in_the_agencys_trail(people):
    membership_change_role(
        membership=place(people, "member_a"),
        role=AgencyRole.CASEWORKER,
        changed_by=people["coordinator"],
    )
    membership_remove(membership=place(people, "member_a"), removed_by=people["coordinator"])
    assert [(event.actor, event.action, event.sequence) for event in trail(people["a"])] == [
        (people["coordinator"], AuditAction.STAFF_ROLE_CHANGE, 1),
        (people["coordinator"], AuditAction.STAFF_REMOVE, 2),
    ]
