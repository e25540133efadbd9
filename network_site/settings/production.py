"""Production settings: every secret from the environment, HTTPS only, strict headers.

Importing this module without the variables of ``REQUIRED_VARIABLES``, or without a
shared cache for rate limits (REDIS_URL or CACHE_TABLE), fails at once with one line
naming everything that is missing. With representative values it passes
``manage.py check --deploy`` without warnings (CI checks that).
"""

import dj_database_url

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import SHARED_CACHE, TRUSTED_PROXY_COUNT
from .env import env_bool, env_int, env_list, env_str

# What production cannot start without, and what each is for (the README lists them too).
REQUIRED_VARIABLES = {
    "SECRET_KEY": "signs sessions, links and tokens; long and random",
    "DATABASE_URL": "the PostgreSQL database, postgresql://user:password@host:5432/name",
    "ALLOWED_HOSTS": "the site's host names, comma-separated",
    "REGISTER_MASTER_KEYS": (
        "the register's master keys, version:base64 of 32 random bytes, comma-separated, "
        "the active one first"
    ),
    "REGISTER_INDEX_KEY": (
        "the key of the register's blind indexes, base64 of 32 random bytes, "
        "never one of the master keys"
    ),
}
_missing = [name for name in REQUIRED_VARIABLES if not env_str(name).strip()]
if _missing:
    raise ImproperlyConfigured(
        "Missing environment variables: "
        + "; ".join(f"{name} ({REQUIRED_VARIABLES[name]})" for name in _missing)
    )

SECRET_KEY = env_str("SECRET_KEY")
DATABASES = {"default": dj_database_url.parse(env_str("DATABASE_URL"), conn_max_age=60)}
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
WAGTAILADMIN_BASE_URL = env_str("WAGTAILADMIN_BASE_URL", f"https://{ALLOWED_HOSTS[0]}")

DEBUG = False
DEMO_CONTENT_ALLOWED = False

if not SHARED_CACHE:
    raise ImproperlyConfigured(
        "Rate limits need a cache shared by every worker: set REDIS_URL, or CACHE_TABLE "
        "for the database cache (create it with `manage.py createcachetable`)."
    )

SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
if TRUSTED_PROXY_COUNT:
    # Only a proxy of ours may say that the request came by HTTPS.
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 60 * 60 * 24 * 365)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
# "__Host-" cookies are only ever accepted from this host, over HTTPS, for the whole
# site: no other subdomain can set or overwrite them. Turn off only where the site
# must share them with another host or lives below a path.
if env_bool("HOST_PREFIXED_COOKIES", True):
    SESSION_COOKIE_NAME = "__Host-sessionid"
    CSRF_COOKIE_NAME = "__Host-csrftoken"
LANGUAGE_COOKIE_SECURE = True
CSRF_COOKIE_HTTPONLY = True
