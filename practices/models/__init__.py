"""Page and snippet models of the public site, one module per family."""

from .country import CountryIndexPage, CountryPage
from .guide import GuideIndexPage, GuidePage
from .home import HomePage
from .information import InformationPage
from .navigation import FooterContent, FooterLink, MainMenu, MainMenuItem
from .taxonomy import Country, TargetGroup, Theme
from .update import UpdateIndexPage, UpdatePage

__all__ = [
    "Country",
    "CountryIndexPage",
    "CountryPage",
    "FooterContent",
    "FooterLink",
    "GuideIndexPage",
    "GuidePage",
    "HomePage",
    "InformationPage",
    "MainMenu",
    "MainMenuItem",
    "TargetGroup",
    "Theme",
    "UpdateIndexPage",
    "UpdatePage",
]
