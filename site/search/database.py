"""The site search on the database backend: two SQL queries.

The words are matched with the database's own full text (search.fulltext_postgres: each entry
in its language, served by a GIN index; search.fulltext_sqlite in development). One GROUP BY
counts the matches for the facets and for each tier of search.ranking's order (language, title,
kind); the page is then read from the tiers that hold it, so relevance, the dear part, is
computed only for those rows. Snippets are made for the shown page only.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from django.db import connection
from django.db.models import (
    Case,
    Count,
    Expression,
    ExpressionWrapper,
    F,
    FloatField,
    IntegerField,
    Q,
    QuerySet,
    Value,
    When,
)

from search import fulltext_postgres
from search.ranking import (
    FACET_SIZE,
    FACETS,
    LANGUAGE_BOOST,
    PER_PAGE,
    TITLE_BOOST,
    Answer,
    Ask,
    Hit,
    kind_boosts,
    page_count,
    title_prefixes,
)
from search.text import fold, highlight, snippet_beside

_WORDS = re.compile(r"\w+", re.UNICODE)


def search(ask: Ask, visible: QuerySet) -> Answer:
    found = matches(ask, visible)
    if found is None:
        return Answer(facets={name: [] for name in FACETS})
    matched, relevance = found
    score = ExpressionWrapper(F("tier") + relevance, output_field=FloatField())
    matched = matched.annotate(tier=tier(ask))
    facets, tiers = counts(matched)
    sizes = {tier_score: sum(locales.values()) for tier_score, locales in tiers.items()}
    total = sum(sizes.values())
    if not total:
        return Answer(facets=facets)
    page = min(ask.page, page_count(total))
    start = (page - 1) * PER_PAGE
    shown, before = tiers_holding(sizes, start)
    # The languages of those tiers add nothing to the filter but let the planner read only
    # their rows (by the audience and locale index) instead of testing every title.
    locales = {locale for tier_score in shown for locale in tiers[tier_score]}
    rows = matched.filter(tier__in=shown, locale__in=locales).order_by(score.desc(), "-pk")
    return Answer(
        hits=[
            Hit(
                entry,
                summary=highlight(entry.summary, ask.query),
                snippet=snippet_beside(entry.summary, entry.text, ask.query),
                other_language=entry.locale != ask.language,
            )
            for entry in rows[start - before : start - before + PER_PAGE]
        ],
        total=total,
        page=page,
        facets=facets,
    )


def matches(ask: Ask, visible: QuerySet) -> tuple[QuerySet, Expression] | None:
    """The entries matching any word of the query, and their relevance (None when the query
    has no words: only words are sent, so operators in the text are never interpreted)."""
    words = _WORDS.findall(ask.query)
    if not words:
        return None
    filters = {name: value for name, value in ask.filters.items() if name != "tag"}
    entries = visible.filter(**filters)
    if connection.vendor == "postgresql":
        matched, relevance = fulltext_postgres.matches(words, entries)
    else:
        from search import fulltext_sqlite  # its FTS5 model exists on SQLite only

        matched, relevance = fulltext_sqlite.matches(words, entries)
    tag = ask.filters.get("tag")
    if tag:
        # `tags` is comma-joined and not a filter field of the index, so it is filtered here.
        matched = matched.filter(
            Q(tags=tag)
            | Q(tags__startswith=tag + ",")
            | Q(tags__endswith="," + tag)
            | Q(tags__contains="," + tag + ",")
        )
    return matched, relevance


def counts(matched: QuerySet) -> tuple[dict[str, list[tuple[str, int]]], dict[int, Counter]]:
    """Counts per kind, topic, language and tag of all matches, and per tier and language
    (one query)."""
    facets = {name: Counter() for name in FACETS}
    tiers = defaultdict(Counter)
    groups = matched.order_by().values_list("kind", "topic", "locale", "tags", "tier")
    for kind, topic, locale, tags, tier_score, count in groups.annotate(count=Count("pk")):
        tiers[tier_score][locale] += count
        facets["kind"][kind] += count
        if topic:
            facets["topic"][topic] += count
        facets["locale"][locale] += count
        for tag in tags.split(","):
            if tag:
                facets["tag"][tag] += count
    return {name: counter.most_common(FACET_SIZE) for name, counter in facets.items()}, tiers


def tiers_holding(tiers: dict[int, int], start: int) -> tuple[list[int], int]:
    """The tiers that hold the page starting at row `start`, and how many rows come before
    them."""
    shown, before, seen = [], 0, 0
    for tier_score in sorted(tiers, reverse=True):
        if seen + tiers[tier_score] <= start:
            before += tiers[tier_score]
        elif seen < start + PER_PAGE:
            shown.append(tier_score)
        seen += tiers[tier_score]
    return shown, before


def tier(ask: Ask):
    """The constant part of search.ranking's score, as on Elasticsearch: the reader's
    language, a title naming the query, its kind."""
    score = Case(
        When(locale=ask.language, then=Value(LANGUAGE_BOOST)),
        default=Value(0),
        output_field=IntegerField(),
    )
    prefixes = title_prefixes(ask.query)
    if not prefixes:
        return score
    by_kind = Case(
        *[When(kind__in=kinds, then=Value(TITLE_BOOST + boost)) for kinds, boost in kind_boosts()],
        default=Value(TITLE_BOOST),
        output_field=IntegerField(),
    )
    names = Q(title__regex=title_pattern(prefixes))
    return score + Case(When(names, then=by_kind), default=Value(0), output_field=IntegerField())


def title_pattern(prefixes: list[str]) -> str:
    """A title word starts with one of the prefixes, whatever its case and accents ("harce"
    names "Harcèlement"). Spelt out letter by letter so that a case-sensitive match does
    (it costs PostgreSQL half as much), with nothing but letters, so that PostgreSQL and
    SQLite (Python's regular expressions) read it alike."""

    def letter(char: str) -> str:
        forms = _LETTER_FORMS.get(fold(char)) or {char, char.upper()}
        forms = sorted(form for form in forms if len(form) == 1)
        return f"[{''.join(forms)}]" if len(forms) > 1 else char

    return r"(^|\W)(" + "|".join("".join(map(letter, prefix)) for prefix in prefixes) + ")"


def _latin_letter_forms() -> dict[str, set[str]]:
    """Each Latin letter's forms: both cases, with and without accents."""
    forms = defaultdict(set)
    for char in map(chr, [*range(ord("a"), ord("z") + 1), *range(0xC0, 0x250)]):
        base = fold(char)
        if base.isascii() and base.isalpha():
            forms[base].update((char, char.lower(), char.upper()))
    return forms


_LETTER_FORMS = _latin_letter_forms()
