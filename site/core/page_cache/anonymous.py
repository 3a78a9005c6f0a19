"""Readers who are not signed in: answered from the cache before the session, the routing or
a single query. Only requests without a session cookie are answered from it or stored."""

from __future__ import annotations

from django.conf import settings

from core.page_cache import store


def _is_candidate(request) -> bool:
    return (
        store.enabled()
        and store.is_site_page(request)
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
    )


class AnonymousPageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not _is_candidate(request):
            return self.get_response(request)
        key = store.key_for(request)
        entry, versions = store.lookup(key)
        if entry is not None:
            return store.answer(request, entry)
        with store.watching_writes(request):
            response = self.get_response(request)
        store.keep(key, request, response, versions)
        return response
