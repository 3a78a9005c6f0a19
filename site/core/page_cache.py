"""A whole-response cache for pages read by people who are not signed in.

Where-to-go, policy summaries and the other public pages are the same for every anonymous
reader, so their finished responses are kept in the shared cache and answered before the
session, the URL routing or a single query. It is safe because:

- only requests with no session cookie are answered from it or stored into it;
- a response is stored only when a page (core.models.BasePage.serve) said so, after the
  visibility rules let an anonymous reader see it, and only if it is a 200 that sets no cookie;
- any change to pages, their restrictions, snippets or settings starts a new generation
  (a version number in the key), so publishing is visible at once;
- an entry never outlives the next scheduled expiry of any page;
- the CSP nonce in a stored page is replaced by the new response's nonce.
"""

from __future__ import annotations

from datetime import timedelta

from django.conf import settings
from django.core.cache import cache
from django.db.models import Min
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.http import HttpResponse
from django.utils import timezone

VERSION_KEY = "page-cache:version"
MAX_AGE = 300
STORE_MARK = "_page_cache_store"
# Apps whose changes can change what a public page shows.
CONTENT_APPS = {"wagtailcore", "core", "guidance", "home", "wagtaildocs", "wagtailimages"}
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
    return getattr(settings, "ANONYMOUS_PAGE_CACHE", True)


def _version() -> int:
    version = cache.get(VERSION_KEY)
    if version is None:
        version = 1
        cache.add(VERSION_KEY, version, None)
    return version


def new_generation(**kwargs) -> None:
    """Forget every stored page (cheap: the old keys just stop being asked for)."""
    try:
        cache.incr(VERSION_KEY)
    except ValueError:
        cache.set(VERSION_KEY, 2, None)


def _key(request, version: int) -> str:
    return f"page-cache:{version}:{request.get_full_path()}"


def _is_candidate(request) -> bool:
    return (
        enabled()
        and request.method in ("GET", "HEAD")
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and any(request.path_info.startswith(f"/{code}/") for code, _ in settings.LANGUAGES)
    )


def mark_for_storage(request) -> None:
    """Called by a page when an anonymous reader may see it: its response may be stored."""
    setattr(request, STORE_MARK, True)


def _seconds_to_next_expiry() -> int:
    from wagtail.models import Page

    now = timezone.now()
    soonest = Page.objects.filter(live=True, expire_at__gt=now).aggregate(Min("expire_at"))
    soonest = soonest["expire_at__min"]
    if soonest is None:
        return MAX_AGE
    return max(0, min(MAX_AGE, int((soonest - now) / timedelta(seconds=1))))


class AnonymousPageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not _is_candidate(request):
            return self.get_response(request)
        version = _version()
        key = _key(request, version)
        stored = cache.get(key)
        if stored is not None:
            return self._answer(request, stored)
        response = self.get_response(request)
        if (
            getattr(request, STORE_MARK, False)
            and response.status_code == 200
            and not response.cookies
            and not response.streaming
        ):
            ttl = _seconds_to_next_expiry()
            if ttl > 0:
                # django-csp keeps the nonce it made (if the page used one) in _csp_nonce.
                nonce = getattr(request, "_csp_nonce", None) or ""
                headers = {name: response[name] for name in KEPT_HEADERS if name in response}
                cache.set(key, (response.content, headers, nonce), ttl)
        return response

    @staticmethod
    def _answer(request, stored):
        content, headers, nonce = stored
        if nonce:
            content = content.replace(nonce.encode(), str(request.csp_nonce).encode())
        response = HttpResponse(content)
        for name, value in headers.items():
            response[name] = value
        response["X-Page-Cache"] = "hit"
        return response


def _content_changed(sender, **kwargs):
    if sender._meta.app_label in CONTENT_APPS:
        new_generation()


def connect():
    post_save.connect(_content_changed, dispatch_uid="page-cache-save")
    post_delete.connect(_content_changed, dispatch_uid="page-cache-delete")
    m2m_changed.connect(_content_changed, dispatch_uid="page-cache-m2m")
