"""Local development: SQLite, debug pages, e-mail to the console."""

from config import env
from config.settings.base import *  # noqa: F403

DEBUG = env.flag("DEBUG", True)
SECRET_KEY = env.text("SECRET_KEY", "dev-only-insecure-key-never-use-in-production")  # noqa: S105
ALLOWED_HOSTS = env.items("ALLOWED_HOSTS", "127.0.0.1,localhost")
EMAIL_BACKEND = env.text("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
