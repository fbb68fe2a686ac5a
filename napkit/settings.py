"""Django settings, all derived from ``napkit.config`` (environment variables only)."""

from __future__ import annotations

import secrets
from pathlib import Path
from typing import Any

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

from napkit import config

try:
    CONFIG = config.load()
except config.ConfigError as error:
    raise ImproperlyConfigured(str(error)) from None

BASE_DIR = Path(__file__).resolve().parent
DATA_DIR = CONFIG.data_dir


def _secret_key() -> str:
    if CONFIG.secret_key:
        return CONFIG.secret_key
    path = DATA_DIR / "secret_key"
    try:
        return path.read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        DATA_DIR.mkdir(parents=True, exist_ok=True)
        key = secrets.token_urlsafe(50)
        path.write_text(key, encoding="utf-8")
        path.chmod(0o600)
        return key


def _databases() -> dict[str, Any]:
    try:
        db = dj_database_url.parse(CONFIG.database_url, conn_max_age=60)
    except ValueError as error:
        raise ImproperlyConfigured(f"DATABASE_URL: {error}") from None
    if db["ENGINE"] == "django.db.backends.sqlite3":
        name = Path(db["NAME"])
        name.parent.mkdir(parents=True, exist_ok=True)
        db["CONN_MAX_AGE"] = 0
        # WAL lets readers go on while one writer writes; IMMEDIATE takes the write lock at
        # the start of a transaction, so two writers queue instead of failing midway. A
        # writer waits up to 20 s for its turn: at a reporting deadline dozens of saves queue
        # on one file, and a wait is better than an error (gunicorn allows a request 30 s).
        db["OPTIONS"] = {
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; "
            "PRAGMA foreign_keys=ON;",
            "timeout": 20,
            "transaction_mode": "IMMEDIATE",
        }
    return {"default": db}


SECRET_KEY = _secret_key()
DEBUG = CONFIG.debug
ALLOWED_HOSTS = list(CONFIG.allowed_hosts)
DATABASES = _databases()
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"


def _caches() -> dict[str, Any]:
    # Public pages are keyed by a stamp of the plan's latest publication and approval
    # (napkit.public.cache), so no entry is ever served stale; the timeout only bounds memory.
    if CONFIG.cache == "files":
        return {
            "default": {
                "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
                "LOCATION": str(DATA_DIR / "cache"),
                "TIMEOUT": 7 * 24 * 3600,
                "OPTIONS": {"MAX_ENTRIES": 5000},
            }
        }
    if CONFIG.cache == "off":
        return {"default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}
    return {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "TIMEOUT": 24 * 3600,
            "OPTIONS": {"MAX_ENTRIES": 2000},
        }
    }


CACHES = _caches()

# Email (NAPKIT_EMAIL): printed on the console by default, so a trial loses no message.
_MAIL = CONFIG.email
EMAIL_BACKEND = {
    "console": "django.core.mail.backends.console.EmailBackend",
    "off": "django.core.mail.backends.dummy.EmailBackend",
    "smtp": "django.core.mail.backends.smtp.EmailBackend",
}[_MAIL.backend]
EMAIL_HOST, EMAIL_PORT = _MAIL.host, _MAIL.port
EMAIL_HOST_USER, EMAIL_HOST_PASSWORD = _MAIL.user, _MAIL.password
EMAIL_USE_TLS, EMAIL_USE_SSL = _MAIL.tls, _MAIL.ssl
EMAIL_TIMEOUT = 20
DEFAULT_FROM_EMAIL = SERVER_EMAIL = CONFIG.email_from
SITE_URL = CONFIG.site_url
PASSWORD_RESET_TIMEOUT = 3 * 24 * 3600  # a new account's link stays valid three days

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "napkit.plans",
    "napkit.accounts",
    "napkit.api",
    "napkit.monitoring",
    "napkit.public",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "napkit.middleware.ContentSecurityPolicyMiddleware",
    "napkit.middleware.BusyDatabaseMiddleware",
]

ROOT_URLCONF = "napkit.urls"
WSGI_APPLICATION = "napkit.wsgi.application"

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
                "django.template.context_processors.i18n",
            ],
        },
    }
]

LANGUAGE_CODE = "en"
LANGUAGES = [("en", "English"), ("fr", "Français")]
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
# Dates follow the reader's language (napkit/formats); numbers are grouped where shown
# (napkit.core.i18n.number), not everywhere: years and ids stay ungrouped.
FORMAT_MODULE_PATH = ["napkit.formats"]
USE_TZ = True
TIME_ZONE = CONFIG.time_zone

STATIC_URL = "/static/"
STATIC_ROOT = DATA_DIR / "static"
STATIC_ROOT.mkdir(parents=True, exist_ok=True)
STATICFILES_DIRS = [BASE_DIR / "static"]
# Serve straight from the app's static directories, no collectstatic step on a laptop.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = DEBUG

MAX_PLAN_FILE_BYTES = CONFIG.max_plan_file_bytes
PROGRESS_ON_TRACK_WITHIN = CONFIG.on_track_within / 100
PROGRESS_AT_RISK_WITHIN = CONFIG.at_risk_within / 100
MEDIA_ROOT = DATA_DIR / "files"
MEDIA_URL = "/files/"  # evidence is served through a permission-checked view, never directly
DATA_UPLOAD_MAX_MEMORY_SIZE = 10 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024

# --- accounts and security -------------------------------------------------------------

LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "inbox"  # people land on what waits for them (issue 15.3)
LOGOUT_REDIRECT_URL = "plan-list"
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
SESSION_COOKIE_AGE = 60 * 60 * 12
CSRF_COOKIE_SAMESITE = "Lax"
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
# Behind HTTPS (NAPKIT_HTTPS=true): cookies only over TLS, HSTS, redirect plain HTTP.
SESSION_COOKIE_SECURE = CONFIG.https
CSRF_COOKIE_SECURE = CONFIG.https
SECURE_SSL_REDIRECT = CONFIG.https
SECURE_HSTS_SECONDS = 60 * 60 * 24 * 365 if CONFIG.https else 0
SECURE_HSTS_INCLUDE_SUBDOMAINS = CONFIG.https
SECURE_HSTS_PRELOAD = CONFIG.https
if CONFIG.https:
    # The TLS-terminating proxy says the original request was HTTPS.
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
CSRF_TRUSTED_ORIGINS = [f"https://{h}" for h in ALLOWED_HOSTS if CONFIG.https and "*" not in h]
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
    "form-action 'self'; frame-ancestors 'none'"
)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
}
