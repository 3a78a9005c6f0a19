"""Running a search for one reader: only what they may see, their language first, with facets
and highlighted snippets. Falls back to the database backend when the search server fails."""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from functools import lru_cache

from django.conf import settings
from django.core.cache import cache
from django.utils import timezone
from wagtail.search.backends import get_search_backend

from core.visibility.audience import tokens_for
from search import database, elastic
from search.models import SearchEntry
from search.ranking import MAX_PAGES, Answer, Ask, Hit, page_count

logger = logging.getLogger(__name__)

MAX_QUERY_LENGTH = 200


@dataclass
class Results:
    query: str = ""
    truncated: bool = False
    hits: list[Hit] = field(default_factory=list)
    total: int = 0
    page: int = 1
    pages: int = 0
    facets: dict[str, list[tuple[str, int]]] = field(default_factory=dict)
    degraded: bool = False  # answered by the database backend because the search server failed


def known_audiences() -> list[str]:
    """The audience tokens present in the index (a handful; cached briefly)."""
    tokens = cache.get("search:audiences")
    if tokens is None:
        tokens = sorted(set(SearchEntry.objects.values_list("audience", flat=True).distinct()))
        cache.set("search:audiences", tokens, 60)
    return tokens


def _entries_for(tokens):
    return SearchEntry.objects.filter(audience__in=tokens, expires_at__gt=timezone.now())


def visible_entries(user):
    """The entries `user` may see: their audience is one the user satisfies, and not expired."""
    return _entries_for(tokens_for(user, known_audiences()))


def clean_query(raw: str) -> tuple[str, bool]:
    """Whitespace folded, cut to a bounded length (a 10 kB query costs what a short one does)."""
    query = " ".join((raw or "").split())
    if len(query) > MAX_QUERY_LENGTH:
        return query[:MAX_QUERY_LENGTH].rsplit(" ", 1)[0], True
    return query, False


def _backend_names():
    names = list(settings.WAGTAILSEARCH_BACKENDS)
    return names[:1], names[1:]


def _backend(name: str):
    """The configured backend, kept for the process: a new Elasticsearch client for each
    search costs milliseconds and a new connection. Its settings are part of the key, so
    changed settings make a new one."""
    config = json.dumps(settings.WAGTAILSEARCH_BACKENDS[name], sort_keys=True, default=str)
    return _built_backend(name, config)


@lru_cache(maxsize=8)
def _built_backend(name: str, config: str):
    return get_search_backend(name)


def _answer(backend_name: str, ask: Ask) -> Answer:
    backend = _backend(backend_name)
    # The same tokens make the engine's filter and the rows' check (the only privacy rule).
    visible = _entries_for(ask.tokens)
    if hasattr(backend, "es"):
        return elastic.search(backend, ask, visible)
    return database.search(ask, visible)


def run(user, raw_query: str, *, language: str, filters: dict, page: int = 1) -> Results:
    query, truncated = clean_query(raw_query)
    results = Results(query=query, truncated=truncated, page=page)
    if not query:
        return results
    ask = Ask(
        query=query,
        language=language,
        tokens=tokens_for(user, known_audiences()),
        filters={name: value for name, value in filters.items() if value},
        page=max(1, min(page, MAX_PAGES)),
    )
    primary, fallbacks = _backend_names()
    try:
        answer = _answer(primary[0], ask)
    except Exception:  # noqa: BLE001 - any search-server failure falls back
        logger.exception("search backend failed; answering from the database backend")
        if not fallbacks:
            raise
        results.degraded = True
        answer = _answer(fallbacks[0], ask)
    results.hits = answer.hits
    results.total = answer.total
    results.pages = page_count(answer.total)
    results.page = answer.page
    results.facets = answer.facets
    return results


def suggestions(user, prefix: str, language: str, limit: int = 8) -> list[SearchEntry]:
    """Titles starting with what the reader typed, for the search box (as-you-type)."""
    prefix, _ = clean_query(prefix)
    if len(prefix) < 2:
        return []
    queryset = visible_entries(user).filter(locale=language)
    primary, fallbacks = _backend_names()
    for name in primary + fallbacks:
        try:
            return list(_backend(name).autocomplete(prefix, queryset, fields=["title"])[:limit])
        except Exception:  # noqa: BLE001 - try the next backend
            logger.exception("autocomplete failed on %s", name)
    return []
