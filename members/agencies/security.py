"""The session and second-factor policy of the whole site.

- A signed-in session counts only once it has **proved a second factor in this
  session**: allauth's record of an authenticator-app code, a recovery code or a
  passkey (at sign-in or when asked again), or the enrolment of the person's first
  factor. Owning a factor is not proof. Until then the session reaches nothing but
  the second-factor step and "sign out": not the member area, not the CMS, not a
  public page with members-only details. Any way of signing in that skips allauth's
  second step (Django's ``login()``, a future API or single sign-on) fails closed.
- Someone without a second factor is sent to set one up (allauth shows the
  recovery codes right after).
- A signed-in person without CMS rights who opens the CMS is told so (403), instead
  of being sent to sign in again and back, round and round.
- A session ends after ``SESSION_IDLE_TIMEOUT_SECONDS`` without a request (the
  session cookie's age, renewed on every request) and, whatever happens, after
  ``SESSION_ABSOLUTE_TIMEOUT_SECONDS`` from sign-in.
- Disabling a person, or removing their last membership, ends their sessions at once.
"""

import time
from urllib.parse import urlencode

from allauth.account.authentication import get_authentication_records
from allauth.mfa.models import Authenticator
from allauth.usersessions.models import UserSession

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.http import HttpRequest
from django.shortcuts import redirect, render
from django.urls import Resolver404, resolve, reverse
from django.utils.cache import add_never_cache_headers, patch_cache_control
from django.utils.translation import gettext as _

SIGNED_IN_AT = "signed_in_at"
# The id of the person whose first second factor was enrolled in this session.
FIRST_FACTOR_ENROLLED = "first_second_factor_enrolled_by"
SECOND_FACTORS = (Authenticator.Type.TOTP, Authenticator.Type.WEBAUTHN)

# What a session that has not proved its second factor may still open.
PROVING_STEPS = frozenset({"mfa_reauthenticate", "mfa_reauthenticate_webauthn", "account_logout"})
# ... and, for a person who has no second factor yet, the way to set one up.
ENROLMENT_STEPS = frozenset(
    {
        "mfa_index",
        "mfa_activate_totp",
        "mfa_add_webauthn",
        "account_reauthenticate",
        "account_logout",
    }
)


def has_second_factor(user) -> bool:
    """Whether the person has an authenticator app or a passkey."""
    cached = getattr(user, "_has_second_factor", None)
    if cached is None:
        cached = Authenticator.objects.filter(user=user, type__in=SECOND_FACTORS).exists()
        user._has_second_factor = cached
    return cached


def second_factor_proven(request: HttpRequest) -> bool:
    """Whether this session's person used a second factor in this session."""
    user = request.user
    if not user.is_authenticated:
        return False
    records = get_authentication_records(request, user)
    if any(record.get("method") == "mfa" for record in records):
        return True
    return request.session.get(FIRST_FACTOR_ENROLLED) == str(user.pk)


def first_factor_enrolled(sender, request, user, authenticator, **kwargs) -> None:
    """Count the enrolment of a person's first factor as its proof (``authenticator_added``).

    Only the first: adding another factor is open only to sessions that proved one.
    """
    if request is None or authenticator.type not in SECOND_FACTORS or request.user != user:
        return
    others = Authenticator.objects.filter(user=user, type__in=SECOND_FACTORS)
    if not others.exclude(pk=authenticator.pk).exists():
        request.session[FIRST_FACTOR_ENROLLED] = str(user.pk)


def remember_sign_in(sender, request, user, **kwargs) -> None:
    """Start the absolute session clock (``user_logged_in`` signal)."""
    request.session[SIGNED_IN_AT] = int(time.time())


def _url_name(request: HttpRequest) -> str | None:
    try:
        return resolve(request.path_info).url_name
    except Resolver404:
        return None


def _second_factor_step(request: HttpRequest):
    """Where a session without proof goes: prove the factor, or set one up."""
    user = request.user
    if not has_second_factor(user):
        messages.info(
            request,
            _("Before you continue, set up a second factor: an authenticator app or a passkey."),
        )
        return redirect("mfa_index")
    has_app = Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()
    step = "mfa_reauthenticate" if has_app else "mfa_reauthenticate_webauthn"
    messages.info(request, _("Confirm with your second factor that it is you, then continue."))
    return redirect(f"{reverse(step)}?{urlencode({'next': request.get_full_path()})}")


class SessionPolicyMiddleware:
    """Ends sessions past their absolute lifetime; lets in only sessions that proved a factor."""

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
            if not second_factor_proven(request):
                allowed = PROVING_STEPS if has_second_factor(user) else ENROLMENT_STEPS
                if _url_name(request) not in allowed:
                    return _second_factor_step(request)
            if _in_cms(request.path_info) and not user.has_perm("wagtailadmin.access_admin"):
                response = render(request, "agencies/no_cms_access.html", status=403)
                add_never_cache_headers(response)
                return response
        response = self.get_response(request)
        if user.is_authenticated or _sign_in_path(request.path_info):
            # Pages for a signed-in person may show what others must not: never stored.
            add_never_cache_headers(response)
            patch_cache_control(response, private=True, no_store=True)
        return response


def _in_cms(path: str) -> bool:
    """A page of the CMS admin, not its sign-in and sign-out (which lead elsewhere)."""
    prefix = f"/{settings.WAGTAILADMIN_PATH}"
    exits = ("login/", "logout/", "password_reset/")
    return path.startswith(prefix) and not path.removeprefix(prefix).startswith(exits)


def _sign_in_path(path: str) -> bool:
    parts = path.strip("/").split("/")
    return len(parts) > 1 and parts[1] == "accounts"


def end_all_sessions(user) -> int:
    """Sign the person out everywhere; returns the number of sessions ended."""
    sessions = list(UserSession.objects.filter(user=user))
    for session in sessions:
        session.end()
    return len(sessions)
