import socket

import pytest
from django.test import Client, override_settings


@pytest.mark.django_db
def test_healthz_reports_every_part_up():
    response = Client().get("/healthz")
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "ok"
    assert set(body["checks"]) == {"database", "search", "cache", "tasks"}
    assert all(check["ok"] for check in body["checks"].values())


def closed_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.mark.django_db
def test_healthz_names_the_search_server_when_it_is_down():
    backends = {
        "default": {
            "BACKEND": "wagtail.search.backends.elasticsearch9",
            "URLS": [f"http://127.0.0.1:{closed_port()}"],
            "TIMEOUT": 1,
            "OPTIONS": {"max_retries": 0},
        }
    }
    with override_settings(WAGTAILSEARCH_BACKENDS=backends):
        response = Client().get("/healthz")
    assert response.status_code == 503
    body = response.json()
    assert body["failing"] == ["search"]
    assert body["checks"]["database"]["ok"]
