"""The personal parts of shared forum pages (core.page_cache.holes): each filler answers for
every item on the page at once, from this member's own rows only.

These run on every forum page a member reads, also when the page itself comes from the cache,
so each is one small indexed query written in SQL: the ORM takes three times longer to build
such a query than the database takes to answer it.
"""

from django.db import connection
from django.utils.html import format_html
from django.utils.translation import ngettext

from cop.models import Draft, Notification, Reaction, ReadState, Subscription
from core.page_cache.holes import filler


def _rows(sql: str, params) -> list[tuple]:
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


def _among(values) -> str:
    """Placeholders for an IN list."""
    return ", ".join(["%s"] * len(values))


@filler("cop_notifications", html=True)
def notifications(request, items):
    table = Notification._meta.db_table
    sql = f"SELECT COUNT(*) FROM {table} WHERE recipient_id = %s AND read_at IS NULL"  # noqa: S608
    ((count,),) = _rows(sql, [request.user.pk])
    badge = ""
    if count:
        label = ngettext("%(counter)s new", "%(counter)s new", count) % {"counter": count}
        badge = format_html(' <span class="cop-count">{}</span>', label)
    return [badge] * len(items)


@filler("cop_unread")
def unread(request, items):
    """Per (topic, its newest published post): "unread", "new" (posts since the last visit)
    or "" (read to the end)."""
    topics = [int(topic_id) for topic_id, _ in items]
    table = ReadState._meta.db_table
    sql = (
        f"SELECT topic_id, last_read_post_id FROM {table} "  # noqa: S608
        f"WHERE user_id = %s AND topic_id IN ({_among(topics)})"
    )
    read = dict(_rows(sql, [request.user.pk, *topics]))
    answers = []
    for topic_id, newest in items:
        last_read = read.get(int(topic_id), 0)
        if int(newest or 0) <= last_read:
            answers.append("")
        else:
            answers.append("new" if last_read else "unread")
    return answers


@filler("cop_helpful")
def helpful(request, items):
    posts = [int(post_id) for (post_id,) in items]
    table = Reaction._meta.db_table
    sql = (
        f"SELECT post_id FROM {table} "  # noqa: S608
        f"WHERE user_id = %s AND post_id IN ({_among(posts)})"
    )
    marked = {post_id for (post_id,) in _rows(sql, [request.user.pk, *posts])}
    return ["yes" if int(post_id) in marked else "no" for (post_id,) in items]


@filler("cop_follow")
def follow(request, items):
    """Per (kind "topic" or "category", id, level): "yes" where that is the member's level."""
    table = Subscription._meta.db_table
    levels = {}
    for kind in ("topic", "category"):
        ids = sorted({int(pk) for item_kind, pk, _ in items if item_kind == kind})
        if ids:
            sql = (
                f"SELECT {kind}_id, level FROM {table} "  # noqa: S608
                f"WHERE user_id = %s AND {kind}_id IN ({_among(ids)})"
            )
            for pk, level in _rows(sql, [request.user.pk, *ids]):
                levels[(kind, pk)] = level
    return [
        "yes" if levels.get((kind, int(pk)), "") == level else "no" for kind, pk, level in items
    ]


@filler("cop_draft")
def draft(request, items):
    topics = [int(topic_id) for (topic_id,) in items]
    table = Draft._meta.db_table
    sql = (
        f"SELECT topic_id, source FROM {table} "  # noqa: S608
        f"WHERE user_id = %s AND topic_id IN ({_among(topics)})"
    )
    drafts = dict(_rows(sql, [request.user.pk, *topics]))
    return [drafts.get(int(topic_id), "") for (topic_id,) in items]
