"""The personal parts of shared forum pages (core.page_cache.holes): each filler answers for
every item on the page at once, from this member's own rows only."""

from django.utils.html import format_html
from django.utils.translation import ngettext

from cop.models import Draft, Notification, Reaction, ReadState, Subscription
from core.page_cache.holes import filler


@filler("cop_notifications", html=True)
def notifications(request, items):
    count = Notification.objects.filter(recipient=request.user, read_at__isnull=True).count()
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
    read = dict(
        ReadState.objects.filter(user=request.user, topic_id__in=topics).values_list(
            "topic_id", "last_read_post_id"
        )
    )
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
    marked = set(
        Reaction.objects.filter(user=request.user, post_id__in=posts).values_list(
            "post_id", flat=True
        )
    )
    return ["yes" if int(post_id) in marked else "no" for (post_id,) in items]


@filler("cop_follow")
def follow(request, items):
    """Per (kind "topic" or "category", id, level): "yes" where that is the member's level."""
    levels = {}
    for kind in ("topic", "category"):
        ids = {int(pk) for item_kind, pk, _ in items if item_kind == kind}
        if ids:
            rows = Subscription.objects.filter(user=request.user, **{f"{kind}_id__in": ids})
            for pk, level in rows.values_list(f"{kind}_id", "level"):
                levels[(kind, pk)] = level
    return [
        "yes" if levels.get((kind, int(pk)), "") == level else "no" for kind, pk, level in items
    ]


@filler("cop_draft")
def draft(request, items):
    topics = [int(topic_id) for (topic_id,) in items]
    drafts = dict(
        Draft.objects.filter(user=request.user, topic_id__in=topics).values_list(
            "topic_id", "source"
        )
    )
    return [drafts.get(int(topic_id), "") for (topic_id,) in items]
