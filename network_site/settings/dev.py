"""Development settings for `make run`: debug on, SQLite, e-mail printed to the console.

The only module with convenience defaults. Never used in production: the secret
key below is public.
"""

import base64
import json
import os
import secrets

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


def _development_register_keys() -> dict:
    """This machine's own register keys, made once into VAR_DIR (readable by its owner
    only): development never shares keys with anyone, and production never uses these."""
    path = VAR_DIR / "register-keys.json"
    if not path.exists():
        VAR_DIR.mkdir(parents=True, exist_ok=True)
        keys = {
            "REGISTER_MASTER_KEYS": "1:" + base64.b64encode(secrets.token_bytes(32)).decode(),
            "REGISTER_INDEX_KEY": base64.b64encode(secrets.token_bytes(32)).decode(),
        }
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "w") as file:
            json.dump(keys, file)
    return json.loads(path.read_text())


_register_keys = _development_register_keys()
REGISTER_MASTER_KEYS = env_str("REGISTER_MASTER_KEYS", _register_keys["REGISTER_MASTER_KEYS"])
REGISTER_INDEX_KEY = env_str("REGISTER_INDEX_KEY", _register_keys["REGISTER_INDEX_KEY"])
