"""What translators and reviewers do in the admin, step by step, for the translation tests."""

from urllib.parse import urlencode

from django.urls import reverse

from wagtail.models import Locale, TaskState
from wagtail_localize.models import Translation

from practices.models import GuidePage


def translate_into_french(client, page, on_commit) -> GuidePage:
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


def french_translation(page) -> Translation:
    return Translation.objects.get(
        source__object_id=page.translation_key, target_locale__language_code="fr"
    )


def fill_in(client, page, prefix: str = "FR") -> None:
    """Type a French version of every string in the translation editor."""
    translation = french_translation(page)
    for segment in translation.source.stringsegment_set.select_related("string"):
        url = reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk])
        value = (
            segment.string.data
            if segment.context.path == "slug"
            else f"{prefix} {segment.string.data}"
        )
        form = urlencode({"value": value})
        response = client.put(url, form, content_type="application/x-www-form-urlencoded")
        assert response.status_code in (200, 201)


def current_task(page) -> TaskState:
    return page.current_workflow_state.current_task_state
