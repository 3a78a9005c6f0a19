"""The page cache: what makes a page cheap for the second reader.

- Readers without a session (core.page_cache.anonymous) get whole stored pages, answered
  before the session, the URL routing or a single query. A view says a page may be stored
  (mark_for_storage) once the visibility rules let the reader see it; a page whose rendering
  writes anything is never stored (store.watching_writes).
- Signed-in readers get their page rendered for them every time; its shared, expensive parts
  come from core.page_cache.fragments, kept per audience.

Both are valid only while the generations they were made under are current
(core.page_cache.generations): each model declares which generations a change to it starts,
so a post starts a new generation of its topic, its category and the forum's latest topics,
and nothing of the guidance pages or of searches that cannot show posts.
"""

from core.page_cache.anonymous import AnonymousPageCacheMiddleware
from core.page_cache.generations import connect, new_generation
from core.page_cache.store import enabled, mark_for_storage

__all__ = [
    "AnonymousPageCacheMiddleware",
    "connect",
    "enabled",
    "mark_for_storage",
    "new_generation",
]
