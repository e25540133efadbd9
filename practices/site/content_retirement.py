"""Retires the content cache whenever editors change what readers see.

Menus, footers, sites, the page tree (publishing, unpublishing, moving) and who may
read a page (view restrictions) all end up in cached pieces of the public site, so
each change bumps the content version (``network_site.core.content_cache``). A page
restricted after it was cached must not be served from the cache to anonymous
readers, nor stay in cached lists.
"""

from django.db.models.signals import m2m_changed, post_delete, post_save

from wagtail.models import PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from network_site.core.content_cache import retire_cached_content
from practices.models import FooterContent, FooterLink, MainMenu, MainMenuItem


def connect() -> None:
    """Connect the receivers (called once, when the app is ready)."""
    for model in (MainMenu, MainMenuItem, FooterContent, FooterLink, Site, PageViewRestriction):
        post_save.connect(retire_cached_content, sender=model, dispatch_uid=f"frame-{model}")
        post_delete.connect(retire_cached_content, sender=model, dispatch_uid=f"frame-d-{model}")
    m2m_changed.connect(
        retire_cached_content,
        sender=PageViewRestriction.groups.through,
        dispatch_uid="frame-restriction-groups",
    )
    page_published.connect(retire_cached_content, dispatch_uid="frame-published")
    page_unpublished.connect(retire_cached_content, dispatch_uid="frame-unpublished")
    post_page_move.connect(retire_cached_content, dispatch_uid="frame-moved")
