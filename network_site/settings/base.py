"""Settings shared by every environment, safe to deploy as they are.

``DEBUG`` is off and there is no default secret: an environment that forgets to
set ``SECRET_KEY`` fails instead of running with a known key. Everything that
varies between machines is read from the environment through ``env``.
"""

from pathlib import Path

import dj_database_url

from .env import env_int, env_list, env_str

BASE_DIR = Path(__file__).resolve().parent.parent.parent
VAR_DIR = Path(env_str("VAR_DIR", str(BASE_DIR / "var")))

SECRET_KEY = env_str("SECRET_KEY")
# The register's keys (members/register): master keys that wrap each person's data key
# ("version:base64,..." with the active one first) and the key of its blind indexes.
# Required in production; development makes its own; tests use fixed ones.
REGISTER_MASTER_KEYS = env_str("REGISTER_MASTER_KEYS")
REGISTER_INDEX_KEY = env_str("REGISTER_INDEX_KEY")
# Days a referral or transfer offered to another agency waits for an answer before it
# expires (the periodic task of members/register/tasks.py closes it).
REGISTER_OFFER_DAYS = env_int("REGISTER_OFFER_DAYS", 14)
# Months without a movement, a note or an active share after which a record is
# anonymised (its data key destroyed) by the daily task of members/register/retention.py;
# the owning agency is warned 30 days before.
REGISTER_RETENTION_MONTHS = env_int("REGISTER_RETENTION_MONTHS", 24)
# Every discovery lookup takes at least this long, found or not (docs/register.md).
REGISTER_DISCOVERY_SECONDS = 0.5
DEBUG = False
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "network_site",
    "practices",
    "members.agencies",
    "members.notifications",
    "members.register",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.typed_table_block",
    "wagtail.contrib.search_promotions",
    "wagtail.sites",
    # Wagtail's user editor, without e-mail, password and one's own groups.
    "members.agencies.apps.CmsUsersConfig",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_tasks_db",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "allauth.usersessions",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    # allauth's list of passkeys formats dates with it.
    "django.contrib.humanize",
    "django.contrib.postgres",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "network_site.middleware.PermissionsPolicyMiddleware",
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    "network_site.middleware.AdminContentSecurityPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "network_site.middleware.RememberLanguageMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "allauth.usersessions.middleware.UserSessionsMiddleware",
    "members.agencies.security.SessionPolicyMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "network_site.page_cache.PublicPageCacheMiddleware",
    "network_site.page_cache.SiteLookupCacheMiddleware",
]

ROOT_URLCONF = "network_site.urls"
WSGI_APPLICATION = "network_site.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.template.context_processors.csp",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

# --- Database -------------------------------------------------------------
# DATABASE_URL selects the database (PostgreSQL in production and tests). Without
# it the embedded SQLite file under VAR_DIR is used, which is what `make run` wants.
DATABASE_URL = env_str("DATABASE_URL")
if DATABASE_URL:
    DATABASES = {"default": dj_database_url.parse(DATABASE_URL, conn_max_age=60)}
else:
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": VAR_DIR / "network_site.sqlite3",
            "OPTIONS": {
                # The dev server and the task worker write at the same time: WAL and a
                # busy timeout let them take turns instead of failing with "locked".
                "transaction_mode": "IMMEDIATE",
                "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
                "timeout": 20,
            },
        }
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Cache ----------------------------------------------------------------
# The cache also holds the rate limits of sign-in, second factor, password reset and
# public forms. Local memory is private to each process and forgotten on restart, so
# several workers would each allow the full number of attempts: production refuses
# to start without a shared cache, Redis (REDIS_URL) or the database (CACHE_TABLE,
# created with `manage.py createcachetable`).
REDIS_URL = env_str("REDIS_URL")
CACHE_TABLE = env_str("CACHE_TABLE")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": env_str("CACHE_KEY_PREFIX", "network-site"),
        }
    }
elif CACHE_TABLE:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": CACHE_TABLE,
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
SHARED_CACHE = bool(REDIS_URL or CACHE_TABLE)

# Cached pages and fragments are retired when editors publish (a version number in
# the cache). A local-memory cache is private to each process, so other workers only
# notice when their copy expires: keep that short unless a shared cache (Redis) is used.
CONTENT_CACHE_SECONDS = env_int("CONTENT_CACHE_SECONDS", 3600 if SHARED_CACHE else 60)

# --- Background tasks: tasks.py -------------------------------------------------------
# --- Passwords, accounts, second factors, CMS sign-in: accounts.py ------------------------
from .accounts import *  # noqa: E402, F403

# --- Internationalisation: i18n.py ---------------------------------------------------------
from .i18n import *  # noqa: E402, F403
from .tasks import *  # noqa: E402, F403

