"""Generations: version numbers that stored pages and cached fragments are valid under.

A generation has a name: "pages" for the guidance, toolkit and campaign pages, their files and
snippets and who may read them; "forum" for the forum's structure (categories, membership,
moderators); one name per topic and per category, and the forum's list of latest topics. A
stored page or fragment remembers the generations it was made in and is used only while all of
them are current; old entries are never looked for again and expire on their own.

Each model says which generations a change to one of its rows starts, on the model itself:

    class Post(models.Model):
        def cache_generations(self):
            return [generations.topic(self.topic_id), generations.FORUM_SEARCH]

or `cache_generations = None` for rows no page shows (read marks, send logs). Django's and
Wagtail's models are declared below by app. A system check (core.checks) fails for any model of
ours that declares nothing, so a new model cannot be forgotten.
"""

from __future__ import annotations

from functools import partial

from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save

PAGES = "pages"
SEARCH = "search"
FORUM = "forum"
FORUM_LATEST = "forum:latest"
# Search results that may hold forum posts (a reader who cannot read the forum never has any).
FORUM_SEARCH = "forum:search"


def topic(pk) -> str:
    return f"forum:topic:{pk}"


def category(pk) -> str:
    return f"forum:category:{pk}"


# Models we do not own: every change in these apps starts a new "pages" generation, except the
# rows that record work in progress or history, which no reader's page shows.
OTHER_APPS = {
    "wagtailcore": PAGES,
    "wagtaildocs": PAGES,
    "wagtailimages": PAGES,
    "wagtail_localize": PAGES,
    "taggit": PAGES,
    "wagtailsearchpromotions": SEARCH,
    # Group permissions and memberships (a user's own row changes at every sign-in: below).
    "auth": PAGES,
}
OTHER_APPS_NOT_SHOWN = {
    "auth.user",
    "wagtailcore.revision",
    "wagtailcore.pagelogentry",
    "wagtailcore.modellogentry",
    "wagtailcore.workflowstate",
    "wagtailcore.taskstate",
    "wagtailcore.pagesubscription",
    "wagtailcore.comment",
    "wagtailcore.commentreply",
    "wagtailcore.referenceindex",
    "wagtailsearchpromotions.query",
    "wagtailsearchpromotions.querydailyhits",
}


def of_instance(instance) -> list[str]:
    """The generations a change to `instance` starts."""
    meta = instance._meta
    declared = getattr(type(instance), "cache_generations", None)
    if callable(declared):
        return list(declared(instance))
    if meta.label_lower in OTHER_APPS_NOT_SHOWN:
        return []
    area = OTHER_APPS.get(meta.app_label)
    return [area] if area else []


def key(name: str) -> str:
    return f"page-cache:generation:{name}"


def current(names) -> dict[str, int]:
    """The current generation of each name (one round trip when all are known)."""
    names = list(names)
    keys = [key(name) for name in names]
    found = cache.get_many(keys)
    versions = {}
    for name, cache_key in zip(names, keys, strict=True):
        if cache_key not in found:
            cache.add(cache_key, 1, None)
            found[cache_key] = cache.get(cache_key, 1)
        versions[name] = found[cache_key]
    return versions


def new_generation(*names: str) -> None:
    """Forget every stored page and fragment made under these generations."""
    for name in names:
        try:
            cache.incr(key(name))
        except ValueError:
            cache.set(key(name), 2, None)


def _changed(sender, instance=None, **kwargs) -> None:
    if instance is None:
        return
    names = of_instance(instance)
    if names:
        new_generation(*names)
        # Again once the change is committed: a page another request rendered in between, from
        # the data before the commit, must not outlive it.
        transaction.on_commit(partial(new_generation, *names))


def connect() -> None:
    post_save.connect(_changed, dispatch_uid="page-cache-save")
    post_delete.connect(_changed, dispatch_uid="page-cache-delete")
    m2m_changed.connect(_changed, dispatch_uid="page-cache-m2m")
