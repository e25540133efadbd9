"""Translations are drafts until a reviewer approves them; translators cannot publish."""

from urllib.parse import urlencode

import pytest

from django.contrib.auth.models import Group
from django.urls import reverse

from wagtail.models import Locale, TaskState
from wagtail_localize.models import StringTranslation, Translation

from practices.models import GuidePage
from practices.translation.translators import ensure_translation_roles, translator_group_name
from tests.accounts import sign_in
from tests.html import find, text, texts
from tests.members.factories import make_user


@pytest.fixture
def team(knowledge_tree, django_user_model) -> dict:
    """A French translator and a translation reviewer."""
    ensure_translation_roles()
    translator = make_user(django_user_model, "traductrice")
    translator.groups.add(Group.objects.get(name=translator_group_name("fr")))
    reviewer = make_user(django_user_model, "relectrice")
    reviewer.groups.add(Group.objects.get(name="Translation reviewers"))
    return {"translator": translator, "reviewer": reviewer, "guide": knowledge_tree["guides"][0]}


def _translate_into_french(client, page, on_commit) -> GuidePage:
    """Click "Translate this page", choose French, confirm; return the French page.

    What the request leaves to run after its commit (such as publishing) runs too.
    """
    french = Locale.objects.get(language_code="fr")
    url = reverse("wagtail_localize:submit_page_translation", args=[page.pk])
    assert client.get(url).status_code == 200
    with on_commit(execute=True):
        response = client.post(url, {"locales": [french.pk]})
    assert response.status_code == 302
    return GuidePage.objects.get(translation_key=page.translation_key, locale=french)


def _fill_in(client, page) -> None:
    """Type a French version of every string in the translation editor."""
    translation = Translation.objects.get(
        source__object_id=page.translation_key, target_locale__language_code="fr"
    )
    for segment in translation.source.stringsegment_set.select_related("string"):
        url = reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk])
        value = (
            segment.string.data if segment.context.path == "slug" else f"FR {segment.string.data}"
        )
        form = urlencode({"value": value})
        response = client.put(url, form, content_type="application/x-www-form-urlencoded")
        assert response.status_code == 201


def _current_task(page) -> TaskState:
    return page.current_workflow_state.current_task_state


@pytest.mark.parametrize("who", ["translator", "editor"])
def test_translate_this_page_makes_a_draft_on_the_review_workflow(
    client, team, who, admin_user, django_capture_on_commit_callbacks
):
    person = team["translator"] if who == "translator" else admin_user
    sign_in(client, person)
    french = _translate_into_french(client, team["guide"], django_capture_on_commit_callbacks)
    assert not french.live
    state = french.current_workflow_state
    assert state is not None and state.workflow.name == "Translation review"
    assert _current_task(french).task.name == "Translation"


def test_a_translator_cannot_publish_a_translation(
    client, team, django_capture_on_commit_callbacks
):
    sign_in(client, team["translator"])
    french = _translate_into_french(client, team["guide"], django_capture_on_commit_callbacks)
    _fill_in(client, team["guide"])
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
    french = _translate_into_french(client, team["guide"], django_capture_on_commit_callbacks)
    _fill_in(client, team["guide"])
    submit = reverse("translation_submit_for_review", args=[french.pk])
    page = client.get(submit)
    assert page.status_code == 200
    assert texts(find(page, "form", action=submit), "button") == ["Submit translation for review"]
    assert client.post(submit).status_code == 302
    french.refresh_from_db()
    assert not french.live
    review = _current_task(french)
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
    french = _translate_into_french(client, team["guide"], django_capture_on_commit_callbacks)
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
    french = _translate_into_french(client, team["guide"], django_capture_on_commit_callbacks)
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
