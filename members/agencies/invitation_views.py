"""The invitee's side of an invitation: open the link, create the account, accept.

Three cases: no account for the invited address (choose name and password, then
set up a second factor), an account exists and its owner is signed in (accept
with one button), an account exists but nobody is signed in (sign in first). A
link that cannot be used says why, in words.
"""

from allauth.account.internal.flows.login import record_authentication
from allauth.account.utils import perform_login

from django.contrib import messages
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.decorators import method_decorator
from django.utils.translation import gettext as _
from django.views import View
from django.views.decorators.cache import never_cache

from members.agencies.adapter import INVITATION_METHOD
from members.agencies.forms import AcceptInvitationForm
from members.agencies.invitations import (
    InvitationError,
    InvitationProblem,
    account_for_email,
    invitation_from_token,
)
from members.agencies.services import invitation_accept_new_account, invitation_accept_signed_in

PROBLEM_STATUS = {
    InvitationProblem.INVALID: 404,
    InvitationProblem.WRONG_ACCOUNT: 403,
    InvitationProblem.COORDINATOR: 403,
}


def _problem_page(request, error: InvitationError):
    return render(
        request,
        "agencies/invitation_problem.html",
        {"problem": error.problem},
        status=PROBLEM_STATUS.get(error.problem, 410),
    )


@method_decorator(never_cache, name="dispatch")
class AcceptInvitationView(View):
    """The page an invitation link opens."""

    template_name = "agencies/invitation_accept.html"

    def dispatch(self, request, *args, **kwargs):
        try:
            self.invitation = invitation_from_token(kwargs["token"])
        except InvitationError as error:
            return _problem_page(request, error)
        user = request.user
        if user.is_authenticated and user.email.lower() != self.invitation.email.lower():
            return _problem_page(request, InvitationError(InvitationProblem.WRONG_ACCOUNT))
        self.existing_account = user if user.is_authenticated else None
        if self.existing_account is None and account_for_email(self.invitation.email):
            return self.render(sign_in_first=True)
        return super().dispatch(request, *args, **kwargs)

    def render(self, form=None, **context):
        return render(
            self.request,
            self.template_name,
            {
                "invitation": self.invitation,
                "form": form,
                "login_url": f"{reverse('account_login')}?next={self.request.path}",
                **context,
            },
        )

    def get(self, request, *args, **kwargs):
        if self.existing_account:
            return self.render()
        return self.render(AcceptInvitationForm(email=self.invitation.email))

    def post(self, request, token: str, **kwargs):
        try:
            if self.existing_account:
                invitation_accept_signed_in(token=token, user=request.user)
                messages.success(
                    request,
                    _("You joined %(agency)s.") % {"agency": self.invitation.agency.name},
                )
                return redirect("members:home")
            form = AcceptInvitationForm(request.POST, email=self.invitation.email)
            if not form.is_valid():
                return self.render(form)
            membership = invitation_accept_new_account(
                token=token,
                first_name=form.cleaned_data["first_name"],
                last_name=form.cleaned_data["last_name"],
                password=form.cleaned_data["password1"],
            )
        except InvitationError as error:
            return _problem_page(request, error)
        user = membership.user
        # The password was just chosen: it counts as a fresh sign-in, so setting up
        # the second factor does not ask for it again.
        record_authentication(
            request, user, method="password", email=user.email, reauthenticated=True
        )
        # ... and the link came by e-mail: no login code is asked for on top.
        record_authentication(request, user, method=INVITATION_METHOD)
        messages.success(
            request,
            _(
                "Welcome to %(agency)s. One more step: set up a second factor "
                "(an authenticator app or a passkey), then keep your recovery codes."
            )
            % {"agency": membership.agency.name},
        )
        return perform_login(request, user, redirect_url=reverse("mfa_index"), email=user.email)
