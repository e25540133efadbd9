"""Page and snippet models of the public site, one module per family."""

from .country import CountryIndexPage, CountryPage
from .event import EventIndexPage, EventPage
from .guide import GuideIndexPage, GuidePage
from .home import HomePage
from .information import InformationPage
from .materials import MaterialsLibraryPage
from .navigation import FooterContent, FooterLink, MainMenu, MainMenuItem
from .registration import EventRegistration, EventStatusAnnouncement
from .taxonomy import Country, SpokenLanguage, TargetGroup, Theme
from .translation_task import TranslationTask
from .update import UpdateIndexPage, UpdatePage

__all__ = [
    "Country",
    "CountryIndexPage",
    "CountryPage",
    "EventIndexPage",
    "EventPage",
    "EventRegistration",
    "EventStatusAnnouncement",
    "FooterContent",
    "FooterLink",
    "GuideIndexPage",
    "GuidePage",
    "HomePage",
    "InformationPage",
    "MainMenu",
    "MainMenuItem",
    "MaterialsLibraryPage",
    "SpokenLanguage",
    "TargetGroup",
    "Theme",
    "TranslationTask",
    "UpdateIndexPage",
    "UpdatePage",
]
