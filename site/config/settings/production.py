"""Production: refuses to start without a secret key, allowed hosts and antivirus (unless
told to do without); HTTPS everywhere."""

from django.core.exceptions import ImproperlyConfigured

from config import env
from config.settings.base import *  # noqa: F403

SECRET_KEY = env.required("SECRET_KEY")
ALLOWED_HOSTS = env.items("ALLOWED_HOSTS")
if not ALLOWED_HOSTS:
    raise ImproperlyConfigured("ALLOWED_HOSTS must be set in the environment.")
# Files people upload are scanned (core.security.antivirus). Going without is a choice to state,
# and `check --deploy` keeps saying it (core.security.checks).
if not CLAMD_ADDRESS and not env.flag("ALLOW_UPLOADS_WITHOUT_ANTIVIRUS"):  # noqa: F405
    raise ImproperlyConfigured(
        "CLAMD_ADDRESS must be set in the environment, so that uploads are scanned for viruses "
        "(or set ALLOW_UPLOADS_WITHOUT_ANTIVIRUS=true to run without)."
    )

SECURE_SSL_REDIRECT = env.flag("SECURE_SSL_REDIRECT", True)
# The proxy in front terminates TLS and says so in this header.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_HSTS_SECONDS = int(env.number("SECURE_HSTS_SECONDS", 31536000))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
# One proxy (nginx) in front by default: its X-Forwarded-For entry is the client address.
TRUSTED_PROXY_COUNT = int(env.number("TRUSTED_PROXY_COUNT", 1))
CONTENT_SECURITY_POLICY["DIRECTIVES"]["upgrade-insecure-requests"] = True  # noqa: F405
