"""Keeping search entries in line with their sources.

Saving content only queues work (django-tasks: inline in development, a database queue in
production), so a slow search server never slows an editor down. The reconcile command
repairs anything a failed or lost update left behind.
"""

from __future__ import annotations

import logging

from django.db import transaction
from django_tasks import task

from search.models import SearchEntry
from search.providers import PROVIDERS

logger = logging.getLogger(__name__)


def sync(provider_name: str, pk) -> str:
    """Create, update or delete the entry of one source. Returns what it did."""
    provider = PROVIDERS[provider_name]
    key = provider.key(pk)
    source = provider.sources().filter(pk=pk).first()
    data = provider.build(source) if source is not None else None
    if data is None:
        deleted, _ = SearchEntry.objects.filter(key=key).delete()
        return "deleted" if deleted else "absent"
    fields = data.fields()
    entry = SearchEntry.objects.filter(key=key).first()
    if entry is not None and entry.digest == fields["digest"]:
        return "current"
    with transaction.atomic():
        SearchEntry.objects.update_or_create(key=key, defaults=fields)
    return "updated" if entry is not None else "created"


@task()
def sync_task(provider_name: str, pk: int) -> str:
    return sync(provider_name, pk)


def queue(provider_name: str, pk) -> None:
    """Bring one source's entry up to date in the background. With the database queue the task
    row commits with the content that queued it, so the worker never sees half a change."""
    sync_task.enqueue(provider_name, pk)


def remove(provider_name: str, pk) -> None:
    """Drop a source's entry now (used when a source is deleted or must vanish at once)."""
    SearchEntry.objects.filter(key=PROVIDERS[provider_name].key(pk)).delete()
