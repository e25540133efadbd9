"""Settings for the test suite: PostgreSQL, fast hashing, in-memory cache and mail, tasks at once.

Tests run on the real production database engine. ``DATABASE_URL`` wins; otherwise
the local PostgreSQL server is used, through its socket or on localhost.
"""

from .base import *  # noqa: F403
from .base import BASE_DIR
from .env import env_str
from .local_postgres import local_postgres_settings

SECRET_KEY = "test-only-secret-key"  # noqa: S105
# Fixed register keys of the tests only (32 bytes each, base64): version 2 active, 1 older.
REGISTER_MASTER_KEYS = (
    "2:dGVzdC1vbmx5LW1hc3Rlci1rZXktdmVyc2lvbi10d28=,1:dGVzdC1vbmx5LW1hc3Rlci1rZXktdmVyc2lvbi1vbmU="
)
REGISTER_INDEX_KEY = "dGVzdC1vbmx5LWJsaW5kLWluZGV4LWtleS0zMmJ5dGU="
DEBUG = False
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]

DATABASES = {"default": local_postgres_settings(env_str("DATABASE_URL"))}
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
MAILERS = {"default": {"BACKEND": "django.core.mail.backends.locmem.EmailBackend"}}
TASKS = {"default": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"}}
# One folder per pytest-xdist worker: workers that save a file of the same name at the
# same moment must not overwrite each other's.
MEDIA_ROOT = BASE_DIR / "test-results" / "media" / env_str("PYTEST_XDIST_WORKER", "main")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WAGTAILADMIN_BASE_URL = "http://testserver"
DEMO_CONTENT_ALLOWED = True

# Files are served by the staticfiles finders here; nothing is collected.
STATIC_ROOT = None
WHITENOISE_USE_FINDERS = True

# Passkeys against the live test server on http://localhost.
MFA_WEBAUTHN_ALLOW_INSECURE_ORIGIN = True

# Discovery lookups are padded in production; tests run the padding on a clock of
# their own (tests/members/register/test_discovery.py) instead of waiting for real.
REGISTER_DISCOVERY_SECONDS = 0
