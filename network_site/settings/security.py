"""Settings of the client's address behind proxies, security headers, cookies and the CSP.

Part of ``base``: safe to deploy as they are (production adds HTTPS-only rules).
Why each rule exists is in docs/security.md.
"""

from django.core.exceptions import ImproperlyConfigured

from .env import env_int, env_str

# --- Reverse proxy ----------------------------------------------------------------
# How the client's address is known, for rate limits (allauth's and the site's own,
# which read these same settings). Directly on the internet: the connection's address.
# Behind reverse proxies: TRUSTED_PROXY_COUNT of them, each appending to
# X-Forwarded-For; the client is the right-most address they did not add (the
# left-most values are whatever the client sent). Or CLIENT_ADDRESS_HEADER names a
# header the proxy sets itself, overwriting what the client sent (e.g. X-Real-IP).
TRUSTED_PROXY_COUNT = env_int("TRUSTED_PROXY_COUNT", 0)
CLIENT_ADDRESS_HEADER = env_str("CLIENT_ADDRESS_HEADER")
if CLIENT_ADDRESS_HEADER and TRUSTED_PROXY_COUNT < 1:
    raise ImproperlyConfigured(
        "CLIENT_ADDRESS_HEADER is trusted only behind a proxy: set TRUSTED_PROXY_COUNT too."
    )
ALLAUTH_TRUSTED_PROXY_COUNT = TRUSTED_PROXY_COUNT
ALLAUTH_TRUSTED_CLIENT_IP_HEADER = CLIENT_ADDRESS_HEADER or None

# --- Security headers ---------------------------------------------------------
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
SESSION_COOKIE_AGE = env_int("SESSION_IDLE_TIMEOUT_SECONDS", 30 * 60)
SESSION_SAVE_EVERY_REQUEST = True

# Browser features no page of the site uses are switched off for all of them; passkeys
# (WebAuthn) and full screen (video) stay allowed for the site's own pages.
_NOT_USED = (
    "accelerometer autoplay bluetooth browsing-topics camera display-capture "
    "geolocation gyroscope hid magnetometer microphone midi payment serial usb"
)
PERMISSIONS_POLICY = {
    **dict.fromkeys(_NOT_USED.split(), ()),
    "fullscreen": ("self",),
    "publickey-credentials-create": ("self",),
    "publickey-credentials-get": ("self",),
}

# Public pages and the member area allow nothing but the site's own assets. The
# Wagtail admin is served with its own, wider policy (see AdminContentSecurityPolicyMiddleware).
_SELF = "'self'"
SECURE_CSP = {
    "default-src": [_SELF],
    "script-src": [_SELF],
    "style-src": [_SELF],
    "img-src": [_SELF, "data:"],
    "font-src": [_SELF],
    "connect-src": [_SELF],
    "form-action": [_SELF],
    "frame-ancestors": ["'none'"],
    "base-uri": [_SELF],
    "object-src": ["'none'"],
}
# The CMS alone keeps 'unsafe-inline': Wagtail's editor writes inline scripts and styles
# that neither hashes nor nonces can cover (docs/security.md).
ADMIN_CSP = {
    **SECURE_CSP,
    "script-src": [_SELF, "'unsafe-inline'"],
    "style-src": [_SELF, "'unsafe-inline'"],
    "img-src": [_SELF, "data:", "blob:"],
    "frame-src": [_SELF],
    "frame-ancestors": [_SELF],
}
