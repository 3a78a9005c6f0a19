"""Tests: the database and search backend come from the environment (CI sets PostgreSQL and
Elasticsearch); e-mail stays in memory; tasks run inline."""

from config import env
from config.settings.base import *  # noqa: F403

SECRET_KEY = "test-only-key"  # noqa: S105
ALLOWED_HOSTS = ["testserver", "127.0.0.1", "localhost"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
# On SQLite the test database lives in memory and every test runs inside a transaction: begun
# IMMEDIATE (base.py), it would hold the write lock all test long, and SQLite's backup (the
# restore drill) waits for that lock forever. tests/cop/test_concurrent_replies.py tests the
# site's own setting, on a database file.
DATABASES["default"].get("OPTIONS", {}).pop("transaction_mode", None)  # noqa: F405
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}
# scripts/test runs two lanes of tests side by side: each has its own test database, search
# indexes and media folders.
LANE = env.text("TEST_LANE", "")
LANE_SUFFIX = f"-{LANE}" if LANE else ""
if LANE and DATABASES["default"]["ENGINE"] != "django.db.backends.sqlite3":  # noqa: F405
    DATABASES["default"]["TEST"] = {"NAME": f"test_{DATABASES['default']['NAME']}_{LANE}"}  # noqa: F405
MEDIA_ROOT = BASE_DIR / "var" / f"test-media{LANE_SUFFIX}"  # noqa: F405
PRIVATE_MEDIA_ROOT = BASE_DIR / "var" / f"test-private{LANE_SUFFIX}"  # noqa: F405
QUICK_EXIT_URL = env.text("QUICK_EXIT_URL", "/healthz")
# Serve static files from the source folders: no collectstatic before a test run.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True

# Tests never touch the indexes of a development site on the same search server.
if ELASTICSEARCH_URL:  # noqa: F405
    # (TEST_SEARCH_INDEX_PREFIX keeps two test runs on one machine apart.)
    WAGTAILSEARCH_BACKENDS["default"]["INDEX_PREFIX"] = env.text(  # noqa: F405
        "TEST_SEARCH_INDEX_PREFIX", "test_seash_"
    ) + (f"lane{LANE}_" if LANE else "")

# The page cache is off unless TEST_PAGE_CACHE is set: `make test` runs the community and
# campaign suites a second time with it on (tests/conftest.py clears the cache between tests,
# which roll the database back but not the cache).
PAGE_CACHE = env.flag("TEST_PAGE_CACHE", False)
# Each test process keeps its own cache, whatever REDIS_URL says (a shared one would carry
# state from one run to the next).
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# Sessions as production keeps them with Redis (read from the cache, written through), whatever
# the environment: pinned query counts must not depend on whether REDIS_URL is set.
SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
