"""Shared fixtures. The demo content is loaded once per test database and every test runs in a
transaction rolled back afterwards, so each one starts from the same demo site."""

import os
from io import StringIO

import pytest
from django.core.management import call_command

IN_CI = bool(os.environ.get("CI"))


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(config, items):
    # Browser journeys change the committed demo data, so they run after everything else.
    items.sort(key=lambda item: "/tests/e2e/" in str(item.path))
    # In CI every real service must be there: a service test that skips there is a defect.
    if not IN_CI:
        return
    missing = []
    if not os.environ.get("ELASTICSEARCH_URL"):
        missing.append("ELASTICSEARCH_URL (the Elasticsearch server)")
    if not os.environ.get("DATABASE_URL", "").startswith("postgres"):
        missing.append("DATABASE_URL (PostgreSQL)")
    if missing:
        pytest.exit("CI needs real services; missing: " + ", ".join(missing), returncode=3)


@pytest.fixture(scope="session")
def django_db_setup(
    request,
    django_test_environment,
    django_db_blocker,
    django_db_keepdb,
    django_db_createdb,
    django_db_modify_db_settings,
):
    """The test database, with the demo content seeded (and committed) once per session.

    pytest-django's own fixture sets up only the databases that marked tests ask for; browser
    journeys use the database through a live server without a mark, so every database is set
    up here, as Django's own runner does.
    """
    from django.test.utils import setup_databases, teardown_databases

    with django_db_blocker.unblock():
        config = setup_databases(
            verbosity=request.config.option.verbose,
            interactive=False,
            keepdb=django_db_keepdb and not django_db_createdb,
        )
        call_command("seed_demo", verbosity=0)
        if os.environ.get("ELASTICSEARCH_URL"):
            # A fresh index with the site's analyzers, as `update_index` builds it in production.
            call_command("update_index", stdout=StringIO(), stderr=StringIO())
    yield
    if not django_db_keepdb:
        with django_db_blocker.unblock():
            teardown_databases(config, verbosity=request.config.option.verbose)


@pytest.fixture(autouse=True)
def cache_per_test(request):
    """An empty cache for every test: tests roll the database back but not the cache, where
    Wagtail keeps renditions and sessions and the page cache keeps pages (a rendition made by a
    rolled-back test would otherwise name a row that no longer exists). With the page cache on
    (TEST_PAGE_CACHE), tests marked `page_cache_off` measure rendering itself (query counts)."""
    from django.conf import settings
    from django.core.cache import cache
    from django.test import override_settings

    cache.clear()
    if settings.PAGE_CACHE and request.node.get_closest_marker("page_cache_off"):
        with override_settings(PAGE_CACHE=False):
            yield
    else:
        yield
    cache.clear()


@pytest.fixture
def elasticsearch_url():
    url = os.environ.get("ELASTICSEARCH_URL")
    if not url:
        pytest.skip("ELASTICSEARCH_URL is not set (CI always sets it; see scripts/services)")
    return url


@pytest.fixture
def users(db):
    from django.contrib.auth import get_user_model

    User = get_user_model()
    return {user.username: user for user in User.objects.all()}
