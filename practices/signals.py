"""Connects editor actions to the frame cache (see practices.navigation) and to events."""

from django.db.models.signals import m2m_changed, post_delete, post_save

from wagtail.models import PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from practices.models import (
    EventIndexPage,
    EventPage,
    FooterContent,
    FooterLink,
    MainMenu,
    MainMenuItem,
)
from practices.navigation import retire_cached_frames


def event_published(sender, instance, **kwargs) -> None:
    """Tell registrants about a new status; more places may promote people waiting."""
    from practices.registrations import announce_status_change, fill_free_places

    announce_status_change(instance)
    fill_free_places(instance)


def event_index_published(sender, instance, **kwargs) -> None:
    """Event organisers may work below every event index, including new ones."""
    from practices.organisers import ensure_event_organiser_role

    ensure_event_organiser_role()


def connect() -> None:
    """Retire cached frames whenever menus, footers, sites, the page tree or who may
    read a page (a view restriction) change: a page restricted after it was cached
    must not be served from the cache to anonymous readers, nor stay in cached lists."""
    for model in (MainMenu, MainMenuItem, FooterContent, FooterLink, Site, PageViewRestriction):
        post_save.connect(retire_cached_frames, sender=model, dispatch_uid=f"frame-{model}")
        post_delete.connect(retire_cached_frames, sender=model, dispatch_uid=f"frame-d-{model}")
    m2m_changed.connect(
        retire_cached_frames,
        sender=PageViewRestriction.groups.through,
        dispatch_uid="frame-restriction-groups",
    )
    page_published.connect(retire_cached_frames, dispatch_uid="frame-published")
    page_unpublished.connect(retire_cached_frames, dispatch_uid="frame-unpublished")
    post_page_move.connect(retire_cached_frames, dispatch_uid="frame-moved")
    page_published.connect(event_published, sender=EventPage, dispatch_uid="event-published")
    page_published.connect(
        event_index_published, sender=EventIndexPage, dispatch_uid="event-index-published"
    )
