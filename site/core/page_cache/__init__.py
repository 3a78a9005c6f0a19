"""Whole responses kept in the shared cache, so that pages many people read are rendered once.

- Readers who are not signed in (core.page_cache.anonymous) are answered before the session,
  the URL routing or a single query.
- Signed-in readers (core.page_cache.readers) share a stored page with everyone the visibility
  rules show exactly the same content (core.visibility.readers.reader_key). The few parts of a
  page that belong to one person (their CSRF token, unread marks, draft, "helpful" marks) are
  holes (core.page_cache.holes), filled for every response from that person's own state.

A response is stored only when the view said so (mark_for_storage), after the visibility rules
let the reader see it. Any change to the content a page depends on starts a new generation of
that area (core.page_cache.generations), so publishing, posting or a new restriction is visible
at once; no entry outlives the next scheduled expiry of a page. Things a page does on every
view (marking a topic read, counting a search) are repeated for answers from the cache
(core.page_cache.store.repeat).
"""

from core.page_cache.anonymous import AnonymousPageCacheMiddleware
from core.page_cache.generations import connect, new_generation
from core.page_cache.readers import SignedInPageCacheMiddleware
from core.page_cache.store import enabled, mark_for_storage, repeat

__all__ = [
    "AnonymousPageCacheMiddleware",
    "SignedInPageCacheMiddleware",
    "connect",
    "enabled",
    "mark_for_storage",
    "new_generation",
    "repeat",
]
