"""Signed-in readers: a stored page is shared by everyone the visibility rules show exactly
the same content (core.visibility.readers.reader_key), and its holes are filled per person.

Every signed-in GET of a site page is "shared" (its personal parts are holes, filled here),
whether or not the cache is on, so the same code path serves tests and production. A request
with a message waiting for the reader is not shared: the message is theirs alone.
"""

from __future__ import annotations

from django.contrib.messages.storage.cookie import CookieStorage
from django.contrib.messages.storage.session import SessionStorage

from core.page_cache import holes, store
from core.visibility.readers import reader_key


def _has_messages(request) -> bool:
    return CookieStorage.cookie_name in request.COOKIES or (
        SessionStorage.session_key in request.session
    )


def _is_shared(request) -> bool:
    return (
        store.is_site_page(request) and request.user.is_authenticated and not _has_messages(request)
    )


class SignedInPageCacheMiddleware:
    """After the authentication, session-timeout and messages middleware."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not _is_shared(request):
            return self.get_response(request)
        holes.activate(request)
        if not store.enabled():
            return holes.fill_response(request, self.get_response(request))
        key = store.key_for(request, f"reader:{reader_key(request)}")
        entry, versions = store.lookup(key)
        if entry is not None:
            response = store.answer(request, entry)
        else:
            with store.watching_writes(request):
                response = self.get_response(request)
            store.keep(key, request, response, versions)
        return holes.fill_response(request, response)
