"""Agency admin pages: the staff of an agency, inviting, changing roles, removing.

Views are thin: the mixins decide who may come in (``permissions``), services
write (``members.agencies.services``). Every change asks for the password or second
factor again when the last one is older than the reauthentication timeout.
"""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404
from django.utils.formats import date_format
from django.utils.timezone import localtime
from django.utils.translation import gettext as _
from django.views.generic import FormView, TemplateView, View

from members.agencies.access import can_change_role, can_read_audit_log
from members.agencies.adapter import person_display
from members.agencies.forms import InvitationForm, RoleForm
from members.agencies.models import AgencyRole, Invitation, Membership
from members.agencies.permissions import ReauthenticationRequiredMixin, StaffManagerMixin
from members.agencies.selectors import agency_staff, pending_invitations
from members.agencies.services import (
    invitation_create,
    invitation_revoke,
    membership_change_role,
    membership_remove,
)


class StaffView(StaffManagerMixin, TemplateView):
    """The agency's staff and pending invitations, with the actions on them."""

    template_name = "agencies/staff.html"

    def get_context_data(self, **kwargs):
        staff = agency_staff(self.agency)
        for membership in staff:
            membership.role_changeable = can_change_role(self.request.user, membership)
        return super().get_context_data(
            staff=staff,
            invitations=pending_invitations(self.agency),
            roles=AgencyRole.choices,
            shows_audit_log=can_read_audit_log(self.request.user, self.agency),
            **kwargs,
        )


class InviteView(StaffManagerMixin, ReauthenticationRequiredMixin, FormView):
    """Invite a colleague by e-mail address, with a role."""

    template_name = "agencies/invite.html"
    form_class = InvitationForm

    def form_valid(self, form):
        try:
            invitation = invitation_create(
                agency=self.agency,
                email=form.cleaned_data["email"],
                role=form.cleaned_data["role"],
                invited_by=self.request.user,
            )
        except ValidationError as error:
            form.add_error("email", error)
            return self.form_invalid(form)
        messages.success(
            self.request,
            _("Invitation sent to %(email)s. The link works until %(date)s.")
            % {
                "email": invitation.email,
                "date": date_format(localtime(invitation.expires_at), "DATETIME_FORMAT"),
            },
        )
        return self.staff_page()


class StaffActionView(StaffManagerMixin, ReauthenticationRequiredMixin, View):
    """A change to one member of staff, by POST; answers with the staff page."""

    http_method_names = ["post"]

    def membership(self) -> Membership:
        return get_object_or_404(
            Membership.objects.active().select_related("user"),
            pk=self.kwargs["membership_id"],
            agency=self.agency,
        )


class ChangeRoleView(StaffActionView):
    """Give a member of staff another role."""

    def post(self, request, *args, **kwargs):
        membership = self.membership()
        form = RoleForm(request.POST)
        try:
            if not form.is_valid():
                raise ValidationError(_("Choose a role from the list."))
            membership = membership_change_role(
                membership=membership, role=form.cleaned_data["role"], changed_by=request.user
            )
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(
                request,
                _("%(name)s is now %(role)s.")
                % {"name": person_display(membership.user), "role": membership.get_role_display()},
            )
        return self.staff_page()


class RemoveStaffView(StaffActionView):
    """Take a person off the agency's staff."""

    def post(self, request, *args, **kwargs):
        membership = self.membership()
        try:
            membership_remove(membership=membership, removed_by=request.user)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(
                request,
                _("%(name)s is no longer on the staff of %(agency)s.")
                % {"name": person_display(membership.user), "agency": self.agency.name},
            )
        return self.staff_page()


class RevokeInvitationView(StaffActionView):
    """Withdraw a pending invitation."""

    def post(self, request, *args, **kwargs):
        invitation = get_object_or_404(
            Invitation.objects.pending(), pk=kwargs["invitation_id"], agency=self.agency
        )
        invitation_revoke(invitation=invitation, revoked_by=request.user)
        messages.success(
            request, _("The invitation to %(email)s was withdrawn.") % {"email": invitation.email}
        )
        return self.staff_page()
