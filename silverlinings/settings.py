"""Silver Linings settings: one module; every difference between machines comes from the environment.

With nothing set you get the embedded default: SQLite in ./var, uploads in ./var/media, email printed
to the console, DEBUG on. Production sets at least SECRET_KEY, ALLOWED_HOSTS, DATABASE_URL and
EMAIL_URL-style SMTP settings (see README).
"""

import os
from pathlib import Path

import dj_database_url
from csp.constants import NONCE
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent
PROJECT_DIR = BASE_DIR.parent
VAR_DIR = Path(os.environ.get("SL_VAR_DIR", PROJECT_DIR / "var"))


def env_bool(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = env_bool("DEBUG", default="SECRET_KEY" not in os.environ)
SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured("Set SECRET_KEY when DEBUG is off.")
    SECRET_KEY = "embedded-default-not-secret-" + "x" * 40

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost,testserver" if DEBUG else "")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")
SITE_URL = os.environ.get("SITE_URL", "http://127.0.0.1:8000").rstrip("/")

PARTNERSHIP_NAME = os.environ.get("PARTNERSHIP_NAME", "South East Sector-Led Improvement Programme")
PARTNERSHIP_SHORT_NAME = os.environ.get("PARTNERSHIP_SHORT_NAME", "SESLIP")
SERVICE_NAME = os.environ.get("SERVICE_NAME", "Silver Linings")
PHASE = os.environ.get("PHASE", "beta")
CONTACT_EMAIL = os.environ.get("CONTACT_EMAIL", "silverlinings@seslip.example.org")
CONTACT_PHONE = os.environ.get("CONTACT_PHONE", "07880 787007")
# Days after which a contributor's data is erased once they have neither signed in, nominated nor had a call of
# theirs open since; emails older than this are deleted (0: keep everything). Decision 0031.
PERSONAL_DATA_RETENTION_DAYS = int(os.environ.get("PERSONAL_DATA_RETENTION_DAYS", str(6 * 365)))

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "crispy_forms",
    "crispy_forms_gds",
    "rules.apps.AutodiscoverRulesConfig",
    "sesame",
    "axes",
    "csp",
    "django_tasks",
    "django_tasks_db",
    "silverlinings.core",
    "silverlinings.jobs",
    "silverlinings.mail",
    "silverlinings.accounts",
    "silverlinings.directory",
    "silverlinings.calls",
    "silverlinings.review",
    "silverlinings.privacy",
    "silverlinings.events",
    "silverlinings.bulletins",
    "silverlinings.showcase",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Public showcase pages kept for anonymous visitors, answered before sessions and the view (launch day).
    "silverlinings.showcase.caching.PublicPageMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # django-csp's, with the policy made once per process and each answer's nonce put in (core/content_security.py).
    "silverlinings.core.content_security.CSPMiddleware",
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "silverlinings.urls"
WSGI_APPLICATION = "silverlinings.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "csp.context_processors.nonce",
                "silverlinings.core.context_processors.service",
            ],
        },
    },
]

# --- Database -----------------------------------------------------------------------------------
# SQLite is shared by the web process and the worker: WAL journal, IMMEDIATE transactions and a busy
# timeout keep them from failing with "database is locked".
SQLITE_OPTIONS = {
    "transaction_mode": "IMMEDIATE",
    "timeout": 30,
    "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;",
}
if os.environ.get("DATABASE_URL"):
    DATABASES = {"default": dj_database_url.parse(os.environ["DATABASE_URL"], conn_max_age=60)}
    if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
        DATABASES["default"]["OPTIONS"] = dict(SQLITE_OPTIONS)
