"""Matching and ranking on SQLite (development), in modelsearch's FTS5 table.

FTS5 folds case and accents but does not stem. Each query word is stemmed instead, lightly and
in any language: one common ending is cut (plurals, -ing, -ed, -er, -ement, -ation...) while
four letters remain, and the stem is matched as a word prefix, so "campaign" and "campaigns"
find each other (shorter words match whole). An Arabic word is matched with and without its
article (ال): FTS5 matches prefixes only, so تحرش asks for التحرش too. Cruder than PostgreSQL's
stemmers (a short stem matches more words), and enough for a development site.

Only imported on SQLite: modelsearch defines its FTS5 model there only.
"""

from __future__ import annotations

from functools import reduce
from operator import or_

from django.contrib.contenttypes.models import ContentType
from django.db.models import Expression, FloatField, OuterRef, QuerySet, Subquery
from modelsearch.backends.database.sqlite.query import (
    BM25,
    Lexeme,
    MatchExpression,
    SearchQueryExpression,
    SQLiteFTSIndexEntry,
)

from search.models import SearchEntry

SUFFIXES = sorted(
    ["s", "es", "ed", "ing", "ings", "er", "ers", "ement", "ements", "ation", "ations"]
    + ["a", "as", "o", "os", "e"],
    key=len,
    reverse=True,
)
SHORTEST_STEM = 4
ARABIC_ARTICLE = "ال"


def stem(word: str) -> str:
    """`word` in lower case, without one common ending."""
    word = word.lower()
    for suffix in SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= SHORTEST_STEM:
            return word[: -len(suffix)]
    return word


def forms(word: str) -> list[str]:
    """The stems that stand for `word` in the index."""
    word = stem(word)
    if not any("\u0600" <= char <= "\u06ff" for char in word):
        return [word]
    bare = word.removeprefix(ARABIC_ARTICLE) if len(word) > len(ARABIC_ARTICLE) + 2 else word
    return [bare, ARABIC_ARTICLE + bare]


def matches(words: list[str], entries: QuerySet) -> tuple[QuerySet, Expression]:
    """The entries matching any of `words`, and their relevance (higher is better)."""
    stems = sorted({form for word in words for form in forms(word)})
    # A word shorter than a stem ("sea", "to") matches itself only, not every longer word.
    query = reduce(or_, (Lexeme(form, prefix=len(form) >= SHORTEST_STEM) for form in stems))
    found = SQLiteFTSIndexEntry.objects.filter(
        MatchExpression(["title", "body"], SearchQueryExpression(query)),
        index_entry__content_type=ContentType.objects.get_for_model(SearchEntry),
    )
    # bm25() is lower for better matches.
    score = found.filter(index_entry__object_id=OuterRef("pk")).annotate(score=BM25())
    relevance = -Subquery(score.values("score")[:1], output_field=FloatField())
    return entries.filter(pk__in=found.values("index_entry__object_id")), relevance
