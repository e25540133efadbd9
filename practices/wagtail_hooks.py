"""Admin registration of the public site's snippets."""

from django.utils.translation import gettext_lazy as _

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from practices.models import FooterContent, MainMenu


class MainMenuViewSet(SnippetViewSet):
    """Edit the main menu of each language."""

    model = MainMenu
    icon = "list-ul"
    menu_label = _("Main menu")
    list_display = ["name", "locale"]


class FooterContentViewSet(SnippetViewSet):
    """Edit the footer of each language."""

    model = FooterContent
    icon = "doc-empty"
    menu_label = _("Footer")
    list_display = ["__str__", "locale"]


class SiteFrameViewSetGroup(SnippetViewSetGroup):
    """The parts of every page that editors manage: menu and footer."""

    items = (MainMenuViewSet, FooterContentViewSet)
    menu_icon = "site"
    menu_label = _("Site frame")
    menu_name = "site-frame"


register_snippet(SiteFrameViewSetGroup)