else:
    VAR_DIR.mkdir(parents=True, exist_ok=True)
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": VAR_DIR / "silverlinings.sqlite3",
            "OPTIONS": dict(SQLITE_OPTIONS),
            # Kept open between requests, as with DATABASE_URL: opening one costs more than a kept page.
            "CONN_MAX_AGE": 60,
            "TEST": {"NAME": VAR_DIR / "test-silverlinings.sqlite3"},
        }
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Cache ----------------------------------------------------------------------------------------
# One cache that every web process and worker shares: the showcase's cached public pages (cleared when a
# report is published) and the limits on event registrations must agree across processes. The embedded
# default keeps it in the process; with DEBUG off it lives in the database (the `django_cache` table that
# `scripts/production.sh release` creates), or set CACHE_BACKEND to another Django cache backend (e.g.
# django.core.cache.backends.redis.RedisCache) with CACHE_LOCATION.
CACHE_BACKEND = os.environ.get(
    "CACHE_BACKEND",
    # Django's database cache, reading one key with a query made once (core/cache.py).
    "django.core.cache.backends.locmem.LocMemCache" if DEBUG else "silverlinings.core.cache.DatabaseCache",
)
CACHES = {
    "default": {
        "BACKEND": CACHE_BACKEND,
        "LOCATION": os.environ.get(
            "CACHE_LOCATION", "django_cache" if CACHE_BACKEND.endswith(".DatabaseCache") else ""
        ),
    }
}

# --- Accounts -----------------------------------------------------------------------------------
AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "rules.permissions.ObjectPermissionBackend",
    "django.contrib.auth.backends.ModelBackend",
    "silverlinings.accounts.backends.SignInLinkBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "accounts:sign_in"
LOGIN_REDIRECT_URL = "core:dashboard"
LOGOUT_REDIRECT_URL = "core:home"

# Sign-in links: single use, valid for SESAME_MAX_AGE seconds (30 minutes unless set; the sign-in pages say it
# in words), tied to the last sign-in so an old link dies.
SESAME_MAX_AGE = int(os.environ.get("SESAME_MAX_AGE", 30 * 60))
SESAME_ONE_TIME = True
SESAME_TOKEN_NAME = "token"  # noqa: S105 - the name of the query parameter, not a secret

# Asking for a sign-in link (accounts/services.py): at most this many, in this many minutes, per
# email address from one client, per email address, and per client address (which also limits the
# contributor accounts one client can create).
SIGN_IN_LINK_LIMITS = {
    "address_and_client": (5, 15),
    "address": (10, 60),
    "client": (int(os.environ.get("SIGN_IN_LINKS_PER_CLIENT_PER_HOUR", 30)), 60),
}

# Staff lockout after wrong passwords, per account (accounts/lockout.py): for one client address
# after SIGN_IN_FAILURES_PER_ADDRESS failures, everywhere after SIGN_IN_FAILURES_PER_ACCOUNT.
AXES_HANDLER = "silverlinings.accounts.lockout.AccountLockoutHandler"
AXES_FAILURE_LIMIT = int(os.environ.get("SIGN_IN_FAILURES_PER_ADDRESS", 5))
SIGN_IN_FAILURES_PER_ACCOUNT = int(os.environ.get("SIGN_IN_FAILURES_PER_ACCOUNT", 10))
AXES_COOLOFF_TIME = 1  # hours
# In this order: the handler reads the account-and-address count first, then the account's.
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"], "username"]
AXES_USERNAME_FORM_FIELD = "username"  # the staff sign-in form's field, which holds the email address
AXES_USERNAME_CALLABLE = "silverlinings.accounts.lockout.username_tried"
AXES_CLIENT_IP_CALLABLE = "silverlinings.core.client.client_address"
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "accounts/locked_out.html"
AXES_VERBOSE = False

# --- Sessions and security ----------------------------------------------------------------------
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
SESSION_COOKIE_AGE = 60 * 60 * 12
CSRF_COOKIE_HTTPONLY = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SILENCED_SYSTEM_CHECKS: list[str] = []
if not DEBUG:
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
    SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", 60 * 60 * 24 * 365))
    # Opt in: both reach beyond this service (every other site under the same domain; the browsers'
    # built-in preload list, which takes months to leave), so only the domain's owner can decide.
    SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", False)
    SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", False)
    SILENCED_SYSTEM_CHECKS += [] if SECURE_HSTS_INCLUDE_SUBDOMAINS else ["security.W005"]
    SILENCED_SYSTEM_CHECKS += [] if SECURE_HSTS_PRELOAD else ["security.W021"]

