"""The demo translator (French) and reviewer can try the translation review workflow."""

from django.contrib.auth import get_user_model
from django.urls import reverse

from network_site.management.commands.load_demo_content import Command
from tests.accounts import sign_in


def test_demo_translator_and_reviewer_sign_in_to_the_cms_with_their_rights(client, site_tree):
    Command()._ensure_accounts()
    people = get_user_model().objects.in_bulk(["translator-fr", "reviewer"], field_name="username")
    translator, reviewer = people["translator-fr"], people["reviewer"]
    for person in (translator, reviewer):
        sign_in(client, person)
        assert client.get(reverse("wagtailadmin_home")).status_code == 200
    french, english = site_tree["about_fr"], site_tree["about"]
    assert french.permissions_for_user(translator).can_edit()
    assert not french.permissions_for_user(translator).can_publish()
    assert not english.permissions_for_user(translator).can_edit()
    assert french.permissions_for_user(reviewer).can_publish()
    assert not english.permissions_for_user(reviewer).can_publish()
    assert Command()._ensure_accounts() == []  # a second run changes nothing
