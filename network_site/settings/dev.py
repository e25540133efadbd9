"""Development settings for `make run`: debug on, SQLite, e-mail printed to the console.

The only module with convenience defaults. Never used in production: the secret
key below is public.
"""

from .base import *  # noqa: F403
from .base import VAR_DIR
from .env import env_int, env_list, env_str

DEBUG = True
SECRET_KEY = env_str("SECRET_KEY", "dev-only-insecure-key-never-use-in-production")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost", "[::1]"])
MAILERS = {"default": {"BACKEND": "network_site.core.mail.ReadableConsoleEmailBackend"}}
MEDIA_ROOT = VAR_DIR / "media"
WAGTAILADMIN_BASE_URL = env_str(
    "WAGTAILADMIN_BASE_URL", f"http://127.0.0.1:{env_int('PORT', 8000)}"
)
# Readable static file names while developing; production uses hashed names.
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
DEMO_CONTENT_ALLOWED = True
# Without a real service configured, development uses the dummy translator (it
# reverses words) so the machine-translation button can be tried; never in production.
if WAGTAILLOCALIZE_MACHINE_TRANSLATOR is None:  # noqa: F405
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "wagtail_localize.machine_translators.dummy.DummyTranslator"
    }

# Files are served by the staticfiles finders here; nothing is collected.
STATIC_ROOT = None
WHITENOISE_USE_FINDERS = True

# Passkeys on http://127.0.0.1 (browsers allow WebAuthn on localhost).
MFA_WEBAUTHN_ALLOW_INSECURE_ORIGIN = True
