"""Wagtail hooks of the public site: snippets and admin views, and the features page
models ask for by name (see practices.models.features)."""

from django.templatetags.static import static
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import Button
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from network_site.core.spreadsheets import SafeExportIndexView
from practices.events.calendar import event_calendar_response
from practices.events.listing import serve_event_listing
from practices.events.materials import serve_materials_library
from practices.events.registrations.views import registration_form
from practices.knowledge.listing import serve_guide_listing
from practices.knowledge.selectors import guides_practised_in
from practices.models import (
    EventPage,
    EventRegistration,
    FooterContent,
    MainMenu,
    TargetGroup,
    Theme,
)
from practices.models.features import register_page_feature
from practices.site.home import latest_content
from practices.site.reader_redirect import keep_reader_language
from practices.translation.editor_views import (
    SyncTranslationsView,
    TranslatePageView,
    TranslateSnippetView,
    confirm_machine_translation,
    convert_to_alias_if_publisher,
    submit_for_review,
)
from practices.translation.selectors import can_submit_for_review
from practices.translation.services import translation_submit
from practices.translation.views import translation_status

# The views and reads that page routes and contexts ask for (practices.models.features).
register_page_feature("event_listing", serve_event_listing)
register_page_feature("event_registration_form", registration_form)
register_page_feature("event_calendar", event_calendar_response)
register_page_feature("guide_listing", serve_guide_listing)
register_page_feature("materials_library", serve_materials_library)
register_page_feature("country_guides", guides_practised_in)
register_page_feature("translation_submit", translation_submit)
register_page_feature("home_latest_content", latest_content)


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


@hooks.register("before_serve_page")
def serve_in_reader_language(page, request, serve_args, serve_kwargs):
    """A page reached in another language keeps the reader in theirs (see reader_redirect)."""
    return keep_reader_language(page, request)


@hooks.register("register_admin_urls")
def translation_status_urls():
    return [
        path("translation-status/", translation_status, name="translation_status"),
        path(
            "translation-review/<int:page_id>/submit/",
            submit_for_review,
            name="translation_submit_for_review",
        ),
    ]


@hooks.register("register_admin_urls", order=-10)
def translation_safeguard_urls():
    """Take over wagtail-localize's addresses that could publish, ahead of its own patterns.

    "Translate this page" makes drafts on the review workflow; "Sync translated pages"
    brings the changes into drafts and never publishes; machine translation asks
    before it fills anything in; translating a snippet and converting a translation
    back into an alias (both live at once) take the right to do so directly. Links to
    wagtail-localize's names still work. wagtail-localize's other addresses write
    translated strings only, or check the right to publish themselves.
    """
    return [
        path("localize/submit/page/<int:page_id>/", TranslatePageView.as_view()),
        path(
            "localize/submit/snippet/<slug:app_label>/<slug:model_name>/<str:pk>/",
            TranslateSnippetView.as_view(),
        ),
        path("localize/update/<int:translation_source_id>/", SyncTranslationsView.as_view()),
        path(
            "localize/translate/<int:translation_id>/machine_translate/",
            confirm_machine_translation,
            name="confirm_machine_translation",
        ),
        path("localize/page/<int:page_id>/convert_to_alias/", convert_to_alias_if_publisher),
    ]


@hooks.register("construct_page_action_menu")
def hide_convert_to_alias(menu_items, request, context):
    """No "Convert to alias page" for those who may not publish the page (they are refused)."""
    page = context.get("page")
    if page is None or page.permissions_for_user(request.user).can_publish():
        return
    menu_items[:] = [item for item in menu_items if item.name != "localize-convert-to-alias"]


@hooks.register("register_page_header_buttons")
def submit_translation_button(page, user, view_name=None, next_url=None):
    """'Submit translation for review' in the header of a translation its translator edits."""
    if can_submit_for_review(page, user):
        url = reverse("translation_submit_for_review", args=[page.pk])
        yield Button(_("Submit translation for review"), url, icon_name="resubmit", priority=50)


@hooks.register("register_admin_menu_item")
def translation_status_menu_item():
    return MenuItem(
        _("Translation status"), reverse("translation_status"), icon_name="globe", order=900
    )


@hooks.register("insert_global_admin_css")
def admin_css():
    return format_html('<link rel="stylesheet" href="{}">', static("css/admin.css"))


class RegistrationPermissionPolicy(ModelPermissionPolicy):
    """Registrations are seen and exported in the admin, never made or changed there.

    Places and the waiting list are kept right by the registration services; an
    edit or deletion here would bypass them.
    """

    def user_has_permission(self, user, action):
        if action in ("add", "change", "delete"):
            return False
        return super().user_has_permission(user, action)

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_permission(user, action)


class EventRegistrationViewSet(ModelViewSet):
    """Organisers see who registered for an event, and export the list as CSV."""

    model = EventRegistration
    index_view_class = SafeExportIndexView
    url_prefix = "event-registrations"
    icon = "group"
    menu_label = _("Registrations")
    menu_order = 250
    add_to_admin_menu = True
    copy_view_enabled = False
    inspect_view_enabled = True
    list_display = ["name", "event", "status", "organisation", "created_at"]
    list_filter = ["event", "status"]
    list_export = [
        "event",
        "status",
        "name",
        "email",
        "organisation",
        "country",
        "accessibility_needs",
        "dietary_needs",
        "language",
        "created_at",
        "promoted_at",
        "cancelled_at",
    ]
    export_filename = "event-registrations"
    search_fields = ["name", "email", "organisation"]
    search_backend_name = None  # registrants are never put into the search index
    form_fields = ["name"]


register_permission_policy(EventRegistration, RegistrationPermissionPolicy(EventRegistration))


@hooks.register("register_admin_viewset")
def event_registrations_viewset():
    return EventRegistrationViewSet("event_registrations")


@hooks.register("register_page_header_buttons")
def event_registrations_button(page, user, view_name, next_url=None):
    """A 'Registrations' entry in the header menu of an event page."""
    if not isinstance(page.specific_deferred, EventPage):
        return
    if not user.has_perm("practices.view_eventregistration"):
        return
    booking = page.specific.booking_page
    url = reverse("event_registrations:index") + f"?event={booking.pk}"
    yield Button(_("Registrations"), url, icon_name="group", priority=40)
