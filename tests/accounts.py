"""Signing test people in the way the site demands: a password and a second factor."""

import time

from allauth.account.internal.flows.login import record_authentication
from allauth.mfa import app_settings
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import TOTP, format_hotp_value, hotp_value

from django.test import RequestFactory

from wagtail.test.utils import WagtailPageTestCase


def give_second_factor(user) -> None:
    """An authenticator-app second factor for a test user (secret known to the tests)."""
    if not Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists():
        TOTP.activate(user, TEST_TOTP_SECRET)


TEST_TOTP_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"


class AuthenticatorApp:
    """The codes an authenticator app shows, on a clock the test moves instead of waiting.

    A code is good for one 30-second time step and, once used, not again for that
    account. Each code is taken from the start of the next time step, and this process's
    clock (time-machine: every thread, the live server's too) is moved there first: the
    code has the whole step to be typed and checked, and never repeats one used before.
    allauth checks it as always, with no tolerance for other steps.
    """

    def __init__(self, clock) -> None:
        self._clock = clock

    def code(self, secret: str) -> str:
        now = time.time()
        step = int(now // app_settings.TOTP_PERIOD) + 1
        self._clock.move_to(step * app_settings.TOTP_PERIOD + 0.5, tick=True)
        return format_hotp_value(hotp_value(secret, step))


def sign_in(client, user, *, second_factor: bool = True, recently: bool = False) -> None:
    """Sign the test client in as allauth leaves a session after password and second factor.

    ``force_login`` alone is not enough: the member area and the CMS ask for proof
    that a second factor was used in the session. ``second_factor=False`` leaves that
    proof out (a person who has not set one up yet); ``recently`` also records a fresh
    password, so sensitive actions do not ask for it again.
    """
    client.force_login(user)
    request = RequestFactory().get("/")
    request.session = client.session
    request.user = user
    if recently:
        record_authentication(request, user, "password", reauthenticated=True)
    if second_factor:
        factor = Authenticator.objects.filter(
            user=user, type__in=(Authenticator.Type.TOTP, Authenticator.Type.WEBAUTHN)
        ).first()
        assert factor is not None, f"{user} has no second factor to sign in with"
        record_authentication(request, user, "mfa", id=factor.pk, type=factor.type)
    request.session.save()


class SignedInPageTestCase(WagtailPageTestCase):
    """Wagtail's page test case, signed in with a second factor as the CMS requires."""

    def login(self, user=None, username=None, password="password"):  # noqa: S107
        user = user or self.create_test_user()
        give_second_factor(user)
        sign_in(self.client, user)
        return user
