"""Local development: SQLite, e-mail to the console, debug pages only with DEBUG=true."""

from config import env
from config.settings.base import *  # noqa: F403

# Off unless asked for (DEBUG=true): with it on, a 404 lists every URL pattern to whoever asks.
DEBUG = env.flag("DEBUG", False)
# Static files straight from the source folders, with DEBUG on or off (no collectstatic).
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}
SECRET_KEY = env.text("SECRET_KEY", "dev-only-insecure-key-never-use-in-production")  # noqa: S105
ALLOWED_HOSTS = env.items("ALLOWED_HOSTS", "127.0.0.1,localhost")
EMAIL_BACKEND = env.text("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
# The home page names the demo users `seed_demo` creates and how to sign in as them.
DEMO_SIGN_IN_HINT = True
