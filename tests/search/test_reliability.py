"""When Elasticsearch is down or slow: the search page still answers (from the database
backend, with a notice), saving is not held up, and reconcile brings the index back."""

import socket

import pytest
from django.core.management import call_command
from django.test import Client, override_settings
from wagtail.search.backends import get_search_backend

from guidance.models import GuidancePage
from home.models import HomePage
from search.models import SearchEntry
from search.reconcile import reconcile_index
from tests.search.conftest import build_entry_index, elasticsearch_config


def closed_port_url():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{sock.getsockname()[1]}"


def dead_search_settings():
    config = elasticsearch_config(closed_port_url())
    config["TIMEOUT"] = 1
    return {"default": config, "database": {"BACKEND": "wagtail.search.backends.database"}}


@pytest.mark.django_db
def test_search_answers_from_the_database_when_elasticsearch_is_down():
    with override_settings(WAGTAILSEARCH_BACKENDS=dead_search_settings()):
        response = Client().get("/en/search/", {"q": "ombudsman"})
        suggest = Client().get("/en/search/suggest/", {"q": "Omb"})
    assert response.status_code == 200
    assert response.context["results"].degraded
    assert "simpler mode" in response.content.decode()
    assert response.context["results"].hits
    assert suggest.status_code == 200


@pytest.mark.django_db
def test_content_saved_while_elasticsearch_is_down_is_indexed_by_reconcile(elasticsearch_url):
    live = elasticsearch_config(elasticsearch_url)
    with override_settings(WAGTAILSEARCH_BACKENDS={"default": live}):
        backend = get_search_backend()
        build_entry_index(backend)
    try:
        dead = dead_search_settings()
        dead["default"]["INDEX_PREFIX"] = live["INDEX_PREFIX"]
        with override_settings(WAGTAILSEARCH_BACKENDS=dead):
            home = HomePage.objects.get(locale__language_code="en")
            page = GuidancePage(title="Xylophage outage notes", slug="outage", summary="s", body=[])
            home.add_child(instance=page)
            page.save_revision().publish()
        # The entry row exists (the database is fine); the search server missed it.
        entry = SearchEntry.objects.get(key=f"page:{page.pk}")
        with override_settings(WAGTAILSEARCH_BACKENDS={"default": live}):
            backend = get_search_backend()
            index = backend.get_index_for_model(SearchEntry)
            index.refresh()
            assert not list(backend.search("xylophage", SearchEntry))
            done = reconcile_index()
            assert done["added to index"] >= 1
            assert [e.pk for e in backend.search("xylophage", SearchEntry)] == [entry.pk]
    finally:
        with override_settings(WAGTAILSEARCH_BACKENDS={"default": live}):
            es = get_search_backend().es
            for name in es.indices.get(index=f"{live['INDEX_PREFIX']}*"):
                es.indices.delete(index=name)


@pytest.mark.django_db
def test_reconcile_restores_missing_and_removes_stale_entries():
    entry = SearchEntry.objects.filter(kind="channel").first()
    key = entry.key
    entry.delete()
    SearchEntry.objects.filter(kind="glossary").update(title="stale", digest="old")
    SearchEntry.objects.create(
        key="page:999999999",
        kind="guidance",
        locale="en",
        audience="public",
        title="Left over",
        url="/en/gone/",
        digest="x",
    )
    call_command("reconcile_search", verbosity=0)
    assert SearchEntry.objects.filter(key=key).exists()
    assert not SearchEntry.objects.filter(title="stale").exists()
    assert not SearchEntry.objects.filter(key="page:999999999").exists()
