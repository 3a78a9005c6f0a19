"""Keeping a finished page for readers without a session, and answering from it."""

from __future__ import annotations

import logging
from contextlib import contextmanager
from datetime import timedelta

from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.db.models import Min
from django.http import HttpResponse
from django.utils import timezone

from core.page_cache import generations

logger = logging.getLogger(__name__)

MAX_AGE = 300
STORE_MARK = "_page_cache_generations"
WRITE_SEEN = "_page_cache_write_seen"
WRITES = ("INSERT", "UPDATE", "DELETE")
KEPT_HEADERS = (
    "Content-Type",
    "Content-Language",
    "Referrer-Policy",
    "Vary",
    "Cache-Control",
    "X-Frame-Options",
    "X-Content-Type-Options",
    "Cross-Origin-Opener-Policy",
)


def enabled() -> bool:
    return settings.PAGE_CACHE


def is_site_page(request) -> bool:
    """A GET or HEAD of a reader-facing page (under a language prefix): what may be stored."""
    return request.method in ("GET", "HEAD") and any(
        request.path_info.startswith(f"/{code}/") for code, _ in settings.LANGUAGES
    )


def key_for(request) -> str:
    """Where this page is kept (the host and the query string are part of it)."""
    return f"page-cache:anonymous:{request.get_host()}{request.get_full_path()}"


def mark_for_storage(request, names=(generations.PAGES,)) -> None:
    """Called by a view once the visibility rules let this reader see what it shows: the
    response may be kept, and is valid while the generations `names` are current."""
    setattr(request, STORE_MARK, tuple(names))


@contextmanager
def watching_writes(request):
    """Notice a database write made while rendering a page: a page whose making changes
    something is never stored, or the change would be lost on every answer from the cache."""

    def watch(execute, sql, params, many, context):
        if sql.lstrip()[:6].upper() in WRITES:
            setattr(request, WRITE_SEEN, " ".join(sql.split()[:3]))
        return execute(sql, params, many, context)

    with connection.execute_wrapper(watch):
        yield


# What an anonymous reader's page can depend on (the forum is for members only).
ANONYMOUS_GENERATIONS = (generations.PAGES, generations.SEARCH)


def lookup(key: str):
    """(stored entry or None, the generations current now), in one round trip."""
    keys = {name: generations.key(name) for name in ANONYMOUS_GENERATIONS}
    found = cache.get_many([key, *keys.values()])
    if any(name not in found for name in keys.values()):
        versions = generations.current(ANONYMOUS_GENERATIONS)
    else:
        versions = {name: found[cache_key] for name, cache_key in keys.items()}
    entry = found.get(key)
    if entry is not None and any(
        versions.get(name) != version for name, version in entry["generations"].items()
    ):
        entry = None
    return entry, versions


def keep(key: str, request, response, versions: dict[str, int]) -> None:
    """Store the response if the view marked it and it is an ordinary, cookie-free 200."""
    names = getattr(request, STORE_MARK, None)
    if not names or response.status_code != 200 or response.cookies or response.streaming:
        return
    write = getattr(request, WRITE_SEEN, None)
    if write is not None:
        # A page that writes on every view is never stored, which the log says (a one-off
        # write, such as a first rendition, is stored next time).
        logger.info("%s wrote (%s) while rendering: not stored", request.path, write)
        return
    ttl = seconds_to_next_expiry()
    if ttl <= 0:
        return
    entry = {
        "content": response.content,
        "headers": {name: response[name] for name in KEPT_HEADERS if name in response},
        # django-csp keeps the nonce it made (if the page used one) in _csp_nonce.
        "nonce": getattr(request, "_csp_nonce", None) or "",
        "generations": {name: versions[name] for name in names},
    }
    cache.set(key, entry, ttl)


def answer(request, entry) -> HttpResponse:
    content = entry["content"]
    if entry["nonce"]:
        content = content.replace(entry["nonce"].encode(), str(request.csp_nonce).encode())
    response = HttpResponse(content)
    for name, value in entry["headers"].items():
        response[name] = value
    response["X-Page-Cache"] = "hit"
    return response


def seconds_to_next_expiry() -> int:
    from wagtail.models import Page

    now = timezone.now()
    soonest = Page.objects.filter(live=True, expire_at__gt=now).aggregate(Min("expire_at"))
    soonest = soonest["expire_at__min"]
    if soonest is None:
        return MAX_AGE
    return max(0, min(MAX_AGE, int((soonest - now) / timedelta(seconds=1))))
