"""Translator groups and the translation review workflow, one place to set them up.

Each language other than the default gets a group whose page permissions cover
only that language's tree (its home page and everything below). Translated pages
go through a review workflow whose single task is approved by the group of
translation reviewers. Running the setup again changes nothing; a language whose
home page does not exist yet gets its permissions once it does.
"""

from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.db import transaction

from wagtail.models import (
    GroupApprovalTask,
    GroupPagePermission,
    Locale,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

TRANSLATOR_PAGE_PERMISSIONS = ["add", "change", "publish"]
REVIEWERS_GROUP = "Translation reviewers"
REVIEW_WORKFLOW = "Translation review"


def translator_group_name(language_code: str) -> str:
    """The group of the translators of one language, e.g. 'Translators (pl)'."""
    return f"Translators ({language_code})"


def _language_home(code: str) -> Page | None:
    return Page.objects.filter(depth=2, locale__language_code=code).first()


@transaction.atomic
def ensure_translation_roles() -> list[str]:
    """Create missing translator groups, their page permissions and the review workflow."""
    created: list[str] = []
    admin_access = Permission.objects.get(
        content_type__app_label="wagtailadmin", codename="access_admin"
    )
    submit = Permission.objects.filter(codename="submit_translation").first()
    reviewers, made = Group.objects.get_or_create(name=REVIEWERS_GROUP)
    reviewers.permissions.add(admin_access)
    if made:
        created.append(f"group {REVIEWERS_GROUP}")
    workflow, made = Workflow.objects.get_or_create(name=REVIEW_WORKFLOW)
    if made:
        task = GroupApprovalTask.objects.create(name=REVIEW_WORKFLOW)
        task.groups.set([reviewers])
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
        created.append(f"workflow {REVIEW_WORKFLOW}")
    default = Locale.get_default().language_code
    for code, _name in settings.LANGUAGES:
        if code == default:
            continue
        group, made = Group.objects.get_or_create(name=translator_group_name(code))
        group.permissions.add(admin_access, *([submit] if submit else []))
        if made:
            created.append(f"group {group.name}")
        home = _language_home(code)
        if home is None:
            continue
        for permission_type in TRANSLATOR_PAGE_PERMISSIONS:
            permission = Permission.objects.get(
                content_type__app_label="wagtailcore", codename=f"{permission_type}_page"
            )
            if not GroupPagePermission.objects.filter(
                group=group, page=home, permission=permission
            ).exists():
                GroupPagePermission.objects.create(group=group, page=home, permission=permission)
        if not WorkflowPage.objects.filter(page=home).exists():
            WorkflowPage.objects.create(page=home, workflow=workflow)
            created.append(f"review workflow on the {code} home page")
    return created
