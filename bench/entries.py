"""Search entries for generated content, made in bulk, and the search indexes filled from them.

Pages go through the site's own provider (search.providers), so their entries are exactly what
the reconcile command would make. Posts are many and alike, so their entries are built here the
way CommunityPostProvider builds them; a sample is then checked against the provider.
"""

from __future__ import annotations

import sys
import time

from django.conf import settings
from tqdm import tqdm

from search import indexing
from search.models import SearchEntry
from search.providers import PROVIDERS, EntryData
from search.text import plain

BATCH = 2000


def _bar(total, label):
    return tqdm(total=total, desc=label, unit="row", unit_scale=True, file=sys.stderr)


def add_for_pages(pages) -> None:
    provider = PROVIDERS["page"]
    with _bar(len(pages), "page entries") as bar:
        for start in range(0, len(pages), BATCH):
            made = []
            for page in pages[start : start + BATCH]:
                data = provider.build(page)
                if data is not None:
                    made.append(SearchEntry(key=provider.key(page.pk), **data.fields()))
            SearchEntry.objects.bulk_create(made)
            bar.update(BATCH)


def add_for_posts(post_pks) -> None:
    from cop import links
    from cop.models import Post
    from core.visibility.audience import groups_token
    from core.visibility.community import MEMBER_GROUPS

    provider = PROVIDERS["post"]
    audience = groups_token(MEMBER_GROUPS)
    texts = {}
    with _bar(len(post_pks), "post entries") as bar:
        for start in range(0, len(post_pks), BATCH):
            posts = Post.objects.filter(pk__in=post_pks[start : start + BATCH]).select_related(
                "topic"
            )
            made = []
            for post in posts:
                if post.html not in texts:
                    texts[post.html] = plain(post.html)
                data = EntryData(
                    kind="topic" if post.is_opening else "post",
                    locale=post.topic.language,
                    audience=audience,
                    title=post.topic.title,
                    url=links.post(post.pk),
                    text=texts[post.html],
                )
                made.append(SearchEntry(key=provider.key(post.pk), **data.fields()))
            SearchEntry.objects.bulk_create(made)
            bar.update(len(made))
    check_sample(post_pks)


def check_sample(post_pks, size=20) -> None:
    """Entries made here must be the ones the provider makes: syncing a sample changes none."""
    step = max(1, len(post_pks) // size)
    outcomes = [indexing.sync("post", pk) for pk in post_pks[::step][:size]]
    changed = [outcome for outcome in outcomes if outcome != "current"]
    if changed:
        raise SystemExit(f"bulk post entries differ from the provider's: {changed}")


def index_all() -> dict[str, float]:
    """Every search entry into every configured search backend. Returns entries per second."""
    from wagtail.search.backends import get_search_backend

    rates = {}
    total = SearchEntry.objects.count()
    for name in settings.WAGTAILSEARCH_BACKENDS:
        backend = get_search_backend(name)
        rates[name] = round(index_entries(backend, total, f"index ({name})"), 1)
    return rates


def index_entries(backend, total, label, queryset=None) -> float:
    """Add entries to one backend in batches. Returns entries per second."""
    queryset = queryset if queryset is not None else SearchEntry.objects.all()
    started = time.monotonic()
    done = 0
    with _bar(total, label) as bar:
        last = 0
        while True:
            batch = list(queryset.filter(pk__gt=last).order_by("pk")[:BATCH])
            if not batch:
                break
            backend.add_bulk(SearchEntry, batch)
            last = batch[-1].pk
            done += len(batch)
            bar.update(len(batch))
    index = backend.get_index_for_model(SearchEntry)
    if hasattr(index, "refresh"):
        index.refresh()
    return done / max(time.monotonic() - started, 1e-6)
