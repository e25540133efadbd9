"""What page models take from the features built on top of them.

Page models are the bottom of the public site: listings, forms, calendars and
selectors read them, never the other way round. So a page's route or context does
not import the feature that answers it; it asks for it by name here, and the feature
registers itself as a Wagtail hook in ``practices/wagtail_hooks.py`` (Wagtail loads
every app's hooks at start-up). The names in use are listed in ``FEATURES``.
"""

from django.core.exceptions import ImproperlyConfigured

from wagtail import hooks

HOOK_PREFIX = "practices_page_feature_"
FEATURES = (
    "event_listing",  # EventIndexPage routes: upcoming and past events
    "event_registration_form",  # EventPage route: the registration form
    "event_calendar",  # EventPage route: the event as iCalendar
    "guide_listing",  # GuideIndexPage route: the faceted listing
    "materials_library",  # MaterialsLibraryPage: the filtered library
    "country_guides",  # CountryPage context: guides practised in the country
    "translation_submit",  # TranslationTask action: hand a translation to the reviewers
    "home_latest_content",  # HomePage context: latest guides, events and updates
)


def register_page_feature(name: str, function) -> None:
    """Make ``function`` the one that answers pages asking for ``name``."""
    if name not in FEATURES:
        raise ImproperlyConfigured(f"unknown page feature {name!r}")
    hooks.register(HOOK_PREFIX + name, function)


def page_feature(name: str):
    """The function registered for ``name``; exactly one must be registered."""
    functions = hooks.get_hooks(HOOK_PREFIX + name)
    if len(functions) != 1:
        raise ImproperlyConfigured(f"{len(functions)} functions registered for {name!r}")
    return functions[0]
