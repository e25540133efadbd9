"""Translator groups and the translation review workflow, one place to set them up.

Each language other than the default gets a group whose page permissions cover
only that language's tree (its home page and everything below): translators add
and edit pages there, but do not publish. Translated pages go through the review
workflow: its first task is the translation itself (done by whoever may edit the
page), its second the approval by the group of translation reviewers, who may
publish in every translated tree. Running the setup again changes nothing, except
taking away a publishing right an earlier version gave translators; a language
whose home page does not exist yet gets its permissions once it does.
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

from practices.models import TranslationTask

TRANSLATOR_PAGE_PERMISSIONS = ["add", "change"]
REVIEWER_PAGE_PERMISSIONS = ["publish"]
REVIEWERS_GROUP = "Translation reviewers"
REVIEW_WORKFLOW = "Translation review"
TRANSLATION_TASK = "Translation"


def translator_group_name(language_code: str) -> str:
    """The group of the translators of one language, e.g. 'Translators (pl)'."""
    return f"Translators ({language_code})"


def _language_home(code: str) -> Page | None:
    return Page.objects.filter(depth=2, locale__language_code=code).first()


def _page_permission(permission_type: str) -> Permission:
    return Permission.objects.get(
        content_type__app_label="wagtailcore", codename=f"{permission_type}_page"
    )


def _grant(group: Group, page: Page, permission_types: list[str]) -> None:
    for permission_type in permission_types:
        GroupPagePermission.objects.get_or_create(
            group=group, page=page, permission=_page_permission(permission_type)
        )


def review_workflow() -> Workflow:
    """The translation review workflow: translation, then the reviewers' approval."""
    workflow, _made = Workflow.objects.get_or_create(name=REVIEW_WORKFLOW)
    tasks = list(workflow.workflow_tasks.select_related("task").order_by("sort_order"))
    if not any(isinstance(link.task.specific, TranslationTask) for link in tasks):
        for link in tasks:  # an older setup had the approval only: translation goes first
            link.sort_order += 1
            link.save(update_fields=["sort_order"])
        task = TranslationTask.objects.create(name=TRANSLATION_TASK)
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    if not any(isinstance(link.task.specific, GroupApprovalTask) for link in tasks):
        reviewers, _made = Group.objects.get_or_create(name=REVIEWERS_GROUP)
        task = GroupApprovalTask.objects.create(name=REVIEW_WORKFLOW)
        task.groups.set([reviewers])
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=len(tasks) + 1)
    return workflow


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
    if not Workflow.objects.filter(name=REVIEW_WORKFLOW).exists():
        created.append(f"workflow {REVIEW_WORKFLOW}")
    workflow = review_workflow()
    default = Locale.get_default().language_code
    for code, _name in settings.LANGUAGES:
        if code == default:
            continue
        group, made = Group.objects.get_or_create(name=translator_group_name(code))
        group.permissions.add(admin_access, *([submit] if submit else []))
        if made:
            created.append(f"group {group.name}")
        # Translators submit for review; only the review publishes.
        GroupPagePermission.objects.filter(
            group=group, permission=_page_permission("publish")
        ).delete()
        home = _language_home(code)
        if home is None:
            continue
        _grant(group, home, TRANSLATOR_PAGE_PERMISSIONS)
        _grant(reviewers, home, REVIEWER_PAGE_PERMISSIONS)
        if not WorkflowPage.objects.filter(page=home).exists():
            WorkflowPage.objects.create(page=home, workflow=workflow)
            created.append(f"review workflow on the {code} home page")
    return created


@transaction.atomic
def translation_team_join(*, user, language_code: str | None = None) -> list[str]:
    """Make ``user`` a translator of ``language_code``, or a reviewer when none is given."""
    ensure_translation_roles()
    name = translator_group_name(language_code) if language_code else REVIEWERS_GROUP
    group = Group.objects.get(name=name)
    if user.groups.filter(pk=group.pk).exists():
        return []
    user.groups.add(group)
    return [f"{user.username} in group {name}"]
