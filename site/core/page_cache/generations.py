"""Generations: a version number per area of content, part of every stored page's validity.

Saving or deleting anything in an area starts its next generation; stored pages remember the
generations they were made in and are used only while those are current. Old entries are
never looked for again and expire on their own. Areas keep a busy forum from emptying the
stored guidance and toolkit pages, and the other way round.
"""

from __future__ import annotations

from functools import partial

from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save

PAGES = "pages"
FORUM = "forum"
SEARCH = "search"
AREAS = (PAGES, FORUM, SEARCH)

AREA_OF_APP = {
    "wagtailcore": PAGES,
    "wagtaildocs": PAGES,
    "wagtailimages": PAGES,
    "wagtail_localize": PAGES,
    "taggit": PAGES,
    # Group permissions and memberships (a user's own row changes at every sign-in: below).
    "auth": PAGES,
    "core": PAGES,
    "home": PAGES,
    "guidance": PAGES,
    "toolkit": PAGES,
    "campaigns": PAGES,
    "cop": FORUM,
    "sitesearch": SEARCH,
    "wagtailsearchpromotions": SEARCH,
}
# Rows that record what one person did, or counts no stored page shows: they change all the
# time and must not empty the cache. (What they feed is a hole, or is not on a stored page.)
NOT_SHOWN = {
    "auth.user",
    # A new rendition is a copy of an image already shown, made on first use.
    "core.protectedrendition",
    "cop.readstate",
    "cop.draft",
    "cop.subscription",
    "cop.notification",
    "cop.digestrun",
    "toolkit.filedownloads",
    "campaigns.phaseemailsend",
    "campaigns.phasereminder",
    "campaigns.phasereach",
    "campaigns.calendarfeedtoken",
    "sitesearch.zeroresulthits",
    "wagtailsearchpromotions.query",
    "wagtailsearchpromotions.querydailyhits",
}


def key(area: str) -> str:
    return f"page-cache:generation:{area}"


def current(areas) -> dict[str, int]:
    """The current generation of each area (one round trip)."""
    keys = [key(area) for area in areas]
    found = cache.get_many(keys)
    versions = {}
    for area, name in zip(areas, keys, strict=True):
        if name not in found:
            cache.add(name, 1, None)
            found[name] = cache.get(name, 1)
        versions[area] = found[name]
    return versions


def new_generation(area: str | None = None, **kwargs) -> None:
    """Forget every stored page of `area` (of every area when None)."""
    for name in AREAS if area is None else (area,):
        try:
            cache.incr(key(name))
        except ValueError:
            cache.set(key(name), 2, None)


def _changed(sender, **kwargs) -> None:
    meta = sender._meta
    area = AREA_OF_APP.get(meta.app_label)
    if area is not None and meta.label_lower not in NOT_SHOWN:
        new_generation(area)
        # Again once the change is committed: a page another request rendered in between, from
        # the data before the commit, must not outlive it.
        transaction.on_commit(partial(new_generation, area))


def connect() -> None:
    post_save.connect(_changed, dispatch_uid="page-cache-save")
    post_delete.connect(_changed, dispatch_uid="page-cache-delete")
    m2m_changed.connect(_changed, dispatch_uid="page-cache-m2m")
