import pytest
from django.core.cache import cache
from django.test import override_settings


@pytest.fixture
def page_cache_on():
    """The page cache on, starting and ending empty (tests roll the database back, not the
    cache)."""
    cache.clear()
    with override_settings(PAGE_CACHE=True):
        yield
    cache.clear()
