"""The site search on Elasticsearch: one request per search.

modelsearch turns a slice beyond 100 results into the scroll API and makes neither facets of
our kind nor highlights, so the request is built here and sent with the backend's own client:
the reader's audiences and the filters as filter clauses, the words matched in every text field
with that field's analyzer (typos tolerated in titles only, within bounds), the order of
search.ranking as constant scores added to text relevance, one page of ids, terms
aggregations for the facets, and highlighted, HTML-escaped summaries and snippets.
"""

from __future__ import annotations

from django.db.models import QuerySet
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from search.models import TEXT_LANGUAGES, SearchEntry, text_field
from search.ranking import (
    FACET_SIZE,
    FACETS,
    LANGUAGE_BOOST,
    PER_PAGE,
    TITLE_BOOST,
    Answer,
    Ask,
    Hit,
    entries_in_order,
    kind_boosts,
    page_count,
    title_prefixes,
)
from search.text import SNIPPET_LENGTH, cut_out, repeats

# Typo tolerance: one edit from four letters, two from eight; the first letter must be right
# and a misspelt word stands for ten indexed words at most, so a typo stays cheap.
FUZZY_FIELDS = ("title",)
FUZZINESS = {"fuzziness": "AUTO:4,8", "prefix_length": 1, "max_expansions": 10}
TEXT_FIELDS = (*(text_field(code) for code in TEXT_LANGUAGES), "text_other")
# A page's text begins with its summary, so its first fragment may repeat the summary shown
# above it: a few fragments leave another to show.
SNIPPET_FRAGMENTS = 3
# Characters of a field analysed for its snippet: bounds the cost of very long file texts.
HIGHLIGHT_DEPTH = 50_000
# The filter field of SearchEntry behind each filter and facet.
FILTER_FIELDS = {
    "audience": "audience",
    "expires_at": "expires_at",
    "kind": "kind",
    "topic": "topic",
    "locale": "locale",
    "tag": "tag_list",
}


def search(backend, ask: Ask, visible: QuerySet) -> Answer:
    """One page of what `ask` finds. A page past the last is asked again for the last (only
    a hand-made address does that)."""
    response = _send(backend, ask)
    total = response["hits"]["total"]["value"]
    last = max(1, page_count(total))
    if ask.page > last:
        ask = ask.at_page(last)
        response = _send(backend, ask)
    found, buckets = response["hits"]["hits"], response["aggregations"]
    highlights = {int(hit["_id"]): hit.get("highlight", {}) for hit in found}
    # The text fields can be long (a toolkit file's text) and the snippet is made already.
    entries = entries_in_order(visible.defer(*TEXT_FIELDS), list(highlights))
    return Answer(
        hits=[
            Hit(
                entry,
                summary=summary(highlights[entry.pk], entry),
                snippet=snippet(highlights[entry.pk], entry),
                other_language=entry.locale != ask.language,
            )
            for entry in entries
        ],
        total=total,
        page=ask.page,
        facets={
            name: [(bucket["key"], bucket["doc_count"]) for bucket in buckets[name]["buckets"]]
            for name in FACETS
        },
    )


def _send(backend, ask: Ask) -> dict:
    index = backend.get_index_for_model(SearchEntry).name
    return backend.es.search(index=index, body=request_body(backend, ask))


def request_body(backend, ask: Ask) -> dict:
    column = _filter_columns(backend)
    exact, typos = _words(ask.query)
    return {
        "from": ask.start,
        "size": PER_PAGE,
        "_source": False,
        "track_total_hits": True,
        "query": {
            "bool": {
                "filter": _filters(ask, column),
                "must": [{"bool": {"should": [exact, typos]}}],
                "should": _order(ask, column),
            }
        },
        "aggs": {
            "kind": {"terms": {"field": column["kind"], "size": FACET_SIZE}},
            "topic": {"terms": {"field": column["topic"], "size": FACET_SIZE, "exclude": [""]}},
            "locale": {"terms": {"field": column["locale"], "size": FACET_SIZE}},
            "tag": {"terms": {"field": column["tag"], "size": FACET_SIZE}},
        },
        "highlight": {
            "encoder": "html",
            "pre_tags": ["<mark>"],
            "post_tags": ["</mark>"],
            "fragment_size": SNIPPET_LENGTH,
            "number_of_fragments": SNIPPET_FRAGMENTS,
            "no_match_size": SNIPPET_LENGTH,
            "max_analyzed_offset": HIGHLIGHT_DEPTH,
            # Marking typo matches would replay the fuzzy query on every text: ten times
            # the cost of the search itself.
            "highlight_query": exact,
            "fields": {
                # The whole summary, marked, when it matches.
                "summary": {"number_of_fragments": 0, "no_match_size": 0},
                **{name: {} for name in TEXT_FIELDS},
            },
        },
    }


