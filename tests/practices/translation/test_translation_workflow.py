"""Translations are drafts until a reviewer approves them; translators cannot publish."""

import pytest

from django.urls import reverse

from wagtail.models import TaskState
from wagtail_localize.models import StringTranslation, Translation

from tests.accounts import sign_in
from tests.html import find, text, texts
from tests.practices.translation.steps import (
    current_task,
    fill_in,
    translate_into_french,
)


@pytest.mark.parametrize("who", ["translator", "editor"])
def test_translate_this_page_makes_a_draft_on_the_review_workflow(
    client, team, who, admin_user, django_capture_on_commit_callbacks
):
    person = team["translator"] if who == "translator" else admin_user
    sign_in(client, person)
    french = translate_into_french(client, team["guide"], django_capture_on_commit_callbacks)
    assert not french.live
    state = french.current_workflow_state
    assert state is not None and state.workflow.name == "Translation review"
    assert current_task(french).task.name == "Translation"


def test_a_translator_cannot_publish_a_translation(
    client, team, django_capture_on_commit_callbacks
):
    sign_in(client, team["translator"])
    french = translate_into_french(client, team["guide"], django_capture_on_commit_callbacks)
    fill_in(client, team["guide"])
    edit = reverse("wagtailadmin_pages:edit", args=[french.pk])
    refused = client.post(edit, {"action": "publish"})
    assert (refused.status_code, refused.url) == (302, reverse("wagtailadmin_home"))
    french.refresh_from_db()
    assert not french.live
    assert not french.permissions_for_user(team["translator"]).can_publish()


def test_a_submitted_translation_is_published_when_a_reviewer_approves(
    client, team, django_capture_on_commit_callbacks
):
    sign_in(client, team["translator"])
    french = translate_into_french(client, team["guide"], django_capture_on_commit_callbacks)
    fill_in(client, team["guide"])
    submit = reverse("translation_submit_for_review", args=[french.pk])
    page = client.get(submit)
    assert page.status_code == 200
    assert texts(find(page, "form", action=submit), "button") == ["Submit translation for review"]
    assert client.post(submit).status_code == 302
    french.refresh_from_db()
    assert not french.live
    review = current_task(french)
    assert review.task.name == "Translation review"
    assert review.status == TaskState.STATUS_IN_PROGRESS

    sign_in(client, team["reviewer"])
    approve = reverse("wagtailadmin_pages:workflow_action", args=[french.pk, "approve", review.pk])
    assert client.post(approve).status_code == 302
    french.refresh_from_db()
    assert french.live
    assert french.title == "FR Rapid re-housing of families"
    assert "FR A support worker visits" in client.get(french.url).content.decode()


def test_the_translators_dashboard_offers_to_submit_and_the_reviewers_to_approve(
    client, team, django_capture_on_commit_callbacks
):
    sign_in(client, team["translator"])
    french = translate_into_french(client, team["guide"], django_capture_on_commit_callbacks)
    assert StringTranslation.objects.count() == 0
    dashboard = client.get(reverse("wagtailadmin_home"))
    assert "Submit translation for review" in text(find(dashboard, "main"))
    sign_in(client, team["reviewer"])
    assert french.title not in text(find(client.get(reverse("wagtailadmin_home")), "main"))


def test_machine_translation_asks_before_it_fills_anything_in(
    client, team, settings, django_capture_on_commit_callbacks
):
    settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "wagtail_localize.machine_translators.dummy.DummyTranslator"
    }
    sign_in(client, team["translator"])
    french = translate_into_french(client, team["guide"], django_capture_on_commit_callbacks)
    translation = Translation.objects.get(
        source__object_id=team["guide"].translation_key, target_locale__language_code="fr"
    )
    edit = reverse("wagtailadmin_pages:edit", args=[french.pk])
    url = reverse("wagtail_localize:machine_translate", args=[translation.pk])
    asked = client.post(url, {"next": edit})  # the translation editor's button
    assert asked.status_code == 200
    assert StringTranslation.objects.count() == 0
    question = find(asked, "form", action=url)
    assert texts(question, "button") == ["Fill in the missing strings"]
    assert "writes the words of the original in reverse order" in text(find(asked, "main"))
    assert find(question, "a", href=edit)  # Cancel goes back to the translation
    filled = client.post(url, {"next": edit, "confirmed": "yes"})
    assert (filled.status_code, filled.url) == (302, edit)
    assert StringTranslation.objects.filter(locale__language_code="fr").count() > 0
