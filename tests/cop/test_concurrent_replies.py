"""No lost post: twenty members replying to one topic at the same moment all get their replies
saved and counted, on SQLite (the README's way to run the site) and on PostgreSQL."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.db import connection

from tests.databases import fresh_database

REPO = Path(__file__).resolve().parents[2]
REPLIES = 20 * 10


def run_writers(database_url: str) -> dict:
    # The site as `make run` starts it, with nothing shared with other runs (no search server,
    # no Redis) and e-mail kept in memory.
    env = {
        **{
            key: value
            for key, value in os.environ.items()
            if key not in {"ELASTICSEARCH_URL", "REDIS_URL"}
        },
        "DATABASE_URL": database_url,
        "DJANGO_SETTINGS_MODULE": "config.settings.dev",
        "EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend",
        "PYTHONPATH": f"{REPO}:{REPO / 'site'}",
    }
    done = subprocess.run(  # noqa: S603
        [sys.executable, str(Path(__file__).with_name("concurrent_replies.py"))],
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize("vendor", ["sqlite", "postgresql"])
def test_twenty_members_replying_at_once_lose_nothing(vendor, db, tmp_path):
    if vendor == "sqlite":
        url, cleanup = f"sqlite:///{tmp_path / 'site.sqlite3'}", lambda: None
    elif connection.vendor == "postgresql":
        url, cleanup = fresh_database(tmp_path)
    else:
        pytest.skip("the tests run on SQLite; CI runs them on PostgreSQL too")
    try:
        report = run_writers(url)
    finally:
        cleanup()
    assert report["errors"] == {}
    assert report["accepted"] == report["stored"] == report["reply_count"] == REPLIES
    assert report["all_accepted_stored"]
