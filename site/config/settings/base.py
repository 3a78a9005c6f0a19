"""Settings safe for production: no default secret, no default hosts, integrations off unless set.

dev.py and test.py loosen these; production.py tightens them.
"""

from datetime import timedelta
from pathlib import Path

import dj_database_url
from csp.constants import NONCE
from django.utils.translation import gettext_lazy as _

from config import env
from config.search import INDEX_SETTINGS as SEARCH_INDEX_SETTINGS

SITE_DIR = Path(__file__).resolve().parents[2]
BASE_DIR = SITE_DIR.parent

SECRET_KEY = env.text("SECRET_KEY")
DEBUG = False
ALLOWED_HOSTS = env.items("ALLOWED_HOSTS")
CSRF_TRUSTED_ORIGINS = env.items("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "core",
    "home",
    "guidance",
    "toolkit",
    "campaigns",
    "cop",
    "accountability",
    "accounts",
    "search",
    "demo",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.search_promotions",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_tasks",
    "django_tasks_db",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "axes",
    "csp",
    "mozilla_django_oidc",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "core.security.csp.PathPolicyCSPMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Answers anonymous readers of public pages from the shared cache (core/page_cache/).
    "core.page_cache.AnonymousPageCacheMiddleware",
    # Signed-in pages: says whether their shared parts came from the cache (bench, tests).
    "core.page_cache.fragments.FragmentReportMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "core.middleware.SiteLocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "accounts.middleware.SessionTimeoutMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "accounts.middleware.AuditActorMiddleware",
    "core.security.headers.PrivateCacheControlMiddleware",
    # Admin views that name a page answer only within the person's reach (core/admin_reach.py).
    "core.admin_reach.AdminReachMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last: answers a locked-out sign-in with accounts.views.locked_out.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [SITE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                "core.context_processors.site_chrome",
                "csp.context_processors.nonce",
            ],
        },
    },
]

# --- Database: SQLite by default, PostgreSQL (or any dj-database-url URL) from DATABASE_URL.
DATABASES = {
    "default": dj_database_url.parse(
        env.text("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        conn_max_age=int(env.number("DATABASE_CONN_MAX_AGE", 60)),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Several writers at once (threads, the task worker): a transaction takes the write lock
    # when it begins and waits for it, instead of failing with "database is locked" when it
    # first writes after reading.
    DATABASES["default"]["OPTIONS"] = {
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
        **DATABASES["default"].get("OPTIONS", {}),
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Cache: local memory unless REDIS_URL is set (shared between app servers).
REDIS_URL = env.text("REDIS_URL")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "TIMEOUT": 300,
        }
    }
    # Sessions are read from the shared cache (written through to the database, so a restart
    # of Redis signs nobody out): one query less on every signed-in request.
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# --- Search: the database backend unless ELASTICSEARCH_URL is set.
ELASTICSEARCH_URL = env.text("ELASTICSEARCH_URL")
# Seconds one request to the search server may take. Saving a page makes a few index calls,
# so this bounds how long a slow search server can hold up a save.
SEARCH_TIMEOUT = env.number("SEARCH_TIMEOUT", 2)
if ELASTICSEARCH_URL:
    WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": "wagtail.search.backends.elasticsearch9",
            "URLS": [ELASTICSEARCH_URL],
            "INDEX_PREFIX": env.text("ELASTICSEARCH_INDEX_PREFIX", "seash_"),
            "TIMEOUT": SEARCH_TIMEOUT,
            # No retries: a retry triples the wait on a dead server.
            "OPTIONS": {"max_retries": 0, "retry_on_timeout": False},
            "INDEX_SETTINGS": SEARCH_INDEX_SETTINGS,
        },
        # Kept current beside Elasticsearch: the site search answers from it when the search
        # server is down or slow.
        "database": {"BACKEND": "wagtail.search.backends.database"},
    }
else:
    WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}

# --- Background work: django-tasks. Inline unless TASKS_BACKEND=database (then run
# `manage.py db_worker` beside the web servers; the task row commits with the content).
if env.text("TASKS_BACKEND", "immediate") == "database":
    TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
else:
    TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}

