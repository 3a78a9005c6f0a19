"""Readers who are not signed in: answered from the cache before the session, the routing or
a single query. Only requests without a session cookie are answered from it or stored."""

from __future__ import annotations

from django.conf import settings

from core.page_cache import store


def _is_candidate(request) -> bool:
    return (
        store.enabled()
        and request.method in ("GET", "HEAD")
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and any(request.path_info.startswith(f"/{code}/") for code, _ in settings.LANGUAGES)
    )


class AnonymousPageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not _is_candidate(request):
            return self.get_response(request)
        key = f"page-cache:anonymous:{request.get_host()}{request.get_full_path()}"
        entry, versions = store.lookup(key)
        if entry is not None:
            return store.answer(request, entry)
        response = self.get_response(request)
        store.keep(key, request, response, versions)
        return response
