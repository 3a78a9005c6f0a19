"""Find and fix search entries that are missing, stale or should no longer exist, and (on
Elasticsearch) index documents that are missing or left over."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from wagtail.search.backends import get_search_backend

from search import indexing
from search.models import SearchEntry
from search.providers import PROVIDERS


def reconcile_entries(progress: Callable[[int], None] = lambda n: None) -> Counter:
    """Every provider's sources against the entries table. Returns counts of what was done."""
    done = Counter()
    expected = set()
    for name, provider in PROVIDERS.items():
        for pk in provider.sources().values_list("pk", flat=True).iterator():
            outcome = indexing.sync(name, pk)
            done[outcome] += 1
            if outcome != "absent" and outcome != "deleted":
                expected.add(provider.key(pk))
            progress(1)
    orphans = SearchEntry.objects.exclude(key__in=expected)
    done["orphaned"] = orphans.count()
    for entry in orphans.iterator():
        entry.delete()  # one by one, so the search backends drop them too
    return done


def reconcile_index(backend_name: str = "default") -> Counter:
    """On Elasticsearch: documents missing from the index are added, stray ones deleted."""
    backend = get_search_backend(backend_name)
    done = Counter()
    client = getattr(backend, "es", None)
    if client is None:
        return done  # the database backend is written in the same transaction as the entries
    index = backend.get_index_for_model(SearchEntry)
    mapping = index.mapping_class(SearchEntry)
    indexed = set()
    response = client.search(
        index=index.name,
        query={"match_all": {}},
        _source=False,
        size=1000,
        sort=["_doc"],
        scroll="1m",
    )
    while response["hits"]["hits"]:
        indexed.update(hit["_id"] for hit in response["hits"]["hits"])
        response = client.scroll(scroll_id=response["_scroll_id"], scroll="1m")
    wanted = {}
    for entry in SearchEntry.objects.iterator():
        wanted[mapping.get_document_id(entry)] = entry
    for doc_id, entry in wanted.items():
        if doc_id not in indexed:
            backend.add(entry)
            done["added to index"] += 1
    for doc_id in indexed - set(wanted):
        client.delete(index=index.name, id=doc_id)
        done["removed from index"] += 1
    index.refresh()
    return done
