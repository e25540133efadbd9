"""The translation team the translation tests work with."""

import pytest

from django.contrib.auth.models import Group

from practices.translation.translators import ensure_translation_roles, translator_group_name
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
