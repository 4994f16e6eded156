"""Settings shared by every environment. Secrets never live here: see production.py."""

import os
from pathlib import Path

from django.utils.translation import gettext_lazy as _

import dj_database_url

BASE_DIR = Path(__file__).resolve().parent.parent.parent
VAR_DIR = BASE_DIR / "var"

# --- Core -------------------------------------------------------------------------------------

INSTALLED_APPS = [
    "portal",
    "portal.accounts",
    "portal.assets",
    "portal.classes",
    "portal.notify",
    "portal.school_calendar",
    "portal.translation",
    "pages.home",
    "resources",
    "partners",
    "pages.events",
    "pages.gazette",
    "pages.followup",
    "pages.charter",
    "pages.reps",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.sites",
    "portal.accounts.apps.UsersConfig",  # wagtail.users, with the Translator's languages
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django_tasks",
    "django_tasks_db",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "portal.security.ContentSecurityPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "portal.transactions.AtomicWritesMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "portal.locale_middleware.PrefixedLocaleMiddleware",
    "portal.page_cache.PageCacheMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "portal.accounts.middleware.AdminGateMiddleware",
    "portal.translation.access.TranslatorLanguagesMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "portal.unavailable.DatabaseUnavailableMiddleware",
]

ROOT_URLCONF = "portal.urls"
CSRF_FAILURE_VIEW = "portal.views.csrf_failure"
WSGI_APPLICATION = "portal.wsgi.application"
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
AUTH_USER_MODEL = "accounts.User"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# --- Database ---------------------------------------------------------------------------------
# One URL says which database: SQLite under var/ by default, PostgreSQL in production.

DEFAULT_DATABASE_URL = f"sqlite:///{VAR_DIR / 'passerelle.sqlite3'}"
DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL") or DEFAULT_DATABASE_URL,
        conn_max_age=60,
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # PostgreSQL's default cost of a random read (4) is meant for spinning disks. With it, once a
    # word is in more than about a quarter of the pages the planner reads every row of the search
    # table instead of its full-text index: 60 ms against 30 ms for a common word at 10,000
    # resources. 1.1 is the value PostgreSQL's documentation suggests for solid-state disks.
    DATABASES["default"].setdefault("OPTIONS", {}).setdefault("options", "-c random_page_cost=1.1")
elif DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # The web server and the task worker write at the same time. WAL lets pages be read during a
    # write; IMMEDIATE transactions take the write lock when they begin, so a second writer waits
    # (up to `timeout` seconds) instead of failing with "database is locked" halfway through.
    DATABASES["default"]["OPTIONS"] = {
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL",
    }

# --- Languages --------------------------------------------------------------------------------
# French is the source language. The enabled list is a setting: PASSERELLE_LANGUAGES=fr,en,ar.

ALL_LANGUAGES = {
    "fr": "Français",
    "en": "English",
    "ar": "العربية",
    "es": "Español",
    "pt": "Português",
    "tr": "Türkçe",
    "uk": "Українська",
}
_enabled = os.environ.get("PASSERELLE_LANGUAGES", "fr,en,ar,es,pt,tr,uk")
LANGUAGES = [
    (code, ALL_LANGUAGES[code])
    for code in _enabled.replace(" ", "").split(",")
    if code in ALL_LANGUAGES
]
#: Languages a teacher can say they speak with families (more than the site is written in).
SPOKEN_LANGUAGES = [
    "fr",
    "ar",
    "en",
    "es",
    "pt",
    "tr",
    "uk",
    "it",
    "de",
    "ro",
    "ru",
    "pl",
    "zh-hans",
    "vi",
]
LANGUAGE_CODE = "fr"
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
USE_I18N = True
USE_TZ = True
TIME_ZONE = "Europe/Paris"
LOCALE_PATHS = [BASE_DIR / "locale"]
LANGUAGE_COOKIE_NAME = "passerelle_language"
# "Translate this page" starts a draft in the new language, even when the French page is live: it
# goes through the "Translation review" workflow before families see it.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False

# Machine translation: off unless configured (README, "Translating"). It fills the wagtail-localize
# editor with suggestions; the "Translation review" workflow still stands before anything is live.
WAGTAILLOCALIZE_MACHINE_TRANSLATOR = None
if os.environ.get("DEEPL_AUTH_KEY"):
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "wagtail_localize.machine_translators.deepl.DeepLTranslator",
        "OPTIONS": {"AUTH_KEY": os.environ["DEEPL_AUTH_KEY"]},
    }
elif os.environ.get("LIBRETRANSLATE_URL"):
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "wagtail_localize.machine_translators.libretranslate.LibreTranslator",
        "OPTIONS": {
            "LIBRETRANSLATE_URL": os.environ["LIBRETRANSLATE_URL"],
            "API_KEY": os.environ.get("LIBRETRANSLATE_API_KEY", ""),
        },
    }

