"""Outgoing e-mail: the sender, the network's contact address and the SMTP server.

Part of ``base``. Development prints messages to the console (dev.py); tests keep
them in memory (test.py).
"""

from .env import env_bool, env_int, env_str

SITE_CONTACT_EMAIL = env_str("SITE_CONTACT_EMAIL", "contact@example.org")
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "network@example.org")
MAILERS = {
    "default": {
        "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
        "OPTIONS": {
            "host": env_str("EMAIL_HOST", "localhost"),
            "port": env_int("EMAIL_PORT", 25),
            "username": env_str("EMAIL_HOST_USER"),
            "password": env_str("EMAIL_HOST_PASSWORD"),
            "use_tls": env_bool("EMAIL_USE_TLS", False),
            "timeout": 20,
        },
    }
}
