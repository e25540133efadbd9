"""Finding 1: a password alone must never open the member area, the CMS or members-only data.

The gate asks for proof that a second factor was used in this session, not merely
that the account owns one: a session signed in any other way is sent to the
second-factor step.
"""

import pytest

from django.conf import settings

from tests.accounts import TEST_TOTP_SECRET, sign_in
from tests.html import texts

PASSWORD = "a-long-test-password-1"
GATED = ("/en/members/", "/fr/members/", "/cms/", "/cms/users/", "/en/agencies/")
LANGUAGES = [code for code, _name in settings.LANGUAGES]


@pytest.mark.parametrize("language", LANGUAGES)
def test_wagtail_frontend_login_sends_to_allauth_in_every_language(client, language):
    response = client.get(f"/{language}/_util/login/?next=/{language}/guides/")
    assert response.status_code == 302
    assert response["Location"] == f"/{language}/accounts/login/?next=/{language}/guides/"


@pytest.mark.parametrize("login", ["caseworker_a", "caseworker_a@example.org"])
def test_a_password_posted_to_the_wagtail_frontend_login_opens_nothing(client, people, login):
    people["caseworker_a"].is_staff = True
    people["caseworker_a"].is_superuser = True
    people["caseworker_a"].save()
    response = client.post("/en/_util/login/", {"username": login, "password": PASSWORD})
    assert response.status_code == 302
    assert "_auth_user_id" not in client.session
    for path in GATED[:-1]:
        assert client.get(path).status_code == 302, path
    directory = client.get("/en/agencies/")  # public, but its contacts are for members
    assert "Agency A" in texts(directory, "h3", class_="card__title")
    assert "contact@agency-a.example.org" not in directory.text


def test_django_login_alone_is_sent_to_the_second_factor_step(client, people):
    client.force_login(people["admin_a"])
    for path in GATED:
        response = client.get(path)
        assert response.status_code == 302, path
        language = "fr" if path.startswith("/fr/") else "en"
        assert response["Location"].startswith(f"/{language}/accounts/2fa/reauthenticate/"), path
    # Public pages too: the session is only half signed in until it proves the factor.
    assert client.get("/en/").status_code == 302


def test_the_second_factor_step_of_a_half_signed_in_session_opens_the_member_area(
    client, people, authenticator_app
):
    client.force_login(people["admin_a"])
    step = client.get("/en/members/")["Location"]
    assert client.post(step, {"code": "000000"}).status_code == 200  # wrong code
    assert client.get("/en/members/").status_code == 302
    response = client.post(step, {"code": authenticator_app.code(TEST_TOTP_SECRET)})
    assert response.status_code == 302 and response["Location"] == "/en/members/"
    assert client.get("/en/members/").status_code == 200


def test_a_password_reauthentication_is_no_proof_of_a_second_factor(client, people):
    client.force_login(people["admin_a"])
    client.post("/en/accounts/reauthenticate/?next=/en/members/", {"password": PASSWORD})
    assert client.get("/en/members/").status_code == 302


def test_a_half_signed_in_session_cannot_add_a_factor_of_its_own(client, people):
    """With the password alone, enrolling a new passkey would be a way round the gate."""
    client.force_login(people["admin_a"])
    for path in ("/en/accounts/2fa/", "/en/accounts/2fa/webauthn/add/", "/en/accounts/email/"):
        response = client.get(path)
        assert response.status_code == 302, path
        assert response["Location"].startswith("/en/accounts/2fa/reauthenticate/"), path


def test_a_half_signed_in_session_can_sign_out(client, people):
    client.force_login(people["admin_a"])
    response = client.post("/en/accounts/logout/")
    assert response.status_code == 302
    assert "_auth_user_id" not in client.session


def test_password_then_authenticator_code_opens_the_member_area_and_cms(
    client, people, authenticator_app
):
    response = client.post(
        "/en/accounts/login/", {"login": "admin_a@example.org", "password": PASSWORD}
    )
    assert "/accounts/2fa/authenticate/" in response["Location"]
    assert client.get("/en/members/").status_code == 302
    client.post(response["Location"], {"code": authenticator_app.code(TEST_TOTP_SECRET)})
    assert client.get("/en/members/").status_code == 200


def test_a_signed_in_session_with_proof_opens_the_member_area(client, people):
    sign_in(client, people["admin_a"])
    assert client.get("/en/members/").status_code == 200
    assert "contact@agency-a.example.org" in client.get("/en/agencies/").text


@pytest.mark.without_second_factor
def test_an_account_without_a_factor_is_sent_to_set_one_up_everywhere(client, people):
    user = people["no_second_factor"]
    client.force_login(user)
    for path in GATED:
        response = client.get(path)
        assert response.status_code == 302, path
        language = "fr" if path.startswith("/fr/") else "en"
        assert response["Location"] == f"/{language}/accounts/2fa/", path
    assert client.get("/en/accounts/2fa/").status_code == 200


@pytest.mark.without_second_factor
@pytest.mark.django_db(transaction=True)
def test_enrolling_the_first_factor_counts_as_proof(client, people, site_tree, authenticator_app):
    """allauth announces the new factor after its transaction commits, within the request."""
    from allauth.mfa.totp.internal.auth import SECRET_SESSION_KEY

    user = people["no_second_factor"]
    sign_in(client, user, second_factor=False, recently=True)
    client.get("/en/accounts/2fa/totp/activate/")
    secret = client.session[SECRET_SESSION_KEY]
    response = client.post(
        "/en/accounts/2fa/totp/activate/", {"code": authenticator_app.code(secret)}
    )
    assert response.status_code == 302
    assert client.get("/en/members/").status_code == 200


@pytest.mark.without_second_factor
def test_without_a_factor_a_password_alone_does_not_sign_in(client, people):
    """Else anyone with the password of an account that has no factor yet (an invitee
    who stopped before setting one up) could sign in and enrol their own."""
    import re

    from django.core import mail

    response = client.post(
        "/en/accounts/login/", {"login": "no_second_factor@example.org", "password": PASSWORD}
    )
    assert response.status_code == 302
    assert response["Location"].startswith("/en/accounts/login/code/confirm/")
    assert "_auth_user_id" not in client.session
    (message,) = mail.outbox
    assert message.to == ["no_second_factor@example.org"]
    code = re.search(r"^([A-Z0-9]{4}-[A-Z0-9]{4})$", message.body, re.M).group(1)
    client.post(response["Location"], {"code": code})
    assert client.session["_auth_user_id"] == str(people["no_second_factor"].pk)
    response = client.get("/en/members/")
    assert response["Location"] == "/en/accounts/2fa/"  # now set one up
