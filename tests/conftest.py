"""Shared fixtures. The demo content is loaded once per test database and every test runs in a
transaction rolled back afterwards, so each one starts from the same demo site."""

import os

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
def django_db_setup(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        call_command("seed_demo", verbosity=0)


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
