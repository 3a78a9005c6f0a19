"""`make run` tells a newcomer how long the first run takes before it starts the slow part."""

import re
import shutil
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


def test_make_run_says_how_long_the_first_run_takes_before_it_starts():
    make = shutil.which("make")
    if make is None:
        pytest.skip("make is not installed")
    planned = subprocess.run(  # noqa: S603 - make's dry run of our own Makefile
        [make, "-n", "run"], cwd=REPO, capture_output=True, text=True, timeout=60, check=True
    ).stdout
    said = re.search(
        r"First run: about \d+ minutes? to create the database and demo content", planned
    )
    assert said, planned
    assert said.start() < planned.index("manage.py migrate") < planned.index("manage.py seed_demo")