# Behind a proxy, what the proxy says about the request may be trusted only when it is really
# there: otherwise anyone could claim https or any client address. Both are opt-in.
# TRUST_X_FORWARDED_PROTO: the proxy terminates TLS and sets X-Forwarded-Proto.
if env_bool("TRUST_X_FORWARDED_PROTO", False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
# TRUSTED_PROXY_COUNT: how many proxies in front of the web processes each append to
# X-Forwarded-For; the client's address is the one the outermost of them saw (core/client.py).
TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", 0))

CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'", NONCE],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
        "base-uri": ["'self'"],
        "object-src": ["'none'"],
    }
}

# --- Files --------------------------------------------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", PROJECT_DIR / "staticfiles"))
STATICFILES_DIRS = [BASE_DIR / "static"]
WHITENOISE_USE_FINDERS = DEBUG
WHITENOISE_AUTOREFRESH = DEBUG
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", VAR_DIR / "media"))
# Uploads are capped while the request is read (silverlinings/core/uploads.py): the whole request, each
# file, and the form fields other than files. A file over FILE_UPLOAD_MAX_MEMORY_SIZE goes to a temporary
# file rather than memory.
UPLOAD_MAX_REQUEST_BYTES = int(os.environ.get("UPLOAD_MAX_REQUEST_BYTES", 50 * 1024 * 1024))
UPLOAD_MAX_FILE_BYTES = int(os.environ.get("UPLOAD_MAX_FILE_BYTES", 10 * 1024 * 1024))
FILE_UPLOAD_HANDLERS = [
    "silverlinings.core.uploads.UploadLimitHandler",
    "django.core.files.uploadhandler.MemoryFileUploadHandler",
    "django.core.files.uploadhandler.TemporaryFileUploadHandler",
]
FILE_UPLOAD_MAX_MEMORY_SIZE = 2 * 1024 * 1024
DATA_UPLOAD_MAX_MEMORY_SIZE = int(os.environ.get("DATA_UPLOAD_MAX_MEMORY_SIZE", 2_500_000))
STORAGES = {
    # Uploaded files are never served directly: downloads go through views that check permission.
    "default": {"BACKEND": os.environ.get("MEDIA_STORAGE_BACKEND", "django.core.files.storage.FileSystemStorage")},
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
        if not DEBUG
        else "django.contrib.staticfiles.storage.StaticFilesStorage"
    },
}
if os.environ.get("MEDIA_STORAGE_OPTIONS"):
    import json

    STORAGES["default"]["OPTIONS"] = json.loads(os.environ["MEDIA_STORAGE_OPTIONS"])

# --- Email --------------------------------------------------------------------------------------
EMAIL_BACKEND = os.environ.get(
    "EMAIL_BACKEND",
    "django.core.mail.backends.smtp.EmailBackend"
    if os.environ.get("EMAIL_HOST")
    else "django.core.mail.backends.console.EmailBackend",
)
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", 587))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", True)
EMAIL_TIMEOUT = 30
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", f"{SERVICE_NAME} <no-reply@seslip.example.org>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
# GOV.UK Notify instead of SMTP: EMAIL_BACKEND=django_gov_notify.backends.NotifyEmailBackend (see README).
GOVUK_NOTIFY_API_KEY = os.environ.get("GOVUK_NOTIFY_API_KEY", "")
GOVUK_NOTIFY_PLAIN_EMAIL_TEMPLATE_ID = os.environ.get("GOVUK_NOTIFY_PLAIN_EMAIL_TEMPLATE_ID", "")
# The outbox (silverlinings/mail): how many messages a worker claims at once, how many a second each worker
# sends (0: as fast as the mail server takes them), and retrying after temporary failures: the first
# retry after MAIL_RETRY_SECONDS, then twice as long each time up to MAIL_RETRY_MAX_SECONDS, and the
# message is shown to the team as not sent after MAIL_MAX_ATTEMPTS.
MAIL_BATCH_SIZE = int(os.environ.get("MAIL_BATCH_SIZE", 100))
MAIL_RATE = float(os.environ.get("MAIL_RATE", 0))
# A bulletin subscriber whose address bounced this many times gets no more issues.
BULLETIN_MAX_BOUNCES = int(os.environ.get("BULLETIN_MAX_BOUNCES", 3))
# The bearer token GOV.UK Notify (or another provider) sends with its delivery receipts and complaints to
# /bulletins/delivery-status/; without one, that address answers 404.
BULLETIN_STATUS_TOKEN = os.environ.get("BULLETIN_STATUS_TOKEN", "")
MAIL_RETRY_SECONDS = float(os.environ.get("MAIL_RETRY_SECONDS", 60))
MAIL_RETRY_MAX_SECONDS = float(os.environ.get("MAIL_RETRY_MAX_SECONDS", 3600))
MAIL_MAX_ATTEMPTS = int(os.environ.get("MAIL_MAX_ATTEMPTS", 10))

