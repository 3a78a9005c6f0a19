"""Keeping a finished response and answering from it, for both kinds of reader."""

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
from django.utils.module_loading import import_string

from core.page_cache import generations

logger = logging.getLogger(__name__)

MAX_AGE = 300
STORE_MARK = "_page_cache_areas"
REPEATS = "_page_cache_repeats"
IN_REPEAT = "_page_cache_in_repeat"
UNREPEATED_WRITE = "_page_cache_unrepeated_write"
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
    return getattr(settings, "PAGE_CACHE", True)


def is_site_page(request) -> bool:
    """A GET or HEAD of a reader-facing page (under a language prefix): what may be stored."""
    return request.method in ("GET", "HEAD") and any(
        request.path_info.startswith(f"/{code}/") for code, _ in settings.LANGUAGES
    )


def key_for(request, audience: str) -> str:
    """Where this page is kept for `audience` (the host and the query string are part of it)."""
    return f"page-cache:{audience}:{request.get_host()}{request.get_full_path()}"


def mark_for_storage(request, areas=(generations.PAGES,)) -> None:
    """Called by a view once the visibility rules let this reader see what it shows: the
    response may be kept, and is valid while the generations of `areas` are current."""
    setattr(request, STORE_MARK, tuple(areas))


def repeat(request, action, *args) -> None:
    """Run `action(request, *args)` now, and again whenever this page is answered from the
    cache (a module-level function; args must be plain values)."""
    setattr(request, IN_REPEAT, True)
    try:
        action(request, *args)
    finally:
        setattr(request, IN_REPEAT, False)
    repeats = request.__dict__.setdefault(REPEATS, [])
    repeats.append((f"{action.__module__}.{action.__qualname__}", args))


@contextmanager
def watching_writes(request):
    """Notice a database write made while rendering a page outside repeat(): a page whose
    making changes something cannot be stored, or the change would be lost on every answer
    from the cache."""

    def watch(execute, sql, params, many, context):
        if not getattr(request, IN_REPEAT, False) and sql.lstrip()[:6].upper() in WRITES:
            setattr(request, UNREPEATED_WRITE, " ".join(sql.split()[:3]))
        return execute(sql, params, many, context)

    with connection.execute_wrapper(watch):
        yield


def lookup(key: str):
    """(stored entry or None, the generations current now), in one round trip."""
    keys = {area: generations.key(area) for area in generations.AREAS}
    found = cache.get_many([key, *keys.values()])
    if any(name not in found for name in keys.values()):
        versions = generations.current(generations.AREAS)
    else:
        versions = {area: found[name] for area, name in keys.items()}
    entry = found.get(key)
    if entry is not None and any(
        versions.get(area) != version for area, version in entry["generations"].items()
    ):
        entry = None
    return entry, versions


def keep(key: str, request, response, versions: dict[str, int]) -> None:
    """Store the response if the view marked it and it is an ordinary, cookie-free 200."""
    areas = getattr(request, STORE_MARK, None)
    if not areas or response.status_code != 200 or response.cookies or response.streaming:
        return
    write = getattr(request, UNREPEATED_WRITE, None)
    if write is not None:
        # Correct whatever the view forgot; a page that writes on every view is never stored,
        # which the log says (a one-off write, such as a first rendition, is stored next time).
        logger.info("%s wrote (%s) outside page_cache.repeat(): not stored", request.path, write)
        return
    ttl = _seconds_to_next_expiry()
    if ttl <= 0:
        return
    entry = {
        "content": response.content,
        "headers": {name: response[name] for name in KEPT_HEADERS if name in response},
        # django-csp keeps the nonce it made (if the page used one) in _csp_nonce.
        "nonce": getattr(request, "_csp_nonce", None) or "",
        "generations": {area: versions[area] for area in areas},
        "repeats": getattr(request, REPEATS, []),
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
    for action, args in entry["repeats"]:
        import_string(action)(request, *args)
    return response


def _seconds_to_next_expiry() -> int:
    from wagtail.models import Page

    now = timezone.now()
    soonest = Page.objects.filter(live=True, expire_at__gt=now).aggregate(Min("expire_at"))
    soonest = soonest["expire_at__min"]
    if soonest is None:
        return MAX_AGE
    return max(0, min(MAX_AGE, int((soonest - now) / timedelta(seconds=1))))
