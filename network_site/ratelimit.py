"""A small fixed-window rate limit per client address, kept in the cache.

Used against spam on public forms. The client address is the connection's own,
or the header named by ``CLIENT_ADDRESS_HEADER`` when a trusted proxy sets it.
"""

import time

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest


def client_address(request: HttpRequest) -> str:
    """The address of the client as far as this site can trust it."""
    header = settings.CLIENT_ADDRESS_HEADER
    if header:
        forwarded = request.headers.get(header, "").split(",")[0].strip()
        if forwarded:
            return forwarded
    return request.META.get("REMOTE_ADDR", "")


def allow(request: HttpRequest, scope: str, *, limit: int, period_seconds: int) -> bool:
    """Count one attempt; False once the address made more than ``limit`` in the window."""
    window = int(time.time() // period_seconds)
    key = f"ratelimit:{scope}:{client_address(request)}:{window}"
    if cache.add(key, 1, period_seconds):
        return True
    try:
        count = cache.incr(key)
    except ValueError:  # the window expired between add and incr
        cache.add(key, 1, period_seconds)
        count = 1
    return count <= limit
