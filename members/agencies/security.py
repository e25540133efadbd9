"""The session and second-factor policy of the member area and the CMS.

- Everyone who signs in must have a second factor (an authenticator app or a
  passkey) before any page of the member area or the CMS opens; until then they
  are sent to set one up (allauth shows the recovery codes right after).
- A session ends after ``SESSION_IDLE_TIMEOUT_SECONDS`` without a request (the
  session cookie's age, renewed on every request) and, whatever happens, after
  ``SESSION_ABSOLUTE_TIMEOUT_SECONDS`` from sign-in.
- Disabling a person, or removing their last membership, ends their sessions at once.
"""

import time

from allauth.mfa.models import Authenticator

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.cache import add_never_cache_headers, patch_cache_control
from django.utils.translation import gettext as _

SIGNED_IN_AT = "signed_in_at"
SECOND_FACTORS = (Authenticator.Type.TOTP, Authenticator.Type.WEBAUTHN)


def has_second_factor(user) -> bool:
    """Whether the person has an authenticator app or a passkey."""
    cached = getattr(user, "_has_second_factor", None)
    if cached is None:
        cached = Authenticator.objects.filter(user=user, type__in=SECOND_FACTORS).exists()
        user._has_second_factor = cached
    return cached


def _protected(path: str) -> bool:
    """The member area (any language) and the CMS admin."""
    parts = path.strip("/").split("/")
    return parts[0] == "cms" or (len(parts) > 1 and parts[1] == "members")


def _sign_in_path(path: str) -> bool:
    parts = path.strip("/").split("/")
    return len(parts) > 1 and parts[1] == "accounts"


def remember_sign_in(sender, request, user, **kwargs) -> None:
    """Start the absolute session clock (``user_logged_in`` signal)."""
    request.session[SIGNED_IN_AT] = int(time.time())


class SessionPolicyMiddleware:
    """Ends sessions past their absolute lifetime; demands a second factor where needed."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = request.user
        if user.is_authenticated:
            started = request.session.setdefault(SIGNED_IN_AT, int(time.time()))
            if time.time() - started > settings.SESSION_ABSOLUTE_TIMEOUT_SECONDS:
                logout(request)
                messages.info(request, _("Your session has ended. Please sign in again."))
                return redirect(f"{reverse('account_login')}?next={request.path}")
            if _protected(request.path_info) and not has_second_factor(user):
                messages.info(
                    request,
                    _(
                        "Before you continue, set up a second factor: "
                        "an authenticator app or a passkey."
                    ),
                )
                return redirect("mfa_index")
        response = self.get_response(request)
        if user.is_authenticated or _sign_in_path(request.path_info):
            # Pages for a signed-in person may show what others must not: never stored.
            add_never_cache_headers(response)
            patch_cache_control(response, private=True, no_store=True)
        return response


def end_all_sessions(user) -> int:
    """Sign the person out everywhere; returns the number of sessions ended."""
    from allauth.usersessions.models import UserSession

    sessions = list(UserSession.objects.filter(user=user))
    for session in sessions:
        session.end()
    return len(sessions)
