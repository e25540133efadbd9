"""Translator groups are limited to their language's tree; translations are reviewed."""

from django.contrib.auth.models import Group

from wagtail.models import GroupPagePermission, WorkflowPage

from practices.translation.translators import REVIEW_WORKFLOW, ensure_translation_roles


def test_translator_groups_only_reach_their_languages_tree(site_tree):
    created = ensure_translation_roles()
    assert "group Translators (fr)" in created
    french = Group.objects.get(name="Translators (fr)")
    pages = {permission.page_id for permission in GroupPagePermission.objects.filter(group=french)}
    assert pages == {site_tree["home_fr"].pk}
    polish = Group.objects.get(name="Translators (pl)")
    assert not GroupPagePermission.objects.filter(group=polish).exists()  # no Polish tree yet
    assert ensure_translation_roles() == []  # a second run changes nothing


def test_translated_trees_go_through_the_review_workflow(site_tree):
    ensure_translation_roles()
    reviewed = WorkflowPage.objects.filter(workflow__name=REVIEW_WORKFLOW)
    assert {wp.page_id for wp in reviewed} == {site_tree["home_fr"].pk, site_tree["home_de"].pk}
    french_page = site_tree["about_fr"]
    assert french_page.get_workflow().name == REVIEW_WORKFLOW
    assert site_tree["about"].get_workflow().name != REVIEW_WORKFLOW  # Wagtail's default


def test_a_french_translator_can_edit_french_pages_only(site_tree, django_user_model):
    ensure_translation_roles()
    translator = django_user_model.objects.create_user("traductrice", "t@example.org", "x" * 16)
    translator.groups.add(Group.objects.get(name="Translators (fr)"))
    assert site_tree["about_fr"].permissions_for_user(translator).can_edit()
    assert not site_tree["about"].permissions_for_user(translator).can_edit()
    assert not site_tree["home_de"].permissions_for_user(translator).can_edit()