# --- Passwords and accounts
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
    # Not a rule: the hook that writes every password change to the audit log.
    {"NAME": "accounts.passwords.AuditPasswordChanges"},
]
LOGIN_URL = "accounts:login"
# Private pages send readers to the one sign-in page, not Wagtail's second password form.
WAGTAIL_FRONTEND_LOGIN_URL = "/accounts/login/"
LOGIN_REDIRECT_URL = "/"
LOGOUT_REDIRECT_URL = "/"
# Signed out after this long without a request, and this long after signing in whatever happens.
SESSION_IDLE_TIMEOUT = int(env.number("SESSION_IDLE_TIMEOUT", 30 * 60))
SESSION_ABSOLUTE_TIMEOUT = int(env.number("SESSION_ABSOLUTE_TIMEOUT", 8 * 60 * 60))
SESSION_COOKIE_AGE = SESSION_ABSOLUTE_TIMEOUT
SESSION_COOKIE_SAMESITE = "Lax"
AUTHENTICATION_BACKENDS = [
    # First: refuses a locked-out username and address before any password is checked.
    "axes.backends.AxesStandaloneBackend",
    # Passwords, and the authenticator code for people who turned it on (accounts.backends).
    "accounts.backends.TwoFactorModelBackend",
]
# Login throttling (django-axes): four failures for one username from one address lock that
# pair only, for AXES_COOLOFF_MINUTES; other people and other addresses are not affected.
AXES_FAILURE_LIMIT = 4
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_COOLOFF_TIME = timedelta(minutes=env.number("AXES_COOLOFF_MINUTES", 15))
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "accounts.views.locked_out"
AXES_CLIENT_IP_CALLABLE = "accounts.throttling.client_ip"
AXES_VERBOSE = False
# Reverse proxies in front of the app (their X-Forwarded-For entries are trusted).
TRUSTED_PROXY_COUNT = int(env.number("TRUSTED_PROXY_COUNT", 0))

# --- Single sign-on with OpenID Connect, on when OIDC_RP_CLIENT_ID is set.
OIDC_RP_CLIENT_ID = env.text("OIDC_RP_CLIENT_ID")
OIDC_ENABLED = bool(OIDC_RP_CLIENT_ID)
OIDC_RP_CLIENT_SECRET = env.text("OIDC_RP_CLIENT_SECRET")
OIDC_OP_ISSUER = env.text("OIDC_OP_ISSUER")
OIDC_OP_AUTHORIZATION_ENDPOINT = env.text("OIDC_OP_AUTHORIZATION_ENDPOINT")
OIDC_OP_TOKEN_ENDPOINT = env.text("OIDC_OP_TOKEN_ENDPOINT")
OIDC_OP_USER_ENDPOINT = env.text("OIDC_OP_USER_ENDPOINT")
OIDC_OP_JWKS_ENDPOINT = env.text("OIDC_OP_JWKS_ENDPOINT") or None
OIDC_RP_SIGN_ALGO = env.text("OIDC_RP_SIGN_ALGO", "RS256")
OIDC_RP_SCOPES = env.text("OIDC_RP_SCOPES", "openid email profile groups")
OIDC_GROUPS_CLAIM = env.text("OIDC_GROUPS_CLAIM", "groups")
OIDC_DEFAULT_GROUPS = env.items("OIDC_DEFAULT_GROUPS", "Personnel")
OIDC_USE_PKCE = True
OIDC_TIMEOUT = 10
OIDC_AUTHENTICATION_CALLBACK_URL = "accounts:oidc_authentication_callback"
OIDC_AUTHENTICATE_CLASS = "accounts.oidc.SignOnStartView"
OIDC_CALLBACK_CLASS = "accounts.oidc.SignOnCallbackView"
LOGIN_REDIRECT_URL_FAILURE = "/accounts/login/"
# "provider-group=Our group;other-group=Editors" (checked against core.roles at start-up).
OIDC_GROUP_MAP = dict(
    (source.strip(), target.strip())
    for source, _sep, target in (
        item.partition("=") for item in env.text("OIDC_GROUP_MAP").split(";") if item.strip()
    )
)
if OIDC_ENABLED:
    AUTHENTICATION_BACKENDS.append("accounts.oidc.GroupMappingOIDCBackend")
# With single sign-on, passwords belong to the identity provider: no reset or change here.
WAGTAIL_PASSWORD_MANAGEMENT_ENABLED = WAGTAIL_PASSWORD_RESET_ENABLED = not OIDC_ENABLED

# --- Languages: en is the source; fr, es and ar are translated; zh and ru fall back to English.
LANGUAGE_CODE = "en"
LANGUAGES = WAGTAIL_CONTENT_LANGUAGES = WAGTAILADMIN_PERMITTED_LANGUAGES = [
    ("en", _("English")),
    ("fr", _("French")),
    ("es", _("Spanish")),
    ("ar", _("Arabic")),
    ("zh-hans", _("Chinese")),
    ("ru", _("Russian")),
]
WAGTAIL_I18N_ENABLED = True
USE_I18N = True
LOCALE_PATHS = [SITE_DIR / "locale"]
# Each language's own long date (templates use `|date:"DATE_FORMAT"`): see config/formats.
FORMAT_MODULE_PATH = ["config.formats"]
TIME_ZONE = "UTC"
USE_TZ = True

