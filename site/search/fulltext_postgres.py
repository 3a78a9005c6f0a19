"""Matching and ranking on PostgreSQL, each entry in its own language.

Migration 0003 stores each entry's words in a generated column, analysed with the text search
configuration of the entry's language (stemmed, accents folded), and indexes it with GIN. The
query is analysed once per configuration and each analysis is matched against the entries of
that language only: "campaign" finds "Campaigns", تحرش finds التحرش, and an English query is
never stemmed as Spanish. The column is matched as stored, so the index serves the match.
"""

from __future__ import annotations

from functools import reduce
from operator import or_

from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVectorField
from django.db.models import Case, Expression, F, FloatField, Q, QuerySet, When

from search.models import SearchEntry

# The configurations migration 0003 creates; other languages get the unstemmed one.
CONFIGURATIONS = {
    "en": "seash_english",
    "fr": "seash_french",
    "es": "seash_spanish",
    "ar": "seash_arabic",
}
OTHER_CONFIGURATION = "seash_simple"
COLUMN = "search_vector"
# ts_rank divides by 1 + log(length): a long file does not outrank a page for repeating a word.
LENGTH_NORMALISATION = 1


class EntryVector(Expression):
    """The generated column. The model does not declare it: SQLite has no tsvector."""

    output_field = SearchVectorField()

    def as_sql(self, compiler, connection):
        table = compiler.quote_name_unless_alias(SearchEntry._meta.db_table)
        return f"{table}.{connection.ops.quote_name(COLUMN)}", []


def matches(words: list[str], entries: QuerySet) -> tuple[QuerySet, Expression]:
    """The entries matching any of `words`, and their relevance (higher is better)."""
    # websearch_to_tsquery reads "or" between words as any of them; the words are letters and
    # digits only, so no other operator can reach it.
    text = " or ".join(words)
    queries = {
        code: SearchQuery(text, config=config, search_type="websearch")
        for code, config in CONFIGURATIONS.items()
    }
    other = SearchQuery(text, config=OTHER_CONFIGURATION, search_type="websearch")
    match = reduce(or_, (Q(locale=code, vector=query) for code, query in queries.items()))
    match |= ~Q(locale__in=list(CONFIGURATIONS)) & Q(vector=other)
    relevance = Case(
        *(When(locale=code, then=_rank(query)) for code, query in queries.items()),
        default=_rank(other),
        output_field=FloatField(),
    )
    return entries.alias(vector=EntryVector()).filter(match), relevance


def _rank(query: SearchQuery) -> SearchRank:
    return SearchRank(F("vector"), query, normalization=LENGTH_NORMALISATION)
