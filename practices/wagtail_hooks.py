"""Admin registration of the public site's snippets."""

from django.templatetags.static import static
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from practices.models import FooterContent, MainMenu, TargetGroup, Theme


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


class ThemeViewSet(SnippetViewSet):
    """Edit the themes guides are classified by."""

    model = Theme
    icon = "tag"
    menu_label = _("Themes")
    list_display = ["name", "slug", "locale"]
    search_fields = ["name"]


class TargetGroupViewSet(SnippetViewSet):
    """Edit the target groups guides are classified by."""

    model = TargetGroup
    icon = "group"
    menu_label = _("Target groups")
    list_display = ["name", "slug", "locale"]
    search_fields = ["name"]


class TaxonomyViewSetGroup(SnippetViewSetGroup):
    """The vocabularies of the knowledge base."""

    items = (ThemeViewSet, TargetGroupViewSet)
    menu_icon = "tag"
    menu_label = _("Taxonomy")
    menu_name = "taxonomy"


register_snippet(TaxonomyViewSetGroup)


@hooks.register("register_admin_urls")
def translation_status_urls():
    from practices.admin_views import translation_status

    return [path("translation-status/", translation_status, name="translation_status")]


@hooks.register("register_admin_menu_item")
def translation_status_menu_item():
    return MenuItem(
        _("Translation status"), reverse("translation_status"), icon_name="globe", order=900
    )


@hooks.register("insert_global_admin_css")
def admin_css():
    return format_html('<link rel="stylesheet" href="{}">', static("css/admin.css"))
