"""Connects editor actions to the frame cache (see practices.navigation)."""

from django.db.models.signals import post_delete, post_save

from wagtail.models import Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from practices.models import FooterContent, FooterLink, MainMenu, MainMenuItem
from practices.navigation import retire_cached_frames


def connect() -> None:
    """Retire cached frames whenever menus, footers, sites or the page tree change."""
    for model in (MainMenu, MainMenuItem, FooterContent, FooterLink, Site):
        post_save.connect(retire_cached_frames, sender=model, dispatch_uid=f"frame-{model}")
        post_delete.connect(retire_cached_frames, sender=model, dispatch_uid=f"frame-d-{model}")
    page_published.connect(retire_cached_frames, dispatch_uid="frame-published")
    page_unpublished.connect(retire_cached_frames, dispatch_uid="frame-unpublished")
    post_page_move.connect(retire_cached_frames, dispatch_uid="frame-moved")
