"""Invitation-only accounts: invite, the link, name and password, then the second factor."""

import datetime
import re
from urllib.parse import parse_qs, urlsplit

import pytest

from django.core import mail
from django.urls import reverse
from django.utils import timezone

from members.agencies.models import AgencyRole, Invitation, Membership
from members.notifications.models import Notification
from tests.accounts import give_second_factor, sign_in
from tests.html import attributes, find, find_all, parse, text, texts
from tests.members.factories import invite

STRONG = "a-rather-long-passphrase-9"


def link_from(message) -> str:
    return re.search(r"https?://[^/\s]+(/\S+)", message.body).group(1)


def accept_url(token: str, language: str = "en") -> str:
    return f"/{language}/accounts/invitation/{token}/"


def problem(response) -> str:
    """Why an invitation link cannot be used, as the page says it."""
    return text(find(response, "div", role="alert"))


def invalid_fields(response) -> set[str]:
    """The names of the form fields marked invalid for screen readers."""
    return {attributes(field)["name"] for field in find_all(response, aria_invalid="true")}


@pytest.mark.without_second_factor
def test_admin_invites_and_the_invitee_creates_an_account_then_must_set_up_a_second_factor(
    client, people, django_capture_on_commit_callbacks
):
    admin = people["admin_a"]
    give_second_factor(admin)
    sign_in(client, admin, recently=True)
    staff_url = reverse("members:staff", kwargs={"agency_id": people["a"].pk})
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            f"{staff_url}invite/", {"email": "New.Colleague@Example.org", "role": "caseworker"}
        )
    assert response.status_code == 302 and response["Location"] == staff_url
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["New.Colleague@Example.org"]
    assert "Agency A" in message.subject
    assert "7 days" in message.body
    link = link_from(message)
    assert link.startswith("/en/accounts/invitation/")
    pending = find(client.get(staff_url), "section", aria_labelledby="invitations-heading")
    assert texts(pending, "h3") == ["New.Colleague@Example.org"]

    client.logout()
    page = client.get(link)
    assert page.status_code == 200
    assert text(find(page, "h1")) == "Join Agency A"
    assert "as Caseworker of Agency A (Brussels)" in text(find(page, "main"))
    assert "no-store" in page["Cache-Control"]
    response = client.post(
        link,
        {"first_name": "Nia", "last_name": "Colleague", "password1": STRONG, "password2": STRONG},
    )
    assert response.status_code == 302
    assert response["Location"] == reverse("mfa_index")
    membership = Membership.objects.get(user__email="new.colleague@example.org")
    assert membership.agency == people["a"] and membership.role == AgencyRole.CASEWORKER
    assert membership.user.get_full_name() == "Nia Colleague"
    # Signed in, but nothing in the member area works before a second factor exists.
    assert client.get("/en/members/")["Location"] == reverse("mfa_index")
    # Setting one up does not ask for the password again: it was just chosen.
    assert client.get(reverse("mfa_activate_totp")).status_code == 200
    # The admin who invited hears about it.
    assert Notification.objects.filter(recipient=admin, title__contains="Nia Colleague").exists()
    assert not Invitation.objects.pending().exists()


def test_a_used_link_fails_with_a_clear_message(client, people):
    _, token = invite(people["a"], "once@example.org", "member", people["admin_a"])
    data = {"first_name": "O", "last_name": "", "password1": STRONG, "password2": STRONG}
    assert client.post(accept_url(token), data).status_code == 302
    client.logout()
    again = client.get(accept_url(token))
    assert again.status_code == 410
    assert "already been accepted" in problem(again)
    assert client.post(accept_url(token), data).status_code == 410
    assert Membership.objects.filter(user__email="once@example.org").count() == 1


def test_an_expired_link_fails_with_a_clear_message(client, people):
    invitation, token = invite(people["a"], "late@example.org", "member", people["admin_a"])
    Invitation.objects.filter(pk=invitation.pk).update(
        expires_at=timezone.now() - datetime.timedelta(minutes=1)
    )
    response = client.get(accept_url(token))
    assert response.status_code == 410
    assert "has expired" in problem(response)


def test_a_link_older_than_its_signature_allows_fails_even_if_the_row_says_otherwise(
    client, people, settings
):
    _, token = invite(people["a"], "old@example.org", "member", people["admin_a"])
    settings.INVITATION_VALID_DAYS = -1
    response = client.get(accept_url(token))
    assert response.status_code == 410 and "has expired" in problem(response)


@pytest.mark.parametrize("mangle", [lambda t: t[:-2] + "xx", lambda t: "not-a-token", str.upper])
def test_a_tampered_link_does_not_work(client, people, mangle):
    _, token = invite(people["a"], "tamper@example.org", "member", people["admin_a"])
    response = client.get(accept_url(mangle(token)))
    assert response.status_code == 404
    assert "does not work" in problem(response)


def test_a_withdrawn_invitation_fails(client, people):
    invitation, token = invite(people["a"], "withdrawn@example.org", "member", people["admin_a"])
    sign_in(client, people["admin_a"], recently=True)
    url = reverse(
        "members:invitation_withdraw",
        kwargs={"agency_id": people["a"].pk, "invitation_id": invitation.pk},
    )
    assert client.post(url).status_code == 302
    client.logout()
    response = client.get(accept_url(token))
    assert response.status_code == 410 and "withdrawn" in problem(response)


