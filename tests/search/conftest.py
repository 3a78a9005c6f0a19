"""Search tests run against each backend: the database backend always, and the real
Elasticsearch server when ELASTICSEARCH_URL is set (always in CI)."""

import uuid

import pytest
from django.test import override_settings
from wagtail.search.backends import get_search_backend

from config.search import INDEX_SETTINGS
from search.models import SearchEntry
from tests.search.proxy import RecordingProxy


def elasticsearch_config(url):
    return {
        "BACKEND": "wagtail.search.backends.elasticsearch9",
        "URLS": [url],
        "INDEX_PREFIX": f"test_{uuid.uuid4().hex[:8]}_",
        "TIMEOUT": 10,
        "OPTIONS": {"max_retries": 0},
        "INDEX_SETTINGS": INDEX_SETTINGS,
    }


def build_entry_index(backend):
    """A fresh index of the entries table (what `update_index` builds for this model)."""
    index = backend.get_index_for_model(SearchEntry)
    index.delete()
    index.put()
    index.add_model(SearchEntry)
    index.add_items(SearchEntry, list(SearchEntry.objects.all()))
    index.refresh()


def _configured(request, kind, url=None):
    """The site configured with one search backend; yields a `refresh()` to call after writes."""
    if kind == "database":
        config = {"default": {"BACKEND": "wagtail.search.backends.database"}}
    else:
        url = url or request.getfixturevalue("elasticsearch_url")
        config = {
            "default": elasticsearch_config(url),
            "database": {"BACKEND": "wagtail.search.backends.database"},
        }
    with override_settings(WAGTAILSEARCH_BACKENDS=config):
        engine = get_search_backend()
        es = getattr(engine, "es", None)
        if es is not None:
            build_entry_index(engine)

        def refresh():
            if es is not None:
                engine.get_index_for_model(SearchEntry).refresh()

        refresh.name = kind
        refresh.engine = engine
        yield refresh
        if es is not None:
            for name in es.indices.get(index=f"{config['default']['INDEX_PREFIX']}*"):
                es.indices.delete(index=name)


@pytest.fixture(params=["database", "elasticsearch"])
def backend(request, db):
    yield from _configured(request, request.param)


@pytest.fixture
def elasticsearch_backend(request, db):
    """For what only Elasticsearch does (stemming, typo tolerance)."""
    yield from _configured(request, "elasticsearch")


@pytest.fixture
def elasticsearch_requests(request, db, elasticsearch_url):
    """The site on Elasticsearch through a recording proxy: yields the proxy, whose `requests`
    lists what the site sent once the index was built."""
    with RecordingProxy(elasticsearch_url) as proxy:
        for _ in _configured(request, "elasticsearch", url=proxy.url):
            proxy.requests.clear()
            yield proxy
