"""CMS admin pages where network coordinators manage agencies and memberships."""

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.forms import CheckboxSelectMultiple
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.admin.views.generic import CreateView, EditView
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.log_actions import log

from members.agencies.forms import AgencyAdminForm
from members.agencies.models import Agency, Membership
from members.agencies.services import agency_save


def _save_through_service(view, log_action: str) -> Agency:
    """Save the CMS form's agency with ``agency_save`` and record it in Wagtail's log."""
    agency = agency_save(
        agency=view.form.instance,
        services=view.form.cleaned_data.get("services"),
        languages=view.form.cleaned_data.get("languages"),
    )
    log(agency, log_action, user=view.request.user)
    return agency


class AgencyCreateView(CreateView):
    """Adds an agency through the agency service, not the form's own save."""

    def save_instance(self):
        return _save_through_service(self, "wagtail.create")


class AgencyEditView(EditView):
    """Edits an agency through the agency service, not the form's own save."""

    def save_instance(self):
        return _save_through_service(self, "wagtail.edit")


class AgencyViewSet(ModelViewSet):
    """Every member agency of the network (written only through ``agency_save``)."""

    model = Agency
    add_view_class = AgencyCreateView
    edit_view_class = AgencyEditView
    form_class = AgencyAdminForm
    url_prefix = "agencies"
    icon = "group"
    menu_label = _("Agencies")
    list_display = ["name", "city", "country", "listed_publicly", "active"]
    list_filter = ["active", "listed_publicly", "country"]
    search_fields = ["name", "city"]
    search_backend_name = None
    copy_view_enabled = False
    panels = [
        FieldPanel("name"),
        FieldRowPanel([FieldPanel("country"), FieldPanel("city")]),
        FieldPanel("website"),
        FieldPanel("description"),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("contact_email"), FieldPanel("contact_phone")])],
            heading=_("Contact for members"),
        ),
        FieldPanel("services", widget=CheckboxSelectMultiple),
        FieldPanel("languages", widget=CheckboxSelectMultiple),
        FieldRowPanel([FieldPanel("listed_publicly"), FieldPanel("active")]),
    ]


class MembershipViewSet(ModelViewSet):
    """Who works for which agency, in which role: read-only (``cms_accounts``).

    Roles change only through the membership services (``members.agencies.services``),
    on the agency's staff page, where the last admin is kept, the person is told and
    nobody grants themselves a role.
    """

    model = Membership
    url_prefix = "memberships"
    icon = "user"
    menu_label = _("Memberships")
    list_display = ["user", "agency", "role", "since", "active"]
    list_filter = ["agency", "role", "active"]
    search_fields = ["user__email", "agency__name"]
    search_backend_name = None
    copy_view_enabled = False
    inspect_view_enabled = True
    form_fields = ["user", "agency", "role", "active"]


class MemberAreaViewSetGroup(ViewSetGroup):
    """The coordinators' menu: agencies and memberships."""

    items = (AgencyViewSet, MembershipViewSet)
    menu_icon = "group"
    menu_label = _("Member agencies")
    menu_name = "member-agencies"


@hooks.register("register_admin_viewset")
def member_area_viewsets():
    return MemberAreaViewSetGroup()


@hooks.register("register_account_menu_item")
def account_security_link(request):
    """The CMS account page points to where addresses, passwords and factors change."""
    return {
        "url": reverse("account_email"),
        "label": _("E-mail address, password and second factor"),
        "help_text": _(
            "Change them on the site's account pages, where each change is confirmed "
            "and you are told about it by e-mail."
        ),
    }


@hooks.register("before_bulk_action")
def refuse_bulk_actions_on_oneself(request, action_type, objects, action_class_instance):
    """Nobody gives themselves a group, or (de)activates or deletes themselves, in bulk."""
    if action_class_instance.model is not get_user_model():
        return None
    if any(person.pk == request.user.pk for person in objects):
        messages.error(
            request, _("Leave yourself out: another administrator changes your account.")
        )
        return redirect("wagtailusers_users:index")
    return None
