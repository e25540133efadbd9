"""Finding 2: e-mail addresses and passwords change only in allauth's pages.

There the change needs a fresh sign-in, a new address is verified before it is
used, and the old address is told. The CMS offers no way around it: its own
account page, password reset and user editor change neither.
"""

import re

import pytest

from django.contrib.auth.models import Group, Permission
from django.core import mail

from members.agencies.access import COORDINATORS_GROUP
from tests.accounts import sign_in
from tests.html import find_all, links, parse

PASSWORD = "a-long-test-password-1"


def cms_user(django_user_model, username="editor", **extra):
    user = django_user_model.objects.create_user(
        username, f"{username}@example.org", PASSWORD, **extra
    )
    user.emailaddress_set.create(email=user.email, verified=True, primary=True)
    return user


def test_the_cms_account_page_does_not_change_the_email_address(client, django_user_model):
    editor = cms_user(django_user_model, is_superuser=True)
    sign_in(client, editor)
    response = client.post(
        "/cms/account/",
        {
            "name_email-first_name": "Eve",
            "name_email-last_name": "Editor",
            "name_email-email": "attacker@example.net",
            "locale-preferred_language": "en",
            "locale-current_time_zone": "",
            "theme-theme": "system",
            "theme-density": "default",
            "theme-contrast": "system",
            "theme-keyboard_shortcuts": "on",
        },
    )
    assert response.status_code in (200, 302)
    editor.refresh_from_db()
    assert editor.email == "editor@example.org"
    assert editor.first_name == "Eve"  # the name may be changed here
    page = parse(client.get("/cms/account/"))
    assert find_all(page, "input", name="name_email-first_name")  # the form is there ...
    assert find_all(page, "input", name="name_email-email") == []  # ... without these
    assert find_all(page, "input", name="password-new_password1") == []
    assert "/en/accounts/email/" in links(page)  # where it is done instead


def test_the_cms_has_no_password_reset_of_its_own(client, django_user_model):
    """Its reset was unthrottled and mailed members their user name: allauth's is used."""
    cms_user(django_user_model, is_superuser=True)
    for path in ("/cms/password_reset/", "/cms/password_reset/done/"):
        response = client.get(path)
        assert response.status_code == 302, path
        assert response["Location"] == "/en/accounts/password/reset/", path
    response = client.post("/cms/password_reset/", {"email": "editor@example.org"})
    assert response.status_code == 302
    assert mail.outbox == []


def test_the_cms_user_editor_cannot_change_an_email_address(client, django_user_model):
    admin = cms_user(django_user_model, "admin", is_superuser=True)
    other = cms_user(django_user_model, "translator")
    sign_in(client, admin)
    data = {
        "username": "translator",
        "email": "attacker@example.net",
        "first_name": "Tom",
        "last_name": "Translator",
        "is_active": "on",
        "password1": "a-new-password-of-mine-7",
        "password2": "a-new-password-of-mine-7",
    }
    response = client.post(f"/cms/users/edit/{other.pk}/", data)
    assert response.status_code == 302
    other.refresh_from_db()
    assert other.email == "translator@example.org"
    assert other.check_password(PASSWORD)
    assert other.first_name == "Tom"


@pytest.fixture
def user_manager(django_user_model):
    """Someone who may edit users in the CMS, without being a superuser."""
    manager = cms_user(django_user_model, "manager", first_name="M", last_name="M")
    manager.user_permissions.add(
        *Permission.objects.filter(codename__in=["access_admin", "add_user", "change_user"])
    )
    return manager


def test_nobody_grants_themselves_a_group_in_the_cms(client, user_manager):
    manager = user_manager
    coordinators = Group.objects.get_or_create(name=COORDINATORS_GROUP)[0]
    sign_in(client, manager)
    response = client.post(
        f"/cms/users/edit/{manager.pk}/",
        {
            "username": "manager",
            "email": "manager@example.org",
            "first_name": "Max",
            "last_name": "M",
            "groups": [coordinators.pk],
        },
    )
    assert response.status_code == 302
    manager.refresh_from_db()
    assert manager.first_name == "Max"  # the rest of the form was saved
    assert not manager.groups.filter(pk=coordinators.pk).exists()


def test_changing_the_email_address_asks_for_the_password_again(client, people):
    sign_in(client, people["caseworker_a"])
    response = client.post("/en/accounts/email/", {"action_add": "", "email": "new@example.net"})
    assert response.status_code == 302
    assert response["Location"].startswith("/en/accounts/reauthenticate/")
    people["caseworker_a"].refresh_from_db()
    assert people["caseworker_a"].email == "caseworker_a@example.org"