# --- Static files and media. Media may live on S3-compatible storage so that several app
# servers share it; files that need a permission check are never served from MEDIA_URL.
STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "var" / "static"
STATICFILES_DIRS = [SITE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env.text("MEDIA_ROOT", str(BASE_DIR / "var" / "media")))
# Files that need a permission check (toolkit files, forum attachments): never under MEDIA_URL,
# only served by views that ask core.visibility first.
PRIVATE_MEDIA_ROOT = Path(env.text("PRIVATE_MEDIA_ROOT", str(BASE_DIR / "var" / "private")))
AWS_STORAGE_BUCKET_NAME = env.text("AWS_STORAGE_BUCKET_NAME")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
if AWS_STORAGE_BUCKET_NAME:
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": AWS_STORAGE_BUCKET_NAME,
            "endpoint_url": env.text("AWS_S3_ENDPOINT_URL") or None,
            "default_acl": "private",
            "querystring_auth": True,
        },
    }

# --- E-mail
EMAIL_BACKEND = env.text("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = env.text("EMAIL_HOST", "localhost")
EMAIL_PORT = int(env.number("EMAIL_PORT", 25))
EMAIL_HOST_USER = env.text("EMAIL_HOST_USER")
EMAIL_HOST_PASSWORD = env.text("EMAIL_HOST_PASSWORD")
EMAIL_USE_TLS = env.flag("EMAIL_USE_TLS")
DEFAULT_FROM_EMAIL = env.text("DEFAULT_FROM_EMAIL", "no-reply@example.org")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# --- Wagtail
WAGTAIL_SITE_NAME = "The Agency: safe workplace"
WAGTAILADMIN_BASE_URL = env.text("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILDOCS_SERVE_METHOD = "serve_view"
# Documents, images and renditions live in private storage and are served only by views that
# ask core.visibility (core.media): nothing of theirs is reachable under MEDIA_URL.
WAGTAILDOCS_DOCUMENT_MODEL = "core.ProtectedDocument"
WAGTAILIMAGES_IMAGE_MODEL = "core.ProtectedImage"
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "pptx", "xlsx", "odt", "txt", "csv"]
WAGTAIL_ENABLE_UPDATE_CHECK = False
# The admin shows initials instead of asking gravatar.com: nothing is loaded from another host.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAILLOCALIZE_MACHINE_TRANSLATOR = None

# Where the quick-exit control sends a reader: a neutral page on another site.
QUICK_EXIT_URL = env.text("QUICK_EXIT_URL", "https://www.wikipedia.org/")
# The home page names the demo users and their password: on in development settings only.
DEMO_SIGN_IN_HINT = False

# --- Security headers that hold everywhere.
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
# Responses that must never be stored by a shared cache (documents pass Wagtail's permission
# check in its serve view; everything a signed-in person sees is private too).
PRIVATE_URL_PREFIXES = ("/documents/", "/accounts/", "/admin/")

# Content security policy (django-csp 4): nothing from other hosts, no inline script without a
# nonce, no inline style, no framing.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'", NONCE],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'none'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
}
# The Wagtail admin (chosen by path in core.security.csp): its editor needs inline styles and
# scripts, data: and blob: images, and frames its own previews.
CONTENT_SECURITY_POLICY_ADMIN = {
    "URL_PREFIXES": ("/admin/",),
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'", "'unsafe-inline'"],
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": ["'self'", "data:", "blob:"],
        "font-src": ["'self'", "data:"],
        "connect-src": ["'self'"],
        "frame-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'self'"],
    },
}

# Antivirus for uploads: a clamd address ("unix:/run/clamav/clamd.ctl" or "tcp:host:port").
# Off when empty; when set, an upload that cannot be scanned is refused.
CLAMD_ADDRESS = env.text("CLAMD_ADDRESS")
CLAMD_TIMEOUT = env.number("CLAMD_TIMEOUT", 30)

# Whole pages for readers who are not signed in, and the shared parts of signed-in pages
# (core/page_cache/). Only with a cache every worker shares: a publish must reach all of them
# at once.
PAGE_CACHE = env.flag("PAGE_CACHE", bool(REDIS_URL))

# --- App limits and timings
# The largest toolkit file an editor may upload.
TOOLKIT_MAX_UPLOAD_BYTES = int(env.number("TOOLKIT_MAX_UPLOAD_BYTES", 25 * 1024 * 1024))
# A new member's first posts that a moderator reads before they are published.
COP_PREMODERATED_POSTS = int(env.number("COP_PREMODERATED_POSTS", 2))
# Days before a phase goes live when its owner hears what is missing.
CAMPAIGNS_REMINDER_DAYS = int(env.number("CAMPAIGNS_REMINDER_DAYS", 3))
# Days after joining that a person counts as a new hire (sees new-hire campaign banners).
CAMPAIGNS_NEW_HIRE_DAYS = int(env.number("CAMPAIGNS_NEW_HIRE_DAYS", 90))

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env.text("LOG_LEVEL", "WARNING")},
}
