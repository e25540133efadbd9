"""Second factors of the demo accounts, so a newcomer can sign in within a minute.

Each demo account gets an authenticator-app (TOTP) secret derived from its user
name. ``manage.py demo_totp`` prints every demo account's current code (and the
secret, to add to a real authenticator app). Development only: both refuse to run
unless ``DEMO_CONTENT_ALLOWED`` is set, which production settings never do.
"""

import base64
import hashlib
import time

from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import TOTP, format_hotp_value, hotp_value

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import ImproperlyConfigured

from members.agencies.demo_accounts import DEMO_ACCOUNTS


def _require_demo_settings() -> None:
    if not getattr(settings, "DEMO_CONTENT_ALLOWED", False):
        raise ImproperlyConfigured("Demo second factors exist only in development settings.")


def demo_secret(username: str) -> str:
    """The base32 TOTP secret of a demo account (public: it is in this source file)."""
    _require_demo_settings()
    digest = hashlib.sha256(f"network-demo-totp:{username}".encode()).digest()[:20]
    return base64.b32encode(digest).decode()


def current_code(secret: str) -> str:
    """The code an authenticator app shows for ``secret`` right now."""
    return format_hotp_value(hotp_value(secret, int(time.time()) // 30))


def ensure_demo_second_factors() -> list[str]:
    """Give every demo account its TOTP authenticator; return a line per one created."""
    _require_demo_settings()
    created = []
    users = get_user_model().objects.filter(
        username__in=[account["username"] for account in DEMO_ACCOUNTS]
    )
    for user in users:
        if Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists():
            continue
        TOTP.activate(user, demo_secret(user.username))
        created.append(f"authenticator app for {user.email}")
    return created


def demo_codes() -> list[tuple[dict, str, str]]:
    """(account, secret, current code) for every demo account."""
    _require_demo_settings()
    rows = []
    for account in DEMO_ACCOUNTS:
        secret = demo_secret(account["username"])
        rows.append((account, secret, current_code(secret)))
    return rows