# --- Static and media files -------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = Path(env_str("STATIC_ROOT", str(BASE_DIR / "staticfiles")))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env_str("MEDIA_ROOT", str(BASE_DIR / "media")))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# --- Wagtail ----------------------------------------------------------------
WAGTAIL_SITE_NAME = "Homeless Mobile Citizen Network"
WAGTAILADMIN_BASE_URL = env_str("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILADMIN_PATH = "cms/"
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odp", "ods", "odt", "pdf", "pptx", "rtf", "txt", "xlsx"]
WAGTAIL_ALLOW_UNICODE_SLUGS = False

from .search import *  # noqa: E402, F403

# Machine translation in the translation editor, chosen by which credentials are set;
# none by default (translators work by hand or through PO files).
if DEEPL_AUTH_KEY := env_str("DEEPL_AUTH_KEY"):
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "wagtail_localize.machine_translators.deepl.DeepLTranslator",
        "OPTIONS": {"AUTH_KEY": DEEPL_AUTH_KEY, "FORMALITY": "prefer_more"},
    }
elif GOOGLE_TRANSLATE_PROJECT_ID := env_str("GOOGLE_TRANSLATE_PROJECT_ID"):
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "wagtail_localize.machine_translators.google.GoogleCloudTranslator",
        "OPTIONS": {
            "PROJECT_ID": GOOGLE_TRANSLATE_PROJECT_ID,
            "CREDENTIALS_PATH": env_str("GOOGLE_APPLICATION_CREDENTIALS"),
        },
    }
elif LIBRETRANSLATE_URL := env_str("LIBRETRANSLATE_URL"):
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "wagtail_localize.machine_translators.libretranslate.LibreTranslator",
        "OPTIONS": {
            "LIBRETRANSLATE_URL": LIBRETRANSLATE_URL,
            "API_KEY": env_str("LIBRETRANSLATE_API_KEY"),
        },
    }
else:
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = None
# "Translate this page" makes a draft, never a live page: a translation is published
# only when the translation review workflow approves it (practices/translation).
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False

# --- Reverse proxy, security headers and cookies: security.py --------------------------
from .security import *  # noqa: E402, F403

# --- Logging --------------------------------------------------------------------
LOG_LEVEL = env_str("LOG_LEVEL", "INFO")
# Every handler passes its records through the privacy filter (network_site/core/
# log_privacy.py): no request details, query strings or register path segments, no
# messages of exceptions about the register, no SQL about the register's tables.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"privacy": {"()": "network_site.core.log_privacy.PrivacyFilter"}},
    "formatters": {
        "plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"},
        # The development server's access log, as Django formats it by default.
        "django.server": {
            "()": "django.utils.log.ServerFormatter",
            "format": "[{server_time}] {message}",
            "style": "{",
        },
    },
    "handlers": {
        "console": {"class": "logging.StreamHandler", "formatter": "plain", "filters": ["privacy"]},
        "django.server": {
            "class": "logging.StreamHandler",
            "formatter": "django.server",
            "filters": ["privacy"],
        },
    },
    "root": {"handlers": ["console"], "level": LOG_LEVEL},
    "loggers": {
        # Django's own messages (such as the task worker's "Task … state=SUCCESSFUL") go to
        # the root's handler only: Django's default configuration gives its "django"
        # logger a console handler of its own as well, which printed each of them twice.
        "django": {"handlers": [], "level": "INFO"},
        # Request bodies and query strings can carry personal data: never log them.
        "django.request": {"handlers": ["console"], "level": "ERROR", "propagate": False},
        # runserver's access log: replaces Django's default handler, which had no filter.
        "django.server": {"handlers": ["django.server"], "level": "INFO", "propagate": False},
    },
}
# Error reports (the debug page, and wherever a deployment sends them) hide POST and
# query values, the register's local variables and messages (core/error_reports.py).
DEFAULT_EXCEPTION_REPORTER_FILTER = "network_site.core.error_reports.PrivateExceptionReporterFilter"
DEFAULT_EXCEPTION_REPORTER = "network_site.core.error_reports.PrivateExceptionReporter"

# Monitoring that sends this token (Authorization: Bearer …) sees each part of /health/.
HEALTH_CHECK_TOKEN = env_str("HEALTH_CHECK_TOKEN")

# --- Mail: mail.py ---------------------------------------------------------------
from .mail import *  # noqa: E402, F403

# Editors' e-mail addresses are not sent to a third-party avatar service.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# The admin never calls home: no update check against an outside server.
WAGTAIL_ENABLE_UPDATE_CHECK = False

# --- Events -----------------------------------------------------------------------
# Registrants' personal data is deleted this many days after their event ends.
EVENT_REGISTRATION_RETENTION_DAYS = env_int("EVENT_REGISTRATION_RETENTION_DAYS", 30)
# Registrations accepted from one client address per hour (against spam).
EVENT_REGISTRATIONS_PER_HOUR = env_int("EVENT_REGISTRATIONS_PER_HOUR", 10)

# Periodic tasks are declared next to each task (network_site.core.scheduling).
