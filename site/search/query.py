"""Running a search for one reader: only what they may see, their language first, with facets
and highlighted snippets. Falls back to the database backend when the search server fails."""

from __future__ import annotations

import logging
import re
from collections import Counter
from dataclasses import dataclass, field

from django.conf import settings
from django.core.cache import cache
from django.utils import timezone
from modelsearch.query import Fuzzy, PlainText
from wagtail.search.backends import get_search_backend

from core.visibility.audience import tokens_for
from search.models import SearchEntry
from search.text import fold, query_terms, snippet

logger = logging.getLogger(__name__)
_WORDS = re.compile(r"\w+", re.UNICODE)

MAX_QUERY_LENGTH = 200
PER_PAGE = 20
# Facet counts are taken over this many best matches (enough to guide, cheap to count).
FACET_DEPTH = 500
SEARCH_FIELDS = [
    "title",
    "summary",
    "tags",
    "text_en",
    "text_fr",
    "text_es",
    "text_ar",
    "text_other",
]
FACETS = ("kind", "topic", "locale", "tag")


@dataclass
class Hit:
    entry: SearchEntry
    snippet: str
    other_language: bool


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


def visible_entries(user):
    """The entries `user` may see: their audience is one the user satisfies, and not expired."""
    return SearchEntry.objects.filter(
        audience__in=tokens_for(user, known_audiences()), expires_at__gt=timezone.now()
    )


def clean_query(raw: str) -> tuple[str, bool]:
    """Whitespace folded, cut to a bounded length (a 10 kB query costs what a short one does)."""
    query = " ".join((raw or "").split())
    if len(query) > MAX_QUERY_LENGTH:
        return query[:MAX_QUERY_LENGTH].rsplit(" ", 1)[0], True
    return query, False


def _backend_names():
    names = list(settings.WAGTAILSEARCH_BACKENDS)
    return names[:1], names[1:]


def _search(queryset, query, backend_name):
    backend = get_search_backend(backend_name)
    is_elasticsearch = hasattr(backend, "es")
    # Typo tolerance where the backend has it; operators in the text are never interpreted.
    if is_elasticsearch:
        # Named fields, so each language's text is matched with its own analyzer.
        return queryset.search(Fuzzy(query), fields=SEARCH_FIELDS, backend=backend_name)
    # The database backends search all their text at once (they cannot name fields), and
    # SQLite's full-text syntax trips on punctuation, so only words are sent.
    words = " ".join(_WORDS.findall(query))
    if not words:
        return queryset.none()
    return queryset.search(PlainText(words, operator="or"), backend=backend_name)


def run(user, raw_query: str, *, language: str, filters: dict, page: int = 1) -> Results:
    query, truncated = clean_query(raw_query)
    results = Results(query=query, truncated=truncated, page=page)
    if not query:
        return results
    base = visible_entries(user)
    for name in ("kind", "topic", "locale"):
        if filters.get(name):
            base = base.filter(**{name: filters[name]})
    primary, fallbacks = _backend_names()
    try:
        matches = _matches(base, query, language, primary[0], filters)
    except Exception:  # noqa: BLE001 - any search-server failure falls back
        logger.exception("search backend failed; answering from the database backend")
        if not fallbacks:
            raise
        results.degraded = True
        matches = _matches(base, query, language, fallbacks[0], filters)
    results.total = len(matches)
    results.pages = (results.total + PER_PAGE - 1) // PER_PAGE
    results.page = max(1, min(page, results.pages or 1))
    start = (results.page - 1) * PER_PAGE
    results.hits = [
        Hit(entry, snippet(entry.summary + " " + entry.text, query), entry.locale != language)
        for entry in matches[start : start + PER_PAGE]
    ]
    results.facets = facet_counts(matches[:FACET_DEPTH])
    return results


# Among results whose title names what was asked, guidance comes before the smaller things
# that mention it (a glossary term, a channel, a forum post).
KIND_RANK = {"policysummary": 0, "wheretogo": 0, "guidance": 1, "roleguide": 1, "resource": 1}


def _title_first(entries: list[SearchEntry], query: str) -> list[SearchEntry]:
    prefixes = [term[:5] for term in query_terms(query)]

    def rank(entry):
        words = fold(entry.title).split()
        in_title = any(word.startswith(prefix) for word in words for prefix in prefixes)
        return (0, KIND_RANK.get(entry.kind, 2)) if in_title else (1, 0)

    return sorted(entries, key=rank)  # stable: relevance order is kept within each rank


def _matches(base, query, language, backend_name, filters) -> list[SearchEntry]:
    """Matches in the reader's language first, then the others, each by relevance."""
    own = _title_first(
        list(_search(base.filter(locale=language), query, backend_name)[:FACET_DEPTH]), query
    )
    others = []
    if not filters.get("locale"):
        other_languages = [code for code, _ in settings.LANGUAGES if code != language]
        others = _title_first(
            list(
                _search(base.filter(locale__in=other_languages), query, backend_name)[:FACET_DEPTH]
            ),
            query,
        )
    matches = own + others
    tag = filters.get("tag")
    if tag:
        matches = [entry for entry in matches if tag in entry.tag_list]
    return matches


def facet_counts(entries) -> dict[str, list[tuple[str, int]]]:
    counters = {name: Counter() for name in FACETS}
    for entry in entries:
        counters["kind"][entry.kind] += 1
        if entry.topic:
            counters["topic"][entry.topic] += 1
        counters["locale"][entry.locale] += 1
        counters["tag"].update(entry.tag_list)
    return {name: counter.most_common(20) for name, counter in counters.items()}


def suggestions(user, prefix: str, language: str, limit: int = 8) -> list[SearchEntry]:
    """Titles starting with what the reader typed, for the search box (as-you-type)."""
    prefix, _ = clean_query(prefix)
    if len(prefix) < 2:
        return []
    queryset = visible_entries(user).filter(locale=language)
    primary, fallbacks = _backend_names()
    for name in primary + fallbacks:
        try:
            return list(queryset.autocomplete(prefix, fields=["title"], backend=name)[:limit])
        except Exception:  # noqa: BLE001 - try the next backend
            logger.exception("autocomplete failed on %s", name)
    return []
