"""The production settings, with the bench's own collected static files (so collectstatic for
the bench never touches the site's var/static)."""

import os
from pathlib import Path

from config.settings.production import *  # noqa: F403

STATIC_ROOT = Path(os.environ["BENCH_STATIC_ROOT"])
