"""Start Django for a bench script against the database it names (never the default one)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "results"
# Collected static files for the bench server, apart from the site's own var/static.
STATIC_ROOT = ROOT / "var" / "bench" / "static"


def bench_env(database_url: str, search_prefix: str, elasticsearch: bool) -> dict[str, str]:
    """The environment of a production-like process on loopback (DEBUG off, plain HTTP)."""
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"DATABASE_URL", "ELASTICSEARCH_URL", "ELASTICSEARCH_INDEX_PREFIX"}
    }
    env.update(
        DJANGO_SETTINGS_MODULE="benchsettings",
        DATABASE_URL=database_url,
        SECRET_KEY="bench-only-" + "k" * 50,
        ALLOWED_HOSTS="127.0.0.1,localhost",
        # Loopback has no TLS: no redirect to https (cookies stay marked Secure; the load
        # clients send them as plain headers, which is what a browser behind TLS would do).
        SECURE_SSL_REDIRECT="false",
        SECURE_HSTS_SECONDS="0",
        TRUSTED_PROXY_COUNT="0",
        # The bench uploads nothing.
        ALLOW_UPLOADS_WITHOUT_ANTIVIRUS="true",
        EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend",
        ELASTICSEARCH_INDEX_PREFIX=search_prefix,
        PYTHONPATH=os.pathsep.join([str(ROOT / "bench"), str(ROOT / "site"), str(ROOT)]),
        BENCH_STATIC_ROOT=str(STATIC_ROOT),
    )
    if elasticsearch and os.environ.get("ELASTICSEARCH_URL"):
        env["ELASTICSEARCH_URL"] = os.environ["ELASTICSEARCH_URL"]
    return env


def setup(env: dict[str, str]) -> None:
    """Configure this process like the bench server and start Django."""
    os.environ.clear()
    os.environ.update(env)
    for path in (str(ROOT), str(ROOT / "site"), str(ROOT / "bench")):
        if path not in sys.path:
            sys.path.insert(0, path)
    import django

    django.setup()


def database_name(database_url: str) -> str:
    return database_url.rsplit("/", 1)[-1].split("?")[0]