def _filter_columns(backend) -> dict[str, str]:
    """The names modelsearch gives our filter fields in the index (e.g. `kind_filter`)."""
    mapping = backend.mapping_class(SearchEntry)
    fields = {field.field_name: field for field in SearchEntry.get_filterable_search_fields()}
    return {key: mapping.get_field_column_name(fields[name]) for key, name in FILTER_FIELDS.items()}


def _filters(ask: Ask, column: dict[str, str]) -> list[dict]:
    clauses = [
        {"terms": {column["audience"]: ask.tokens}},
        # Rounded to the minute so the server can cache the filter; `gt` rounds up, so an
        # entry is hidden within the minute it expires, never shown after.
        {"range": {column["expires_at"]: {"gt": "now/m"}}},
    ]
    for name, value in ask.filters.items():
        clauses.append({"term": {column[name]: value}})
    return clauses


def _words(query: str) -> tuple[dict, dict]:
    """Any word in any text field, each with that field's own analyzer; and any word with a
    typo in a title (scored below the exact words)."""
    fields = [
        f"{field.field_name}^{field.boost}" if field.boost else field.field_name
        for field in SearchEntry.get_searchable_search_fields()
    ]
    fuzzy_fields = [name for name in fields if name.split("^")[0] in FUZZY_FIELDS]
    exact = {"multi_match": {"query": query, "fields": fields}}
    typos = {"multi_match": {"query": query, "fields": fuzzy_fields, "boost": 0.5, **FUZZINESS}}
    return exact, typos


def _order(ask: Ask, column: dict[str, str]) -> list[dict]:
    language_first = {
        "constant_score": {
            "filter": {"term": {column["locale"]: ask.language}},
            "boost": LANGUAGE_BOOST,
        }
    }
    prefixes = title_prefixes(ask.query)
    if not prefixes:
        return [language_first]
    # The title analyzer folds case and accents of these prefixes as it did the titles'.
    names = {"bool": {"should": [{"match_bool_prefix": {"title": p}} for p in prefixes]}}
    kind_weights = [
        {"filter": {"terms": {column["kind"]: kinds}}, "weight": TITLE_BOOST + boost}
        for kinds, boost in kind_boosts()
    ]
    title_first = {
        "function_score": {
            "query": {"constant_score": {"filter": names}},
            # The first weight whose kind matches, else the title tier's own.
            "functions": [*kind_weights, {"weight": TITLE_BOOST}],
            "score_mode": "first",
            "boost_mode": "replace",
        }
    }
    return [language_first, title_first]


def summary(highlight: dict[str, list[str]], entry: SearchEntry) -> SafeString:
    """The summary, marked where it matches. Elasticsearch escaped it (encoder html)."""
    if highlight.get("summary"):
        return mark_safe(highlight["summary"][0])  # noqa: S308 - escaped by Elasticsearch
    return escape(entry.summary)


def snippet(highlight: dict[str, list[str]], entry: SearchEntry) -> SafeString:
    """The first fragment of the text with a match, or else the start of the text, without
    the copy of the summary a page's text begins with; none when only the summary is left.
    Fragments end at sentence boundaries. Elasticsearch escaped the text (encoder html); only
    the <mark> tags are ours."""
    fragments = [
        fragment
        for name in TEXT_FIELDS
        for fragment in (cut_out(found, entry.summary) for found in highlight.get(name, []))
        if fragment and not repeats(fragment, entry.summary)
    ]
    marked = [fragment for fragment in fragments if "<mark>" in fragment]
    return mark_safe((marked or fragments or [""])[0])  # noqa: S308 - escaped by Elasticsearch
