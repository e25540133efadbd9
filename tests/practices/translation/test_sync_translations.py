"""Syncing translations with their original never publishes them and never machine translates.

wagtail-localize's "Sync translated pages" offered to publish every translation at once
and to fill in with machine translation without asking; a French translator (who may
not publish) could put the French page live that way. Also here: the other
wagtail-localize steps that would put a translation live without review.
"""

from urllib.parse import urlencode

import pytest

from django.contrib.messages import get_messages
from django.urls import reverse

from wagtail.models import Locale, Page
from wagtail_localize.models import StringTranslation, Translation

from practices.models import Theme
from tests.accounts import sign_in
from tests.html import find, find_all, text
from tests.practices.translation.steps import (
    current_task,
    fill_in,
    french_translation,
    translate_into_french,
)

DUMMY_TRANSLATOR = {"CLASS": "wagtail_localize.machine_translators.dummy.DummyTranslator"}
BOTH_OPTIONS = {"publish_translations": "on", "use_machine_translation": "on"}


@pytest.fixture
def machine_translator(settings):
    settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = DUMMY_TRANSLATOR


def _sync_url(page) -> str:
    source = french_translation(page).source
    return reverse("wagtail_localize:update_translations", args=[source.pk])


def _person(team, admin_user, who):
    return team["translator"] if who == "translator" else admin_user


def _publish_through_review(client, team, french, on_commit) -> None:
    """The translator fills in and submits the French page; the reviewer approves it."""
    sign_in(client, team["translator"])
    fill_in(client, team["guide"])
    submit = reverse("translation_submit_for_review", args=[french.pk])
    assert client.post(submit).status_code == 302
    sign_in(client, team["reviewer"])
    review = current_task(french)
    approve = reverse("wagtailadmin_pages:workflow_action", args=[french.pk, "approve", review.pk])
    with on_commit(execute=True):
        assert client.post(approve).status_code == 302
    french.refresh_from_db()
    assert french.live


def _change_original(guide, **fields) -> None:
    """An editor changes the English page and publishes it."""
    for name, value in fields.items():
        setattr(guide, name, value)
    guide.save_revision().publish()


@pytest.mark.parametrize("who", ["translator", "editor"])
def test_the_sync_form_offers_neither_publishing_nor_machine_translation(
    client, team, who, admin_user, machine_translator, django_capture_on_commit_callbacks
):
    sign_in(client, _person(team, admin_user, who))
    translate_into_french(client, team["guide"], django_capture_on_commit_callbacks)
    page = client.get(_sync_url(team["guide"]))
    assert page.status_code == 200
    form = find(page, "form", novalidate=True)
    assert [field.attributes.get("name") for field in find_all(form, "input")] == [
        "csrfmiddlewaretoken",
        None,  # the submit button
    ]
    assert find(form, "input", type="submit").attributes["value"] == "Submit"
    assert "Nothing is published here." in text(form)
    assert "Publish immediately" not in text(find(page, "main"))
    assert "Use machine translation" not in text(find(page, "main"))


@pytest.mark.parametrize("who", ["translator", "editor"])
def test_a_sync_asking_to_publish_and_machine_translate_does_neither(
    client, team, who, admin_user, machine_translator, django_capture_on_commit_callbacks
):
    sign_in(client, _person(team, admin_user, who))
    french = translate_into_french(client, team["guide"], django_capture_on_commit_callbacks)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(_sync_url(team["guide"]), BOTH_OPTIONS)
    assert response.status_code == 302
    french.refresh_from_db()
    assert not french.live
    assert not StringTranslation.objects.filter(locale=french.locale).exists()
    assert french.current_workflow_state.workflow.name == "Translation review"
    assert current_task(french).task.name == "Translation"
    assert [str(message) for message in get_messages(response.wsgi_request)][-2:] == [
        "Successfully updated translations for 'Rapid re-housing of families'",
        "Each translation is a draft. When it is translated, submit it for review: "
        "a reviewer publishes it.",
    ]


