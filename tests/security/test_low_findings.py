"""Finding 7 (low): long names, the CMS without rights, translation status, mail abuse,
registration links after retention."""

import datetime

import pytest

from django.contrib.auth.models import Group, Permission
from django.core import mail
from django.test import Client
from django.utils import timezone

from members.notifications.models import Notification
from practices.events.registrations.services import (
    RESENDS_PER_HOUR,
    RegistrantDetails,
    registration_create,
)
from practices.events.registrations.tokens import registration_token
from practices.models import EventRegistration, InformationPage
from practices.translation.translators import ensure_translation_roles, translator_group_name
from tests.accounts import sign_in
from tests.factories import ensure_countries, make_event, make_event_index
from tests.html import find, parse, text, texts
from tests.members.factories import invite, make_user

STRONG = "a-rather-long-passphrase-9"


# --- a long name -----------------------------------------------------------------------


def test_an_invitation_accepted_with_the_longest_names_works(client, people):
    _invitation, token = invite(people["a"], "long@example.org", "caseworker", people["admin_a"])
    response = client.post(
        f"/en/accounts/invitation/{token}/",
        {"first_name": "Å" * 150, "last_name": "Ø" * 150, "password1": STRONG, "password2": STRONG},
    )
    assert response.status_code == 302
    told = Notification.objects.get(recipient=people["admin_a"])
    assert len(told.title) <= 200
    assert told.title.endswith("…")


# --- the CMS without rights -------------------------------------------------------------


@pytest.mark.parametrize("path", ["/cms/", "/cms/pages/", "/cms/memberships/"])
def test_a_member_without_cms_rights_is_told_so_instead_of_looping(client, people, path):
    sign_in(client, people["member_a"])
    response = client.get(path)
    assert response.status_code == 403
    page = parse(response)
    assert text(find(page, "h1")) == "You have no access to the CMS"
    way_on = find(find(page, "main"), "a", href="/en/members/")
    assert text(way_on) == "Go to the member area"


# --- translation status ---------------------------------------------------------------


@pytest.fixture
def private_draft(knowledge_tree):
    from wagtail.models import PageViewRestriction

    home = knowledge_tree["home"]
    draft = InformationPage(
        title="Draft board minutes", slug="minutes", intro="Minutes.", live=False
    )
    home.add_child(instance=draft)
    draft.save_revision()  # never published
    private = InformationPage(title="Private partner list", slug="partners", intro="Partners.")
    home.add_child(instance=private)
    private.save_revision().publish()
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    return knowledge_tree


def status_titles(client) -> list[str]:
    """The pages listed in the translation status table, by title."""
    response = client.get("/cms/translation-status/")
    assert response.status_code == 200
    return texts(find(find(response, "table", class_="listing"), "tbody"), "th", scope="row")


def test_translation_status_shows_drafts_and_private_pages_only_to_their_editors(
    client, private_draft, django_user_model
):
    ensure_translation_roles()
    translator = make_user(django_user_model, "translator_fr")
    translator.groups.add(Group.objects.get(name=translator_group_name("fr")))
    sign_in(client, translator)
    seen = status_titles(client)
    assert "Street outreach at night" in seen  # published and public: to be translated
    assert "Draft board minutes" not in seen and "Private partner list" not in seen
    editor = make_user(django_user_model, "editor")
    editor.is_superuser = True
    editor.save()
    sign_in(client, editor)
    seen = status_titles(client)
    assert "Draft board minutes" in seen and "Private partner list" in seen


def test_translation_status_shows_nothing_to_people_who_edit_no_page(client, private_draft, people):
    coordinator = people["coordinator"]
    coordinator.user_permissions.add(Permission.objects.get(codename="access_admin"))
    sign_in(client, coordinator)
    assert status_titles(client) == []
    table = find(client.get("/cms/translation-status/"), "table", class_="listing")
    assert texts(find(table, "tbody"), "td") == ["No pages."]


# --- mail to any address ----------------------------------------------------------------


@pytest.fixture
def event(site_tree):
    ensure_countries("BE")
    return make_event(make_event_index(site_tree["home"]))


def registration_form(email: str) -> dict:
    blank = dict.fromkeys(["organisation", "country", "accessibility_needs", "dietary_needs"], "")
    return {"name": "Ana Pop", "email": email, "consent": "on", "website": "", **blank}


def test_a_registered_address_is_not_mailed_again_and_again(
    event, django_capture_on_commit_callbacks
):
    """Registering an address twice re-sends its link; from any number of connections,
    one address gets a few such e-mails an hour, not one per request."""
    with django_capture_on_commit_callbacks(execute=True):
        for number in range(8):
            Client().post(
                f"{event.url}register/",
                registration_form("victim@example.org"),
                REMOTE_ADDR=f"198.51.100.{number}",
            )
    mailed = [m for m in mail.outbox if m.to == ["victim@example.org"]]
    assert len(mailed) == 1 + RESENDS_PER_HOUR  # the confirmation, then a few resends


def test_a_password_reset_of_an_unknown_address_sends_nothing(client, db):
    response = client.post("/en/accounts/password/reset/", {"email": "stranger@example.net"})
    assert response.status_code == 302
    assert mail.outbox == []


def test_password_reset_mails_to_one_address_are_few(people):
    for number in range(6):
        Client().post(
            "/en/accounts/password/reset/",
            {"email": people["caseworker_a"].email},
            REMOTE_ADDR=f"198.51.100.{number}",
        )
        if number == 0:
            assert len(mail.outbox) == 1  # the person asking does get their link
    assert len(mail.outbox) <= 3  # and not one per request
    assert {message.to[0] for message in mail.outbox} == {people["caseworker_a"].email}


# --- registration links after retention -----------------------------------------------


def test_a_registration_link_stops_working_when_the_events_retention_ends(client, event, settings):
    registration = registration_create(
        event=event,
        details=RegistrantDetails(name="Ana Pop", email="ana@example.org"),
        language="en",
    )
    url = f"/en/registrations/{registration_token(registration)}/"
    assert client.get(url).status_code == 200
    ended = timezone.now() - datetime.timedelta(days=settings.EVENT_REGISTRATION_RETENTION_DAYS + 1)
    event.start, event.end = ended - datetime.timedelta(hours=2), ended
    event.save_revision().publish()
    assert EventRegistration.objects.filter(pk=registration.pk).exists()  # not yet purged
    response = client.get(url)
    assert response.status_code == 404
    assert "Ana Pop" not in response.text
