"""The search backend: the same index/find/update/delete test on the database backend and on
the real Elasticsearch server, and saving that never waits long on a dead search server."""

import logging
import socket
import threading
import time
import uuid

import pytest
from django.core.management import call_command
from django.test import override_settings
from wagtail.search.backends import get_search_backend

from config.search import INDEX_SETTINGS
from guidance.models import GuidancePage
from home.models import HomePage


def elasticsearch_backend(url, timeout=5):
    return {
        "BACKEND": "wagtail.search.backends.elasticsearch9",
        "URLS": [url],
        "INDEX_PREFIX": f"test_{uuid.uuid4().hex[:8]}_",
        "TIMEOUT": timeout,
        "OPTIONS": {"max_retries": 0, "retry_on_timeout": False},
        "INDEX_SETTINGS": INDEX_SETTINGS,
    }


@pytest.fixture(params=["database", "elasticsearch"])
def search_backend(request, db):
    if request.param == "database":
        config = {"BACKEND": "wagtail.search.backends.database"}
    else:
        config = elasticsearch_backend(request.getfixturevalue("elasticsearch_url"))
    with override_settings(WAGTAILSEARCH_BACKENDS={"default": config}):
        backend = get_search_backend()
        if request.param == "elasticsearch":
            call_command("update_index", stdout=open("/dev/null", "w"))  # noqa: SIM115
        yield backend
        if request.param == "elasticsearch":
            for index in backend.es.indices.get(index=f"{config['INDEX_PREFIX']}*"):
                backend.es.indices.delete(index=index)


def refresh(backend):
    es = getattr(backend, "es", None)
    if es is not None:
        es.indices.refresh(index="_all")


def found(backend, word):
    return [page.pk for page in backend.search(word, GuidancePage)]


def test_index_find_update_delete(search_backend):
    home = HomePage.objects.get(locale__language_code="en")
    page = GuidancePage(title="Heliotrope pathways", slug="heliotrope", summary="s", body=[])
    home.add_child(instance=page)
    page.save_revision().publish()
    refresh(search_backend)
    assert found(search_backend, "heliotrope") == [page.pk]

    page.title = "Bergamot pathways"
    page.save_revision().publish()
    refresh(search_backend)
    assert found(search_backend, "bergamot") == [page.pk]
    assert found(search_backend, "heliotrope") == []

    page.delete()
    refresh(search_backend)
    assert found(search_backend, "bergamot") == []


class SilentServer:
    """A socket that accepts connections and never answers."""

    def __enter__(self):
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.clients = []
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._accept, daemon=True)
        self.thread.start()
        return f"http://127.0.0.1:{self.sock.getsockname()[1]}"

    def _accept(self):
        self.sock.settimeout(0.2)
        while not self.stop.is_set():
            try:
                self.clients.append(self.sock.accept()[0])
            except OSError:
                continue

    def __exit__(self, *exc):
        self.stop.set()
        self.thread.join()
        for client in self.clients:
            client.close()
        self.sock.close()


class ClosedPort:
    def __enter__(self):
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            return f"http://127.0.0.1:{sock.getsockname()[1]}"

    def __exit__(self, *exc):
        pass


@pytest.mark.django_db
@pytest.mark.parametrize("server", [ClosedPort, SilentServer], ids=["closed", "silent"])
def test_saving_and_publishing_survive_a_dead_search_server(server, caplog):
    timeout = 1
    with (
        server() as url,
        override_settings(
            WAGTAILSEARCH_BACKENDS={"default": elasticsearch_backend(url, timeout=timeout)}
        ),
    ):
        home = HomePage.objects.get(locale__language_code="en")
        started = time.monotonic()
        with caplog.at_level(logging.ERROR, logger="modelsearch.index"):
            page = GuidancePage(title="Saved anyway", slug="saved-anyway", summary="s", body=[])
            home.add_child(instance=page)
            page.save_revision().publish()
        elapsed = time.monotonic() - started

    page.refresh_from_db()
    assert page.live
    assert page.title == "Saved anyway"
    # A handful of index calls, each bounded by the timeout, never the client's default 10 s x 3.
    assert elapsed < 6 * timeout + 2
    failures = [r for r in caplog.records if r.name == "modelsearch.index"]
    assert failures, "the failed index write must be logged for reconciliation"
    assert "Saved anyway" in failures[0].getMessage()
