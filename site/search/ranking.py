"""What one search asks of a search engine, and the order both engines answer in: the reader's
language first; within it, results whose title names what was asked (guidance before the
smaller things that mention it: a glossary term, a channel, a forum post); then relevance."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field, replace

from django.db.models import QuerySet
from django.utils.safestring import SafeString

from search.models import SearchEntry

PER_PAGE = 20
# Pages past this are not offered: nobody reads them, and each is dearer to fetch than the last.
MAX_PAGES = 50
FACETS = ("kind", "topic", "locale", "tag")
FACET_SIZE = 20
# Lower ranks come first among results whose title names what was asked.
KIND_RANK = {"policysummary": 0, "wheretogo": 0, "guidance": 1, "roleguide": 1, "resource": 1}
# Both engines score a result as its text relevance plus these constants, which stand far
# above relevance (Elasticsearch gives some 15 to 20 a matching word, PostgreSQL a few units
# at most): the reader's language first, then a title naming the query, then the kind. The
# kind steps outrank relevance for queries of a few words.
LANGUAGE_BOOST = 10_000
TITLE_BOOST = 1_000
KIND_BOOST_STEP = 100
# A title word "names" a query word when it starts with the query word's first letters, so
# "harceler" puts "Harcèlement" in the title tier.
TITLE_PREFIX_LENGTH = 5
_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class Ask:
    query: str
    language: str
    tokens: list[str]  # the audiences the reader satisfies: the only privacy filter
    filters: dict[str, str]  # kind, topic, locale, tag: only those the reader set
    page: int = 1

    @property
    def start(self) -> int:
        return (self.page - 1) * PER_PAGE

    def at_page(self, page: int) -> Ask:
        return replace(self, page=page)


@dataclass
class Hit:
    entry: SearchEntry
    summary: SafeString  # the entry's summary, its words matching the query marked
    snippet: SafeString  # an extract of its text around a match, never a repeat of the summary
    other_language: bool


@dataclass
class Answer:
    """One page of results, with the number and facets of all of them."""

    hits: list[Hit] = field(default_factory=list)
    total: int = 0
    page: int = 1
    facets: dict[str, list[tuple[str, int]]] = field(default_factory=dict)


def page_count(total: int) -> int:
    return min((total + PER_PAGE - 1) // PER_PAGE, MAX_PAGES)


def title_prefixes(query: str) -> list[str]:
    """The letters a title word must start with to name a word of the query (words of three
    letters or more; case and accents are left to the engine)."""
    words = _WORD.findall(unicodedata.normalize("NFC", query).lower())
    return sorted({word[:TITLE_PREFIX_LENGTH] for word in words if len(word) >= 3})


def kind_boosts() -> list[tuple[list[str], int]]:
    """What a title naming the query adds beyond TITLE_BOOST, for each group of kinds."""
    ranks: dict[int, list[str]] = {}
    for kind, rank in KIND_RANK.items():
        ranks.setdefault(rank, []).append(kind)
    lowest = max(ranks) + 1
    return [(kinds, (lowest - rank) * KIND_BOOST_STEP) for rank, kinds in sorted(ranks.items())]


def entries_in_order(visible: QuerySet, ids: list[int]) -> list[SearchEntry]:
    """The rows of these ids, in this order, among those the reader may see (one query)."""
    rows = visible.in_bulk(ids)
    return [rows[pk] for pk in ids if pk in rows]
