"""Representative values of every variable production requires (see REQUIRED_VARIABLES in
network_site/settings/production.py), for tests that import the production settings."""

import base64

PRODUCTION_VARIABLES = {
    "SECRET_KEY": "a-long-random-production-secret-key-for-this-test-only-0123456789",
    "DATABASE_URL": "postgresql://network:secret@db.internal:5432/network",
    "ALLOWED_HOSTS": "network.example.org",
    "REGISTER_MASTER_KEYS": "1:" + base64.b64encode(b"m" * 32).decode(),
    "REGISTER_INDEX_KEY": base64.b64encode(b"i" * 32).decode(),
}