def test_signed_in_with_another_address_is_told_so(client, people):
    _, token = invite(people["a"], "someone.else@example.org", "member", people["admin_a"])
    sign_in(client, people["caseworker_b"])
    response = client.get(accept_url(token))
    assert response.status_code == 403
    assert "another e-mail address" in problem(response)
    assert client.post(accept_url(token)).status_code == 403
    assert not Membership.objects.filter(user__email="someone.else@example.org").exists()


def test_an_existing_account_signs_in_then_accepts(client, people):
    other = people["caseworker_b"]
    _, token = invite(people["a"], other.email.upper(), "member", people["admin_a"])
    response = client.get(accept_url(token))
    assert response.status_code == 200
    page = parse(response)
    assert "already has an account" in text(find(page, "main"))
    # Signing in brings the person back to the invitation.
    sign_in_link = urlsplit(attributes(find(find(page, "main"), "a", class_="button"))["href"])
    assert sign_in_link.path == "/en/accounts/login/"
    assert parse_qs(sign_in_link.query)["next"] == [accept_url(token)]
    sign_in(client, other)
    response = client.post(accept_url(token))
    assert response.status_code == 302 and response["Location"] == reverse("members:home")
    assert Membership.objects.active().get(user=other, agency=people["a"]).role == "member"


@pytest.mark.parametrize(
    ("password1", "password2", "error"),
    [
        ("short-pass1", "short-pass1", "at least 12"),
        ("password1234", "password1234", "too common"),
        (STRONG, STRONG + "x", "not the same"),
    ],
)
def test_weak_or_mismatched_passwords_are_refused(client, people, password1, password2, error):
    _, token = invite(people["a"], "weak@example.org", "member", people["admin_a"])
    response = client.post(
        accept_url(token),
        {"first_name": "W", "last_name": "", "password1": password1, "password2": password2},
    )
    assert response.status_code == 200
    # The one field in error is marked invalid, and the message shown under it says why.
    page = parse(response)
    (field,) = find_all(page, "input", aria_invalid="true")
    (group,) = [div for div in find_all(page, "div", class_="form-field") if field in div.children]
    assert error in text(find(group, "ul", class_="errorlist"))
    assert not Membership.objects.filter(user__email="weak@example.org").exists()
    assert Invitation.objects.pending().filter(email="weak@example.org").exists()


def test_a_fields_help_and_error_are_read_out_with_it(client, people):
    _, token = invite(people["a"], "weak@example.org", "member", people["admin_a"])
    response = client.post(
        accept_url(token),
        {
            "first_name": "W",
            "last_name": "",
            "password1": "short-pass1",
            "password2": "short-pass1",
        },
    )
    page = parse(response)
    field = find(page, "input", name="password1")
    described_by = attributes(field)["aria-describedby"].split()
    assert [text(find(page, id=target)) for target in described_by] == [
        "At least 12 characters; not a common password.",
        "This password is too short. It must contain at least 12 characters.",
    ]


def test_duplicate_invitations_and_existing_staff_are_refused(client, people):
    sign_in(client, people["admin_a"], recently=True)
    url = reverse("members:staff_invite", kwargs={"agency_id": people["a"].pk})
    assert client.post(url, {"email": "twice@example.org", "role": "member"}).status_code == 302
    again = client.post(url, {"email": "TWICE@example.org", "role": "member"})
    assert again.status_code == 200
    assert invalid_fields(again) == {"email"}
    assert "already has a pending invitation" in text(find(again, "ul", class_="errorlist"))
    staff = client.post(url, {"email": people["member_a"].email, "role": "member"})
    assert staff.status_code == 200
    assert "already on the staff" in text(find(staff, "ul", class_="errorlist"))
    bad = client.post(url, {"email": "not an address", "role": "boss"})
    assert bad.status_code == 200 and invalid_fields(bad) == {"email", "role"}


def test_inviting_asks_for_the_password_again_after_a_while(client, people):
    sign_in(client, people["admin_a"])
    url = reverse("members:staff_invite", kwargs={"agency_id": people["a"].pk})
    assert client.get(url).status_code == 200
    response = client.post(url, {"email": "later@example.org", "role": "member"})
    assert response.status_code == 302
    assert response["Location"].startswith("/en/accounts/reauthenticate/")
    assert not Invitation.objects.exists()


def test_public_sign_up_is_closed(client, db):
    page = parse(client.get("/en/accounts/signup/"))
    assert text(find(page, "h1")) == "No public sign-up"
    assert find_all(page, "input", name="password1") == []
    client.post(
        "/en/accounts/signup/",
        {"email": "walk-in@example.org", "password1": STRONG, "password2": STRONG},
    )
    from django.contrib.auth import get_user_model

    assert not get_user_model().objects.filter(email="walk-in@example.org").exists()


def test_invitation_mail_and_link_in_the_inviters_language(
    client, people, django_capture_on_commit_callbacks
):
    sign_in(client, people["admin_a"], recently=True)
    url = "/fr" + reverse("members:staff_invite", kwargs={"agency_id": people["a"].pk})[3:]
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url, {"email": "fr@example.org", "role": "member"})
    link = link_from(mail.outbox[0])
    assert link.startswith("/fr/accounts/invitation/")
    page = client.get(link)
    assert page["Content-Language"] == "fr"


def test_password_reset_is_rate_limited(client, people):
    statuses = [
        client.post("/en/accounts/password/reset/", {"email": people["admin_a"].email}).status_code
        for _ in range(7)
    ]
    assert statuses[0] == 302
    assert 429 in statuses
