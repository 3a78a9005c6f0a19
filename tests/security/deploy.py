"""`manage.py check --deploy` on production settings, as the Makefile and CI run it."""

import os
import secrets
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def deploy_check(**variables):
    """`check --deploy` on production settings, in a process of its own with `variables`."""
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"CLAMD_ADDRESS", "ALLOW_UPLOADS_WITHOUT_ANTIVIRUS"}
    }
    env.update(
        DJANGO_SETTINGS_MODULE="config.settings.production",
        SECRET_KEY=secrets.token_urlsafe(64),
        ALLOWED_HOSTS="safe.example.org",
        **variables,
    )
    return subprocess.run(  # noqa: S603
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
