"""The client address that login throttling (django-axes) and the audit log use.

Behind a reverse proxy every request comes from the proxy, so with TRUSTED_PROXY_COUNT proxies
in front the client is the address that the outermost trusted proxy appended to
X-Forwarded-For. Addresses further left are written by the client and cannot be trusted.
"""

from __future__ import annotations

import ipaddress

from django.conf import settings


def client_ip(request) -> str | None:
    remote = request.META.get("REMOTE_ADDR") or None
    proxies = settings.TRUSTED_PROXY_COUNT
    if proxies <= 0:
        return remote
    forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
    forwarded = [part for part in forwarded if part]
    if len(forwarded) < proxies:
        return remote
    candidate = forwarded[-proxies]
    try:
        return str(ipaddress.ip_address(candidate))
    except ValueError:
        return remote
