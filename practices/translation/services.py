"""Writes of the translation workflow: a new translation enters review, a translator submits it.

A translation made with "Translate this page" is a draft on the translation review
workflow, at its translation task. Translators fill in the text in wagtail-localize's
editor; submitting copies that text into the draft and hands it to the reviewers,
whose approval publishes it.
"""

from django.core.exceptions import PermissionDenied
from django.db import transaction

from wagtail.models import Page, TaskState, WorkflowState
from wagtail_localize.models import Translation

from practices.models import TranslationTask
from practices.translation.translators import review_workflow


def _active_state(page: Page) -> WorkflowState | None:
    return WorkflowState.objects.for_instance(page).active().first()


@transaction.atomic
def translation_review_start(*, page: Page, user) -> WorkflowState:
    """Put a new translation on the review workflow, unless it is already under way."""
    return _active_state(page) or review_workflow().start(page, user)


@transaction.atomic
def translation_submit(*, page: Page, user) -> WorkflowState:
    """Copy the translated text into the page's draft and hand the draft to the reviewers.

    Whoever may edit the page may submit it; nobody publishes it here. A translation
    the reviewers sent back is resubmitted to them; one not yet on the workflow (for
    example, one brought up to date after its original changed) starts it.
    """
    if not page.permissions_for_user(user).can_edit():
        raise PermissionDenied
    synced = Translation.objects.filter(
        source__object_id=page.translation_key, target_locale=page.locale_id, enabled=True
    ).first()
    if synced is not None:
        synced.save_target(user=user, publish=False)
    state = _active_state(page) or review_workflow().start(page, user)
    if state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        state.resume(user=user)
        return state
    current = state.current_task_state
    if (
        current is not None
        and current.status == TaskState.STATUS_IN_PROGRESS
        and isinstance(current.task.specific, TranslationTask)
    ):
        current.approve(user=user)
    state.refresh_from_db()
    return state