# --- Static and media files -------------------------------------------------------------------

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
# Uploaded files are served by the site itself (portal/media.py), which checks who may see each
# one; behind nginx, MEDIA_X_ACCEL_REDIRECT names an internal location that sends the bytes.
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT") or VAR_DIR / "media")
MEDIA_X_ACCEL_REDIRECT = os.environ.get("MEDIA_X_ACCEL_REDIRECT", "")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# --- Background work --------------------------------------------------------------------------
# django-tasks with the database backend: `manage.py db_worker` runs the queue.

TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

# --- Accounts (django-allauth) ----------------------------------------------------------------

AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
ACCOUNT_ADAPTER = "portal.accounts.adapter.AccountAdapter"
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_UNIQUE_EMAIL = True
# Sign-up gives the same answer whether or not the address has an account (the owner gets an
# email instead): allauth can only hide that when every address is verified.
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_PREVENT_ENUMERATION = True
ACCOUNT_LOGIN_BY_CODE_ENABLED = True
ACCOUNT_LOGOUT_ON_GET = False
ACCOUNT_RATE_LIMITS = {
    "login": "30/m/ip",
    # Failures lock the client that fails, never the account: the owner signs in from elsewhere,
    # or with an emailed code.
    "login_failed": "5/5m/ip",
    "signup": "20/m/ip",
    "confirm_email": "1/3m/key",
    "reset_password": "20/m/ip,5/m/key",
    "reset_password_from_key": "20/m/ip",
    "request_login_code": "20/m/ip,3/m/key",
    # Passwords on pages and document collections (portal/passwords.py): per client, and per
    # protected area whatever the client.
    "view_restriction_password": "5/5m/ip,20/h/ip,100/h/key",
    # Answers to events and bookings without an account (pages/events/limits.py): per client, and
    # per email address so that an address that does not confirm is not written to again soon.
    "event_answer": "5/h/ip,3/h/key",
    "booking": "3/h/ip,2/h/key",
}
# Costly GET requests, which allauth's limiter leaves alone (portal/ratelimit.py): PDFs made on
# the server (portal/notify/printing.py); cached ones do not count.
PORTAL_RATE_LIMITS = {"pdf": "10/m/ip,60/h/ip"}
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = "Passerelle"
# A phone whose clock runs up to 30 s off, or a code typed as it changes, is still accepted
# (RFC 6238 advises one step of tolerance); allauth still refuses a code used twice.
MFA_TOTP_TOLERANCE = 1
# Behind a reverse proxy, the client address is the one the proxies report.
ALLAUTH_TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "0"))
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "/"
WAGTAIL_FRONTEND_LOGIN_URL = "account_login"
WAGTAILADMIN_LOGIN_URL = "account_login"
INVITATION_MAX_AGE_DAYS = 14

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# --- Email ------------------------------------------------------------------------------------

DEFAULT_FROM_EMAIL = os.environ.get(
    "DEFAULT_FROM_EMAIL", "Passerelle <ne-pas-repondre@passerelle.localhost>"
)
SERVER_EMAIL = DEFAULT_FROM_EMAIL
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
# A mail server that does not answer must not hold a request: the outbox retries later.
EMAIL_TIMEOUT = 10

# --- Wagtail ----------------------------------------------------------------------------------

WAGTAIL_SITE_NAME = "Passerelle"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILIMAGES_IMAGE_MODEL = "assets.CustomImage"
WAGTAILDOCS_DOCUMENT_MODEL = "assets.CustomDocument"
# Documents are always served by Wagtail's view, which checks the privacy of their collection.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "portal.search_backend"}}
WAGTAILDOCS_EXTENSIONS = [
    "csv",
    "docx",
    "odt",
    "pdf",
    "pptx",
    "rtf",
    "txt",
    "xlsx",
    "mp3",
    "ogg",
    "m4a",
]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
# The form asking for the password of a protected page or collection, in the site's layout.
_RESTRICTION_FORM = "password_required.html"
WAGTAIL_PASSWORD_REQUIRED_TEMPLATE = _RESTRICTION_FORM
WAGTAILDOCS_PASSWORD_REQUIRED_TEMPLATE = _RESTRICTION_FORM
WAGTAIL_ALLOW_UNICODE_SLUGS = False
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# --- Cache ------------------------------------------------------------------------------------
# allauth keeps its rate limits in the cache: production shares one Redis between workers.

CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# Whole pages for visitors without a session (portal/page_cache.py): fresh at once after any
# change; the bound only limits how late "open now" and "today" can be. 0 switches it off.
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "120"))

# --- Security headers (tightened further in production.py) ------------------------------------

SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "SAMEORIGIN"
SESSION_COOKIE_HTTPONLY = True
CSRF_FAILURE_VIEW = "portal.views.csrf_failure"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
    # Django's own console handler would print each of its messages a second time.
    "loggers": {"django": {"handlers": [], "level": "INFO", "propagate": True}},
}

# Labels the admin shows for the roles; kept here so that gettext finds them once.
ROLE_LABELS = {
    "Director": _("Director"),
    "Teacher": _("Teacher"),
    "Representative": _("Parent representative"),
    "Translator": _("Translator"),
    "Parent": _("Parent"),
}

# No avatar fetched from a third party, in the admin either.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
