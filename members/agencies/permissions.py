"""View mixins of the member area; the rules themselves live in ``access``.

- ``MemberRequiredMixin``: signed in (the second factor is enforced by the session
  middleware) and a member of an agency or a coordinator; others get 403.
- ``StaffManagerMixin``: the agency named in the URL, for those who manage its
  staff (its agency admins, coordinators); its other staff get 403, everyone else
  404, so other agencies' pages are not even confirmed to exist.
- ``ReauthenticationRequiredMixin``: sensitive actions (export, erasure, sharing)
  ask for the password or second factor again if the last one is older than
  ``ACCOUNT_REAUTHENTICATION_TIMEOUT``. Works on any view; GET can be let through.
"""

from functools import wraps

from allauth.account.decorators import reauthentication_required

from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import redirect
from django.utils.decorators import method_decorator
from django.views.decorators.cache import never_cache

from members.agencies.access import can_manage_staff, is_member, role_in
from members.agencies.models import Agency


def member_required(view):
    """The view, for members of an agency and coordinators only; other signed-in people
    get 403 (the view itself sends anonymous readers to sign in)."""

    @wraps(view)
    def members_only(request, *args, **kwargs):
        if request.user.is_authenticated and not is_member(request.user):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return members_only


@method_decorator(never_cache, name="dispatch")
class MemberRequiredMixin(LoginRequiredMixin):
    """Only members of an agency, and coordinators, may use the view."""

    def dispatch(self, request, *args, **kwargs):
        if request.user.is_authenticated and not is_member(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class ReauthenticationRequiredMixin:
    """Asks for the password (or second factor) again before a sensitive action."""

    reauthenticate_on_get = False

    def dispatch(self, request, *args, **kwargs):
        guarded = reauthentication_required(
            super().dispatch, allow_get=not self.reauthenticate_on_get
        )
        return guarded(request, *args, **kwargs)


class StaffManagerMixin(MemberRequiredMixin):
    """Views of one agency's staff; ``self.agency`` is the agency of the URL."""

    def dispatch(self, request, *args, **kwargs):
        if request.user.is_authenticated and is_member(request.user):
            agency = Agency.objects.active().filter(pk=kwargs["agency_id"]).first()
            if agency is None:
                raise Http404
            if not can_manage_staff(request.user, agency):
                if role_in(request.user, agency):
                    raise PermissionDenied
                raise Http404
            self.agency = agency
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        return super().get_context_data(agency=self.agency, **kwargs)

    def staff_page(self):
        """Back to the agency's staff page (after a change, with its message)."""
        return redirect("members:staff", agency_id=self.agency.pk)