# --- Background work ----------------------------------------------------------------------------
TASKS = {
    "default": {
        "BACKEND": os.environ.get("TASKS_BACKEND", "django_tasks_db.DatabaseBackend"),
    }
}
# Workers (`manage.py worker`, silverlinings/jobs) beat a heartbeat; what a worker unseen for
# WORKER_LEASE_SECONDS had claimed (tasks, messages, jobs) is taken over by another. A task whose workers
# stopped TASK_MAX_CLAIMS times is failed; a claim older than WORKER_CLAIM_MAX_SECONDS is taken over anyway.
WORKER_HEARTBEAT_SECONDS = float(os.environ.get("WORKER_HEARTBEAT_SECONDS", 10))
WORKER_LEASE_SECONDS = float(os.environ.get("WORKER_LEASE_SECONDS", 60))
WORKER_CLAIM_MAX_SECONDS = float(os.environ.get("WORKER_CLAIM_MAX_SECONDS", 3600))
TASK_MAX_CLAIMS = int(os.environ.get("TASK_MAX_CLAIMS", 5))

# --- Forms --------------------------------------------------------------------------------------
CRISPY_ALLOWED_TEMPLATE_PACKS = ["gds"]
CRISPY_TEMPLATE_PACK = "gds"

# --- Locale -------------------------------------------------------------------------------------
LANGUAGE_CODE = "en-gb"
# Registrations for an event one client address and one email address may make in 10 minutes
# (silverlinings/events/limits.py). A whole office behind one address registers a few dozen at most.
# Messages to the team behind a showcase innovation (core/limits.py): per client address and per sender's email
# address, each (messages, minutes).
SHOWCASE_ENQUIRY_LIMITS = {
    "client": (int(os.environ.get("SHOWCASE_ENQUIRY_CLIENT_LIMIT", "20")), 60),
    "address": (int(os.environ.get("SHOWCASE_ENQUIRY_ADDRESS_LIMIT", "5")), 60),
}
EVENT_REGISTRATION_LIMITS = {
    "client": (int(os.environ.get("EVENT_REGISTRATION_CLIENT_LIMIT", "30")), 10),
    "address": (int(os.environ.get("EVENT_REGISTRATION_ADDRESS_LIMIT", "5")), 10),
}
# Places held for a client's registration forms in 10 minutes (each for EVENT_HOLD_MINUTES).
EVENT_HOLDS_PER_CLIENT = int(os.environ.get("EVENT_HOLDS_PER_CLIENT", "5"))
EVENT_HOLD_MINUTES = int(os.environ.get("EVENT_HOLD_MINUTES", "10"))

TIME_ZONE = "Europe/London"
USE_I18N = True
USE_TZ = True

# One line per record. A refused request (403, a bad Host header) is the client's mistake, not
# ours: one line saying so, never a traceback that would hide real errors in the log.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"client_errors_on_one_line": {"()": "silverlinings.core.logging.ClientErrorsOnOneLine"}},
    "formatters": {"line": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "line"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {
        "django.db.backends": {"level": "WARNING"},
        "django.request": {"filters": ["client_errors_on_one_line"]},
        "django.security.DisallowedHost": {"filters": ["client_errors_on_one_line"]},
    },
}
CSRF_FAILURE_VIEW = "silverlinings.core.views.csrf_failure"
