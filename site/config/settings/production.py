"""Production: refuses to start without a secret key and allowed hosts; HTTPS everywhere."""

from config import env
from config.settings.base import *  # noqa: F403

SECRET_KEY = env.required("SECRET_KEY")
ALLOWED_HOSTS = env.items("ALLOWED_HOSTS")
if not ALLOWED_HOSTS:
    from django.core.exceptions import ImproperlyConfigured

    raise ImproperlyConfigured("ALLOWED_HOSTS must be set in the environment.")

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
