"""The demo loader builds the frame in three languages and is idempotent."""

import pytest

from django.core.management import call_command

from wagtail.models import Page, Revision

from practices.models import FooterContent, GuidePage, HomePage, InformationPage, MainMenu


def _counts() -> dict:
    return {
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "menus": MainMenu.objects.count(),
        "footers": FooterContent.objects.count(),
    }


@pytest.mark.django_db(transaction=True)
def test_demo_content_loads_once_and_a_second_run_changes_nothing(client):
    call_command("load_demo_content", stdout=open("/dev/null", "w"))  # noqa: SIM115
    first = _counts()
    # Home, menu, footer and information pages in en, fr, de, pl and ro.
    assert HomePage.objects.count() == 5
    assert InformationPage.objects.count() == 20
    assert first["menus"] == 5 and first["footers"] == 5
    assert GuidePage.objects.filter(locale__language_code="en").count() >= 12
    for language in ["fr", "de", "pl", "ro"]:
        assert GuidePage.objects.filter(locale__language_code=language).count() == 4
    call_command("load_demo_content", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert _counts() == first

    for path, text in [
        ("/en/", "Support that follows people across Europe"),
        ("/fr/", "Un accompagnement qui suit les personnes"),
        ("/de/ueber-das-netzwerk/", "Warum es das Netzwerk gibt"),
        ("/pl/o-sieci/", "O sieci"),
        ("/ro/ghiduri/", "Ghiduri"),
        (
            "/fr/bonnes-pratiques/maraude-multilingue/",
            "Cette traduction n’est peut-être plus à jour",
        ),
        ("/pl/guides/youth-hostel-with-training/", "language-notice"),
    ]:
        response = client.get(path)
        assert response.status_code == 200, path
        assert text in response.content.decode()


def test_demo_content_is_refused_in_production_settings(settings, db):
    from django.core.management.base import CommandError

    settings.DEMO_CONTENT_ALLOWED = False
    with pytest.raises(CommandError):
        call_command("load_demo_content")
