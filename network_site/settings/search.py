"""Settings of site search: Wagtail's database backend, or Elasticsearch per language.

Part of ``base``. With ``ELASTICSEARCH_URL`` set, every language Elasticsearch has an
analyser for gets its own index and backend (practices/search/backend_elasticsearch.py
stores only that language's objects in it); the database backend stays configured as
the fallback for an outage. Without it, the database backend, language-aware on
PostgreSQL (practices/search/backend_postgres.py).
"""

from .env import env_int, env_str
from .i18n import LANGUAGES

# Language code → Elasticsearch built-in language analyser.
ELASTICSEARCH_ANALYZERS = {
    "ar": "arabic",
    "bg": "bulgarian",
    "cs": "czech",
    "da": "danish",
    "de": "german",
    "el": "greek",
    "en": "english",
    "es": "spanish",
    "et": "estonian",
    "fi": "finnish",
    "fr": "french",
    "ga": "irish",
    "hu": "hungarian",
    "it": "italian",
    "lt": "lithuanian",
    "lv": "latvian",
    "nl": "dutch",
    "pt": "portuguese",
    "ro": "romanian",
    "sv": "swedish",
}


def language_backends(url: str, prefix: str, timeout: int, languages: list[str]) -> dict:
    """One backend definition per language with an analyser, for WAGTAILSEARCH_BACKENDS."""
    return {
        f"elasticsearch-{code}": {
            "BACKEND": "practices.search.backend_elasticsearch",
            "URLS": [url],
            "INDEX": f"{prefix}-{code}",
            "TIMEOUT": timeout,
            "LANGUAGE": code,
            "INDEX_SETTINGS": {
                "settings": {
                    "analysis": {"analyzer": {"default": {"type": ELASTICSEARCH_ANALYZERS[code]}}}
                }
            },
        }
        for code in languages
        if code in ELASTICSEARCH_ANALYZERS
    }


ELASTICSEARCH_URL = env_str("ELASTICSEARCH_URL")
if ELASTICSEARCH_URL:
    _es_prefix = env_str("ELASTICSEARCH_INDEX_PREFIX", "network-site")
    _es_timeout = env_int("ELASTICSEARCH_TIMEOUT", 5)
    WAGTAILSEARCH_BACKENDS = {
        # Objects without a locale, and languages Elasticsearch has no analyser for.
        "default": {
            "BACKEND": "wagtail.search.backends.elasticsearch9",
            "URLS": [ELASTICSEARCH_URL],
            "INDEX": _es_prefix,
            "TIMEOUT": _es_timeout,
        },
        # One index per language, analysed in that language (see the module).
        **language_backends(
            ELASTICSEARCH_URL, _es_prefix, _es_timeout, [code for code, _name in LANGUAGES]
        ),
        # Kept ready so that a search engine outage falls back to the database.
        "database": {"BACKEND": "practices.search.backend_postgres"},
    }
else:
    # The database backend, language-aware on PostgreSQL (see practices.search.backend_postgres).
    WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "practices.search.backend_postgres"}}
