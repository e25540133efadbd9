"""allauth's second-factor pages, where the project's rules need a word in them."""

from allauth.mfa.adapter import get_adapter
from allauth.mfa.webauthn.views import RemoveWebAuthnView

from django.contrib import messages
from django.shortcuts import redirect
from django.utils.translation import gettext as _


class KeepLastFactorRemoveWebAuthnView(RemoveWebAuthnView):
    """Removing a passkey, except the account's last second factor (allauth asks the MFA
    adapter before deactivating an authenticator app, but not before removing a passkey)."""

    def form_valid(self, form):
        if not get_adapter().can_delete_authenticator(self.get_object()):
            messages.error(
                self.request,
                _("This is your last second factor: add another one before removing it."),
            )
            return redirect("mfa_list_webauthn")
        return super().form_valid(form)
