"""Countries and languages are listed in the editor's alphabetical order, not by code."""

import pytest

from django.urls import reverse

from wagtail.users.models import UserProfile

from network_site.core.widgets import AlphabeticalCheckboxes, AlphabeticalSelect, alphabetical_key
from tests.accounts import sign_in
from tests.html import find, find_all, text, texts
from tests.members.factories import PersonFactory


def _labelled_boxes(page, name: str) -> list[tuple[str, str]]:
    """(value, label text) of each checkbox called ``name``, in page order."""
    return [
        (box.attributes["value"], text(find(page, "label", for_=box.attributes["id"])))
        for box in find_all(page, "input", name=name)
    ]


def test_options_render_in_alphabetical_order_of_their_labels_and_keep_their_labels():
    widget = AlphabeticalCheckboxes(
        choices=[("DE", "Deutschland"), ("AT", "Österreich"), ("BE", "Belgien"), ("PL", "Polen")]
    )
    rendered = widget.render("countries", ["AT"], attrs={"id": "id_countries"})
    assert _labelled_boxes(rendered, "countries") == [
        ("BE", "Belgien"),
        ("DE", "Deutschland"),
        ("AT", "Österreich"),
        ("PL", "Polen"),
    ]
    assert "checked" in find(rendered, "input", value="AT").attributes


def test_an_empty_choice_stays_first():
    widget = AlphabeticalSelect(choices=[("", "---------"), ("SE", "Zweden"), ("AT", "Austria")])
    assert texts(widget.render("country", ""), "option") == ["---------", "Austria", "Zweden"]


def test_accents_and_case_do_not_push_a_name_to_the_end():
    names = ["Zypern", "österreich", "Belgien", "Éire"]
    assert sorted(names, key=alphabetical_key) == ["Belgien", "Éire", "österreich", "Zypern"]


@pytest.mark.django_db
def test_a_german_editor_sees_the_guide_countries_in_german_alphabetical_order(
    client, knowledge_tree
):
    editor = PersonFactory(username="redakteurin", is_superuser=True, is_staff=True)
    profile = UserProfile.get_for_user(editor)
    profile.preferred_language = "de"
    profile.save()
    sign_in(client, editor)
    guide = knowledge_tree["guides"][0]
    response = client.get(reverse("wagtailadmin_pages:edit", args=[guide.pk]))
    assert response.status_code == 200
    labels = [label for _value, label in _labelled_boxes(response, "countries")]
    assert labels == sorted(labels, key=alphabetical_key)
    assert labels.index("Belgien") < labels.index("Österreich") < labels.index("Polen")