def test_a_new_address_is_verified_before_use_and_the_old_one_is_told(client, people):
    user = people["caseworker_a"]
    sign_in(client, user, recently=True)
    response = client.post("/en/accounts/email/", {"action_add": "", "email": "new@example.net"})
    user.refresh_from_db()
    assert user.email == "caseworker_a@example.org"  # not yet: the new address must answer
    confirmation = next(m for m in mail.outbox if m.to == ["new@example.net"])
    code = re.search(r"^([A-Z0-9]{4}-[A-Z0-9]{4})$", confirmation.body, re.M).group(1)
    assert client.post(response["Location"], {"code": "WRONG-CODE"}).status_code == 200
    user.refresh_from_db()
    assert user.email == "caseworker_a@example.org"
    client.post(response["Location"], {"code": code})
    user.refresh_from_db()
    assert user.email == "new@example.net"
    told = [m for m in mail.outbox if m.to == ["caseworker_a@example.org"]]
    assert told, "the old address is told that the address changed"
    assert "new@example.net" in told[-1].body


def test_a_password_change_is_told_to_the_address(client, people):
    user = people["caseworker_a"]
    sign_in(client, user, recently=True)
    response = client.post(
        "/en/accounts/password/change/",
        {
            "oldpassword": PASSWORD,
            "password1": "another-long-password-42",
            "password2": "another-long-password-42",
        },
    )
    assert response.status_code == 302
    user.refresh_from_db()
    assert user.check_password("another-long-password-42")
    assert [m.to for m in mail.outbox] == [["caseworker_a@example.org"]]


def test_a_person_added_in_the_cms_chooses_their_own_password(client, django_user_model):
    """An administrator who set it would know it; the person sets it by a reset link."""
    admin = cms_user(django_user_model, "admin", is_superuser=True)
    sign_in(client, admin)
    response = client.post(
        "/cms/users/new/",
        {
            "username": "newcomer",
            "email": "newcomer@example.org",
            "first_name": "New",
            "last_name": "Comer",
            "password1": "chosen-by-the-admin-123",
            "password2": "chosen-by-the-admin-123",
        },
    )
    assert response.status_code == 302
    newcomer = django_user_model.objects.get(username="newcomer")
    assert not newcomer.check_password("chosen-by-the-admin-123")
    client.logout()
    client.post("/en/accounts/password/reset/", {"email": "newcomer@example.org"})
    assert [m.to for m in mail.outbox] == [["newcomer@example.org"]]


def test_nobody_grants_themselves_a_group_in_a_bulk_action(client, user_manager, django_user_model):
    manager = user_manager
    colleague = cms_user(django_user_model, "colleague", first_name="C", last_name="C")
    coordinators = Group.objects.get_or_create(name=COORDINATORS_GROUP)[0]
    sign_in(client, manager)
    url = "/cms/bulk/auth/user/assign_role/"
    client.post(f"{url}?id={manager.pk}&id={colleague.pk}", {"role": coordinators.pk})
    assert not coordinators.user_set.filter(pk=manager.pk).exists()
    # The same action on others works: it is oneself that is left out.
    client.post(f"{url}?id={colleague.pk}", {"role": coordinators.pk})
    assert coordinators.user_set.filter(pk=colleague.pk).exists()


def test_only_a_superuser_makes_someone_a_superuser(client, user_manager, django_user_model):
    other = cms_user(django_user_model, "other", first_name="O", last_name="O")
    sign_in(client, user_manager)
    fields = {"first_name": "N", "last_name": "N", "is_superuser": "on", "is_active": "on"}
    created = client.post(
        "/cms/users/new/", {"username": "mine", "email": "mine@example.net", **fields}
    )
    assert created.status_code == 302
    edited = client.post(
        f"/cms/users/edit/{other.pk}/", {"username": "other", "email": other.email, **fields}
    )
    assert edited.status_code == 302
    assert not django_user_model.objects.filter(is_superuser=True).exists()
    assert django_user_model.objects.get(username="other").first_name == "N"


def test_the_last_second_factor_cannot_be_removed(client, people):
    from allauth.mfa.models import Authenticator

    user = people["caseworker_a"]
    sign_in(client, user, recently=True)
    totp = Authenticator.objects.get(user=user, type=Authenticator.Type.TOTP)
    client.post("/en/accounts/2fa/totp/deactivate/")
    assert Authenticator.objects.filter(pk=totp.pk).exists()
    passkey = Authenticator.objects.create(
        user=user, type=Authenticator.Type.WEBAUTHN, data={"name": "Laptop", "credential": {}}
    )
    totp.delete()  # the passkey is now the only factor
    response = client.post(f"/en/accounts/2fa/webauthn/keys/{passkey.pk}/remove/")
    assert response.status_code == 302
    assert Authenticator.objects.filter(pk=passkey.pk).exists()
