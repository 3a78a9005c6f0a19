"""Bring the search index back in line with the content: missing entries added, stale ones
updated, ones that should no longer exist removed (with a progress bar)."""

from django.core.management.base import BaseCommand
from tqdm import tqdm

from search.providers import PROVIDERS
from search.reconcile import reconcile_entries, reconcile_index


class Command(BaseCommand):
    help = "Find and fix search entries that are missing, stale or should no longer exist."

    def handle(self, *args, **options):
        total = sum(provider.sources().count() for provider in PROVIDERS.values())
        with tqdm(total=total, unit="source", disable=options["verbosity"] == 0) as bar:
            entries = reconcile_entries(bar.update)
        index = reconcile_index()
        for label, count in sorted({**entries, **index}.items()):
            self.stdout.write(f"{label}: {count}")
