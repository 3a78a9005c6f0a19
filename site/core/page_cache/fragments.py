"""Shared parts of signed-in pages, computed once per audience and kept while their
generations are current.

A signed-in page is rendered for its reader every time, so whatever it does (marking a topic
read, counting a view) is plain view code. What is expensive and the same for everyone who may
see the same content (a listing, its facet counts, a topic's posts) is asked for with

    value = fragments.shared(request, "toolkit-listing", parts, [generations.PAGES], compute)

and kept under the reader's audience (core.visibility.readers.reader_key): two readers share a
value only when the visibility rules show them exactly the same content. `compute()` must
return plain data (it is pickled), never anything about one person.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable

from django.core.cache import cache
from django.core.paginator import Page, Paginator

from core.page_cache import generations
from core.page_cache.store import enabled, seconds_to_next_expiry
from core.visibility.readers import reader_key

HEADER = "X-Page-Cache"
TALLY = "_page_cache_fragments"


def _tally(request, outcome: str) -> None:
    request.__dict__.setdefault(TALLY, []).append(outcome)


class FragmentReportMiddleware:
    """Says in a response header whether the page's shared parts came from the cache
    ("fragments-hit" only when all of them did): what the benchmark counts."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        outcomes = getattr(request, TALLY, None)
        if outcomes:
            hit = all(outcome == "hit" for outcome in outcomes)
            response[HEADER] = "fragments-hit" if hit else "fragments-miss"
        return response


def _key(request, name: str, parts) -> str:
    described = json.dumps(parts, sort_keys=True, default=str)
    digest = hashlib.sha256(f"{reader_key(request)}|{described}".encode()).hexdigest()[:40]
    return f"page-cache:fragment:{name}:{digest}"


def shared(request, name: str, parts, names: Iterable[str], compute: Callable, keep=None):
    """The value of `compute()` for this reader's audience and `parts` (what else it depends
    on: the page, the query string), from the cache while the generations `names` are
    current; computed and kept otherwise (unless `keep(value)` says no)."""
    if not enabled():
        return compute()
    names = list(names)
    key = _key(request, name, parts)
    found = cache.get_many([key, *(generations.key(n) for n in names)])
    versions = {n: found.get(generations.key(n)) for n in names}
    if None in versions.values():
        versions = generations.current(names)
    entry = found.get(key)
    if entry is not None and entry["generations"] == versions:
        _tally(request, "hit")
        return entry["value"]
    _tally(request, "miss")
    value = compute()
    ttl = seconds_to_next_expiry()
    if ttl > 0 and (keep is None or keep(value)):
        cache.set(key, {"generations": versions, "value": value}, ttl)
    return value


def detached(page: Page) -> Page:
    """A paginator's page without its queryset, to keep as a fragment: its items as a list, and
    a range standing for the items its paginator counts."""
    paginator = Paginator(range(page.paginator.count), page.paginator.per_page)
    return Page(list(page.object_list), page.number, paginator)