def test_a_sync_brings_the_originals_changes_into_the_draft(
    client, team, django_capture_on_commit_callbacks
):
    guide = team["guide"]
    sign_in(client, team["translator"])
    french = translate_into_french(client, guide, django_capture_on_commit_callbacks)
    fill_in(client, guide)
    _change_original(guide, summary="Families keep their flat after a year.")
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(_sync_url(guide)).status_code == 302
    french.refresh_from_db()
    draft = french.get_latest_revision_as_object()
    assert draft.summary == "Families keep their flat after a year."  # not translated yet
    assert draft.title == "FR Rapid re-housing of families"  # translated so far: kept
    assert not french.live
    assert current_task(french).task.name == "Translation"


def test_a_sync_leaves_a_live_translation_as_readers_see_it(
    client, team, django_capture_on_commit_callbacks
):
    guide = team["guide"]
    sign_in(client, team["translator"])
    french = translate_into_french(client, guide, django_capture_on_commit_callbacks)
    _publish_through_review(client, team, french, django_capture_on_commit_callbacks)
    _change_original(guide, title="Rapid re-housing of families, revised")

    sign_in(client, team["translator"])
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(_sync_url(guide), BOTH_OPTIONS).status_code == 302
    french.refresh_from_db()
    assert french.live
    assert french.title == "FR Rapid re-housing of families"
    public = client.get(french.url)
    assert text(find(public, "h1")) == "FR Rapid re-housing of families"
    assert french.get_latest_revision_as_object().title == "Rapid re-housing of families, revised"
    assert current_task(french).task.name == "Translation"  # back on review


def test_submitting_a_live_translation_changes_nothing_readers_see_until_approved(
    client, team, django_capture_on_commit_callbacks
):
    guide = team["guide"]
    sign_in(client, team["translator"])
    french = translate_into_french(client, guide, django_capture_on_commit_callbacks)
    _publish_through_review(client, team, french, django_capture_on_commit_callbacks)

    sign_in(client, team["translator"])
    fill_in(client, guide, prefix="FR2")
    with django_capture_on_commit_callbacks(execute=True):
        submitted = client.post(reverse("translation_submit_for_review", args=[french.pk]))
    assert submitted.status_code == 302
    assert text(find(client.get(french.url), "h1")) == "FR Rapid re-housing of families"

    sign_in(client, team["reviewer"])
    review = current_task(french)
    approve = reverse("wagtailadmin_pages:workflow_action", args=[french.pk, "approve", review.pk])
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(approve).status_code == 302
    assert text(find(client.get(french.url), "h1")) == "FR2 Rapid re-housing of families"


def test_a_translators_sync_leaves_other_languages_drafts_to_their_translators(
    client, team, django_capture_on_commit_callbacks
):
    guide = team["guide"]
    sign_in(client, team["translator"])
    french = translate_into_french(client, guide, django_capture_on_commit_callbacks)
    # A German translation too, which the French translator may not edit.
    source = french_translation(guide).source
    german = Translation.objects.create(
        source=source, target_locale=Locale.objects.get(language_code="de")
    )
    german.save_target(publish=False)
    german_page = Page.objects.get(
        translation_key=guide.translation_key, locale__language_code="de"
    )
    before = german_page.latest_revision_id
    _change_original(guide, summary="Families keep their flat after a year.")
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(_sync_url(guide)).status_code == 302
    german_page.refresh_from_db()
    assert german_page.latest_revision_id == before
    assert german_page.current_workflow_state is None
    french.refresh_from_db()
    assert (
        french.get_latest_revision_as_object().summary == "Families keep their flat after a year."
    )


