"""Writes of the translation workflow: a new translation enters review, a translator submits it.

A translation made with "Translate this page" is a draft on the translation review
workflow, at its translation task. Translators fill in the text in wagtail-localize's
editor; submitting copies that text into the draft and hands it to the reviewers,
whose approval publishes it. When the original changes, syncing brings the changes
into the drafts and puts them on the workflow again. Only the reviewers' approval
changes what readers see.
"""

from dataclasses import dataclass, field

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import DataError, transaction
from django.utils.text import slugify

from wagtail.coreutils import find_available_slug
from wagtail.models import Page, TaskState, WorkflowState
from wagtail_localize.models import Translation, TranslationLog, TranslationSource

from practices.models import TranslationTask
from practices.translation.translators import review_workflow


def _active_state(page: Page) -> WorkflowState | None:
    return WorkflowState.objects.for_instance(page).active().first()


@transaction.atomic
def translation_review_start(*, page: Page, user) -> WorkflowState:
    """Put a new translation on the review workflow, unless it is already under way."""
    return _active_state(page) or review_workflow().start(page, user)


@transaction.atomic
def translation_draft_update(*, translation: Translation, user) -> None:
    """Write the translated page's draft from its original and the strings translated so far.

    Strings not translated yet keep the original's words. Readers see no change. For a
    live page only a new revision is written: wagtail-localize's own draft save
    (``save_target(publish=False)``) also rewrites the page's row, and the row of a live
    page is what readers see.
    """
    page = translation.get_target_instance()
    if not page.live:
        translation.save_target(user=user, publish=False)
        return
    locale = translation.target_locale
    draft = translation.source.get_ephemeral_translated_instance(locale, fallback=True)
    draft.slug = find_available_slug(
        draft.get_parent(), slugify(draft.slug), ignore_page_id=draft.pk
    )
    revision = draft.save_revision(user=user)
    translation.source.update_target_view_restrictions(locale)
    TranslationLog.objects.create(source=translation.source, locale=locale, revision=revision)


@dataclass
class TranslationSync:
    """What a sync did: the drafts brought up to date, and those that could not be."""

    drafts: list[Page] = field(default_factory=list)
    failed: list[Page] = field(default_factory=list)


@transaction.atomic
def translation_sync(*, source: TranslationSource, user) -> TranslationSync:
    """Bring the translations of an original up to date with it, as drafts on review.

    The original is read again; each translated page the person may edit gets a draft
    with the changes (in the original's words until translated) and goes on the review
    workflow, or stays where it is on it. Nothing is published and nothing is machine
    translated. Pages the person may not edit are left to their own translators, whose
    submission brings the changes in. Translated snippets have no draft: they take the
    changes when they are next saved in the translation editor.
    """
    source.update_from_db()
    result = TranslationSync()
    translations = source.translations.filter(enabled=True).select_related("target_locale")
    for translation in translations:
        target = translation.get_target_instance()
        if not isinstance(target, Page) or not target.permissions_for_user(user).can_edit():
            source.update_target_view_restrictions(translation.target_locale)
            continue
        try:
            with transaction.atomic():
                translation_draft_update(translation=translation, user=user)
        except (ValidationError, DataError):  # a translation the field does not accept
            source.update_target_view_restrictions(translation.target_locale)
            result.failed.append(target)
            continue
        translation_review_start(page=target, user=user)
        result.drafts.append(target)
    return result


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
        translation_draft_update(translation=synced, user=user)
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
