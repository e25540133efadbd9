"""Reads of the translation workflow for the admin's buttons."""

from wagtail.models import Locale, Page
from wagtail_localize.models import Translation


def can_submit_for_review(page: Page, user) -> bool:
    """Whether ``user`` may hand this translated page to the reviewers.

    True for a page of another language than the default that the person may edit and
    that wagtail-localize keeps in sync with its original (its text is translated in the
    translation editor, which has no such step of its own).
    """
    if page.is_root() or page.locale_id == Locale.get_default().pk:
        return False
    if not page.permissions_for_user(user).can_edit():
        return False
    return Translation.objects.filter(
        source__object_id=page.translation_key, target_locale=page.locale_id, enabled=True
    ).exists()
