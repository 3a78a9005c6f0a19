"""Operational views that are not pages."""

import uuid

from django.core.cache import caches
from django.db import connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET
from django_tasks import task_backends
from wagtail.search.backends import get_search_backend


def _database():
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    return connection.vendor


def _search():
    backend = get_search_backend()
    client = getattr(backend, "es", None)
    if client is None:
        return "database"
    if not client.ping():
        raise ConnectionError("the search server does not answer")
    return "elasticsearch"


def _cache():
    cache = caches["default"]
    key = f"healthz:{uuid.uuid4().hex}"
    cache.set(key, "ok", 10)
    if cache.get(key) != "ok":
        raise ConnectionError("the cache does not keep values")
    cache.delete(key)
    return cache.__class__.__name__


def _tasks():
    backend = task_backends["default"]
    if backend.__class__.__name__ == "DatabaseBackend":
        from django_tasks_db.models import DBTaskResult

        DBTaskResult.objects.exists()
    return backend.__class__.__name__


CHECKS = {"database": _database, "search": _search, "cache": _cache, "tasks": _tasks}


@never_cache
@require_GET
def healthz(request):
    """The state of each service the site needs: 200 when all are up, 503 naming what is not."""
    report, failing = {}, []
    for name, check in CHECKS.items():
        try:
            report[name] = {"ok": True, "backend": check()}
        except Exception as error:  # noqa: BLE001 - any failure is a failing part
            report[name] = {"ok": False, "error": f"{error.__class__.__name__}: {error}"[:300]}
            failing.append(name)
    status = 503 if failing else 200
    return JsonResponse(
        {"status": "ok" if not failing else "failing", "failing": failing, "checks": report},
        status=status,
    )