def test_converting_a_translation_to_an_alias_takes_the_right_to_publish(
    client, team, admin_user, django_capture_on_commit_callbacks
):
    """An alias shows the English page at once, live: publishing without review."""
    sign_in(client, team["translator"])
    french = translate_into_french(client, team["guide"], django_capture_on_commit_callbacks)
    convert = reverse("wagtail_localize:convert_to_alias", args=[french.pk])
    with django_capture_on_commit_callbacks(execute=True):
        refused = client.post(convert)
    assert (refused.status_code, refused.url) == (302, reverse("wagtailadmin_home"))
    french.refresh_from_db()
    assert (french.live, french.alias_of_id) == (False, None)

    # Once the translation is stopped, the page's own editor offers the conversion.
    stop = reverse("wagtail_localize:stop_translation", args=[french_translation(french).pk])
    assert client.post(stop).status_code == 302
    edit = reverse("wagtailadmin_pages:edit", args=[french.pk])
    assert not find_all(client.get(edit), "button", name="localize-convert-to-alias")
    sign_in(client, admin_user)
    assert find_all(client.get(edit), "button", name="localize-convert-to-alias")
    assert client.get(convert).status_code == 200


def test_translating_a_snippet_takes_the_right_to_add_it(client, team, admin_user):
    """A translated snippet is live the moment it is made: there is no draft to review."""
    theme = Theme.objects.get(slug="rehousing", locale__language_code="en")
    url = reverse(
        "wagtail_localize:submit_snippet_translation", args=["practices", "theme", theme.pk]
    )
    french = Locale.objects.get(language_code="fr")
    sign_in(client, team["translator"])
    refused = client.post(url, {"locales": [french.pk]})
    assert (refused.status_code, refused.url) == (302, reverse("wagtailadmin_home"))
    assert not Theme.objects.filter(translation_key=theme.translation_key, locale=french).exists()
    sign_in(client, admin_user)
    assert client.post(url, {"locales": [french.pk]}).status_code == 302
    assert Theme.objects.filter(translation_key=theme.translation_key, locale=french).exists()


def test_syncing_a_snippet_publishes_nothing_even_for_an_editor(client, knowledge_tree, admin_user):
    """A translated snippet takes the changes when it is next saved in the translation editor."""
    theme = Theme.objects.get(slug="rehousing", locale__language_code="en")
    french = Locale.objects.get(language_code="fr")
    sign_in(client, admin_user)
    translate = reverse(
        "wagtail_localize:submit_snippet_translation", args=["practices", "theme", theme.pk]
    )
    assert client.post(translate, {"locales": [french.pk]}).status_code == 302
    theme.name = "Rapid re-housing, revised"
    theme.save()
    sync = reverse(
        "wagtail_localize:update_translations", args=[french_translation(theme).source.pk]
    )
    form = find(client.get(sync), "form", novalidate=True)
    assert "Each translation takes the changes when it is next saved" in text(form)
    assert client.post(sync, BOTH_OPTIONS).status_code == 302
    french_theme = Theme.objects.get(translation_key=theme.translation_key, locale=french)
    assert french_theme.name == "Rapid re-housing"


def test_a_draft_that_cannot_be_brought_up_to_date_is_named(
    client, team, django_capture_on_commit_callbacks
):
    guide = team["guide"]
    sign_in(client, team["translator"])
    french = translate_into_french(client, guide, django_capture_on_commit_callbacks)
    translation = french_translation(guide)
    field = translation.source.stringsegment_set.get(context__path="organisation_name")
    url = reverse("wagtail_localize:edit_string_translation", args=[translation.pk, field.pk])
    too_long = urlencode({"value": "A" * 200})  # longer than an organisation's name may be
    put = client.put(url, too_long, content_type="application/x-www-form-urlencoded")
    assert put.status_code == 201
    before = french.latest_revision_id
    response = client.post(_sync_url(guide))
    assert response.status_code == 302
    assert [str(message) for message in get_messages(response.wsgi_request)][-2:] == [
        "Successfully updated translations for 'Rapid re-housing of families'",
        "The draft of “Rapid re-housing of families” could not be brought up to date: one of "
        "its translations does not fit its field (it may be too long). Correct it in the "
        "translation editor, then sync again.",
    ]
    french.refresh_from_db()
    assert french.latest_revision_id == before
