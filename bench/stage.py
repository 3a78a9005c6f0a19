"""What every bench script sets up before it measures: the bench database of a size (generated
once, then reused), the collected static files, and the plan (targets, sessions, queries per
page) that prepare.py reads inside Django."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from djangoenv import ROOT

PYTHON = sys.executable


def database_url(size: str) -> str:
    server_url = os.environ.get("DATABASE_URL", "")
    if server_url.startswith(("postgres://", "postgresql://")):
        return server_url.rsplit("/", 1)[0] + f"/bench_{size}"
    folder = ROOT / "var" / "bench"
    folder.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{folder / f'bench_{size}.sqlite3'}"


def generate(size: str, url: str, elasticsearch: bool) -> None:
    command = [PYTHON, str(ROOT / "bench" / "generate.py"), "--size", size]
    command += ["--database-url", url]
    if elasticsearch:
        command.append("--elasticsearch")
    subprocess.run(command, check=True, cwd=ROOT)


def collectstatic(env: dict[str, str]) -> None:
    subprocess.run(
        [PYTHON, "manage.py", "collectstatic", "--noinput", "--verbosity=0"],
        check=True,
        cwd=ROOT,
        env=env,
    )


def prepare(env: dict[str, str]) -> dict:
    output = subprocess.run(
        [PYTHON, str(ROOT / "bench" / "prepare.py")],
        check=True,
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        text=True,
    )
    return json.loads(output.stdout.strip().splitlines()[-1])
