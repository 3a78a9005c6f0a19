"""Absolute addresses for what the site sends out (e-mails, feeds): one configured base address.

Wagtail builds a page's full URL from its Site record's host and port, which is rarely the
address people use (a site left at localhost:80 makes dead links). Everything sent out is built
here from WAGTAILADMIN_BASE_URL instead.
"""

from __future__ import annotations

from django.conf import settings


def absolute(path: str) -> str:
    """`path` (starting with /) on the site's public base address."""
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def page_url(page) -> str:
    """A page's absolute address (in its own language), from the base address."""
    _site_id, _root_url, path = page.get_url_parts()
    return absolute(path)
