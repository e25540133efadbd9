"""The gate: second factor required, CMS login through allauth, session lifetimes."""

import datetime
import time

import pytest
from allauth.usersessions.models import UserSession

from django.utils import timezone

from members.agencies.models import Membership
from members.agencies.permissions import ReauthenticationRequiredMixin
from members.agencies.security import SIGNED_IN_AT
from members.agencies.services import membership_remove
from tests.accounts import TEST_TOTP_SECRET, sign_in


@pytest.mark.without_second_factor
def test_without_a_second_factor_member_area_and_cms_send_you_to_set_one_up(
    client, django_user_model
):
    user = django_user_model.objects.create_user("new", "new@example.org", "a-long-password-1")
    sign_in(client, user, second_factor=False)
    for path in ("/en/members/", "/fr/members/", "/cms/"):
        response = client.get(path)
        assert response.status_code == 302, path
        assert "/accounts/2fa/" in response["Location"], path
    # Setting it up is reachable (allauth first asks for the password again).
    response = client.get("/en/accounts/2fa/totp/activate/")
    assert response.status_code == 302
    assert response["Location"].startswith("/en/accounts/reauthenticate/")


def test_with_a_second_factor_the_member_area_opens(client, people):
    sign_in(client, people["caseworker_a"])
    assert client.get("/en/members/").status_code == 200


def test_cms_login_goes_through_allauth(client):
    response = client.get("/cms/login/?next=/cms/")
    assert response.status_code == 302
    assert response["Location"].startswith("/en/accounts/login/")
    assert "next=/cms/" in response["Location"]
    anonymous = client.get("/cms/")
    assert anonymous.status_code == 302 and "/accounts/login/" in anonymous["Location"]


def test_wrong_password_and_unknown_email_get_the_same_answer(client, people):
    wrong = client.post(
        "/en/accounts/login/", {"login": "caseworker_a@example.org", "password": "wrong-one-123"}
    )
    unknown = client.post(
        "/en/accounts/login/", {"login": "nobody@example.org", "password": "wrong-one-123"}
    )
    assert wrong.status_code == unknown.status_code == 200

    def errors(response):
        return sorted(str(error) for error in response.context["form"].non_field_errors())

    assert errors(wrong) == errors(unknown) != []


def sign_in_with_password(client):
    """The first step of signing in as caseworker_a; the second factor comes next."""
    return client.post(
        "/en/accounts/login/",
        {"login": "caseworker_a@example.org", "password": "a-long-test-password-1"},
    )


def test_password_then_second_factor_at_login(client, people, authenticator_app):
    response = sign_in_with_password(client)
    assert response.status_code == 302 and "/accounts/2fa/authenticate/" in response["Location"]
    assert client.get("/en/members/").status_code == 302  # not signed in yet
    code = authenticator_app.code(TEST_TOTP_SECRET)
    response = client.post(response["Location"], {"code": code})
    assert response.status_code == 302
    assert client.get("/en/members/").status_code == 200


def test_failed_logins_are_rate_limited(client, people):
    for _attempt in range(5):
        client.post(
            "/en/accounts/login/", {"login": "caseworker_a@example.org", "password": "wrong-123456"}
        )
    # Even the right password is refused until the limit has passed.
    response = sign_in_with_password(client)
    assert response.status_code == 200
    assert "Too many failed login attempts" in response.text
    assert client.get("/en/members/").status_code == 302


def test_absolute_session_timeout(client, people, settings):
    sign_in(client, people["caseworker_a"])
    assert client.get("/en/members/").status_code == 200
    session = client.session
    session[SIGNED_IN_AT] = int(time.time()) - settings.SESSION_ABSOLUTE_TIMEOUT_SECONDS - 1
    session.save()
    response = client.get("/en/members/")
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    assert client.get("/en/members/").status_code == 302  # signed out for good


def test_a_session_ends_after_half_an_hour_without_a_request(client, people):
    from django.contrib.sessions.models import Session

    sign_in(client, people["caseworker_a"])
    response = client.get("/en/members/")
    assert response.cookies["sessionid"]["max-age"] == 30 * 60  # the browser forgets it too
    stored = Session.objects.filter(session_key=client.session.session_key)
    # Each request keeps the session alive for another half hour ...
    stored.update(expire_date=timezone.now() + datetime.timedelta(seconds=5))
    assert client.get("/en/members/").status_code == 200
    left = stored.get().expire_date - timezone.now()
    assert datetime.timedelta(minutes=29) < left <= datetime.timedelta(minutes=30)
    # ... and once that half hour passes without one, the person is signed out.
    stored.update(expire_date=timezone.now() - datetime.timedelta(seconds=1))
    response = client.get("/en/members/")
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def _signed_in_client(client, user):
    sign_in(client, user)
    UserSession.objects.create_from_request(client.get("/en/members/").wsgi_request)
    return client


def test_disabling_a_person_ends_their_sessions(client, people):
    from django.test import Client

    user = people["caseworker_a"]
    other = Client()
    sign_in(other, user)
    other.get("/en/members/")
    assert UserSession.objects.filter(user=user).exists()
    user.is_active = False
    user.save()
    assert not UserSession.objects.filter(user=user).exists()
    assert other.get("/en/members/").status_code == 302


def test_removing_the_last_membership_ends_sessions(people):
    from django.test import Client

    user = people["member_a"]
    browser = Client()
    sign_in(browser, user)
    browser.get("/en/members/")
    assert UserSession.objects.filter(user=user).exists()
    membership_remove(membership=Membership.objects.get(user=user), removed_by=people["admin_a"])
    assert not UserSession.objects.filter(user=user).exists()
    assert browser.get("/en/members/").status_code == 302


def test_pages_for_signed_in_people_and_sign_in_pages_are_never_stored(client, people, site_tree):
    assert "no-store" in client.get("/en/accounts/login/")["Cache-Control"]
    sign_in(client, people["caseworker_a"])
    for path in ("/en/members/", "/en/agencies/", "/en/"):
        response = client.get(path)
        assert "no-store" in response["Cache-Control"], path


def test_reauthentication_mixin_asks_again_before_sensitive_actions(rf, people, settings):
    """A view with the mixin sends a person who signed in long ago to re-authenticate."""
    from django.contrib.sessions.backends.db import SessionStore
    from django.http import HttpResponse
    from django.views import View

    class ExportView(ReauthenticationRequiredMixin, View):
        def post(self, request):
            return HttpResponse("exported")

    request = rf.post("/en/members/export/")
    request.user = people["caseworker_a"]
    request.session = SessionStore()
    from allauth.core.exceptions import ReauthenticationRequired

    with pytest.raises(ReauthenticationRequired):
        ExportView.as_view()(request)


def test_wrong_second_factor_codes_are_rate_limited(client, people, authenticator_app):
    response = sign_in_with_password(client)
    second_factor = response["Location"]
    for _attempt in range(5):
        wrong = client.post(second_factor, {"code": "000000"})
        assert wrong.status_code == 200 and "Incorrect code" in wrong.text
    # Even the right code is refused until the limit has passed.
    response = client.post(second_factor, {"code": authenticator_app.code(TEST_TOTP_SECRET)})
    assert response.status_code == 200
    assert "Too many failed login attempts" in response.text
    assert client.get("/en/members/").status_code == 302
