"""A small fixed-window rate limit, kept in the (shared) cache.

Used against spam and abuse: per client address, per signed-in person, and per
recipient of an e-mail the site would send. The client address is found exactly
as allauth finds it for its own limits (``TRUSTED_PROXY_COUNT`` and
``CLIENT_ADDRESS_HEADER``, see the settings), so one setting governs both. Keys
carry a keyed hash of what is counted, never an address in clear.
"""

import time
from contextlib import suppress

from allauth.account.adapter import get_adapter

from django.core.cache import cache
from django.core.exceptions import ImproperlyConfigured, PermissionDenied
from django.http import HttpRequest
from django.utils.crypto import salted_hmac


def client_address(request: HttpRequest) -> str:
    """The address of the client as far as this site can trust it; "" when it cannot tell
    (a request that bypassed the proxy, without its header or forwarded hops)."""
    try:
        return get_adapter(request).get_client_ip(request) or ""
    except (PermissionDenied, ImproperlyConfigured):
        return ""


def _key(scope: str, subject: str, period_seconds: int) -> str:
    window = int(time.time() // period_seconds)
    digest = salted_hmac("network_site.ratelimit", subject.lower(), algorithm="sha256").hexdigest()[
        :32
    ]
    return f"ratelimit:{scope}:{digest}:{window}"


def _count(scope: str, subject: str, *, limit: int, period_seconds: int) -> bool:
    key = _key(scope, subject, period_seconds)
    if cache.add(key, 1, period_seconds):
        return True
    try:
        count = cache.incr(key)
    except ValueError:  # the window expired between add and incr
        cache.add(key, 1, period_seconds)
        count = 1
    return count <= limit


def allow(request: HttpRequest, scope: str, *, limit: int, period_seconds: int) -> bool:
    """Count one attempt; False once the address made more than ``limit`` in the window."""
    return _count(scope, client_address(request), limit=limit, period_seconds=period_seconds)


def refund(request: HttpRequest, scope: str, *, period_seconds: int) -> None:
    """Take back one attempt ``allow`` counted, for limits on what was accepted rather
    than on attempts (a registration): a refused attempt, such as a form with a mistake,
    then costs nothing, and the count stays atomic (counted first, given back after)."""
    with suppress(ValueError):  # the window ended meanwhile: nothing left to give back
        cache.decr(_key(scope, client_address(request), period_seconds))


def allow_for(subject: str, scope: str, *, limit: int, period_seconds: int) -> bool:
    """Count one attempt about ``subject`` (an e-mail address, say), whoever makes it."""
    return _count(scope, subject, limit=limit, period_seconds=period_seconds)


def allow_person(user, scope: str, *, limit: int, period_seconds: int) -> bool:
    """Count one attempt by a signed-in person, from whichever address (register lookups,
    forum posts): moving to another connection does not reset their count."""
    return _count(scope, f"person:{user.pk}", limit=limit, period_seconds=period_seconds)
