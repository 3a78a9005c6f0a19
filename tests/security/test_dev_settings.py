"""The README's run path (`make run`, development settings) keeps Django's debug pages off: with
DEBUG on, a 404 lists every URL pattern of the site to whoever asks."""

import os
import subprocess
import sys


def settings_say(*names, **environment) -> list[str]:
    probe = "import django; django.setup(); from django.conf import settings; " + "; ".join(
        f"print(settings.{name})" for name in names
    )
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "config.settings.dev", "PYTHONPATH": "site:."}
    env.pop("DEBUG", None)
    env.update(environment)
    said = subprocess.run(  # noqa: S603 - our own interpreter and settings
        [sys.executable, "-c", probe], env=env, capture_output=True, text=True, check=True
    )
    return said.stdout.split()


def test_development_settings_keep_debug_pages_off_unless_asked():
    assert settings_say("DEBUG", "WHITENOISE_USE_FINDERS") == ["False", "True"]
    assert settings_say("DEBUG", DEBUG="true") == ["True"]
