"""Page and snippet models of the public site, one module per family."""

from .home import HomePage
from .information import InformationPage
from .navigation import FooterContent, FooterLink, MainMenu, MainMenuItem

__all__ = [
    "FooterContent",
    "FooterLink",
    "HomePage",
    "InformationPage",
    "MainMenu",
    "MainMenuItem",
]
