"""What one member's own rows say about the items on a page: unread marks, "helpful" marks,
their notification level, unread notifications and their draft. Each asks once for every item
on the page (one small indexed query), so a page of twenty posts costs one query, not twenty.
"""

from cop.models import Draft, Notification, Reaction, ReadState, Subscription


def new_notifications(user) -> int:
    return Notification.objects.filter(recipient=user, read_at__isnull=True).count()


def mark_unread(user, topics) -> None:
    """Set `topic.reader_mark` on each topic: "unread" (never opened), "new" (posts since the
    last visit) or "" (read to the end)."""
    topics = list(topics)
    if not topics:
        return
    read = dict(
        ReadState.objects.filter(user=user, topic__in=[topic.pk for topic in topics]).values_list(
            "topic_id", "last_read_post_id"
        )
    )
    for topic in topics:
        last_read = read.get(topic.pk, 0)
        if (topic.last_published_post_id or 0) <= last_read:
            topic.reader_mark = ""
        else:
            topic.reader_mark = "new" if last_read else "unread"


def mark_helpful(user, posts) -> None:
    """Set `post.marked_helpful` on each post: whether this member marked it helpful."""
    posts = list(posts)
    marked = set(
        Reaction.objects.filter(user=user, post__in=[post.pk for post in posts]).values_list(
            "post_id", flat=True
        )
    )
    for post in posts:
        post.marked_helpful = post.pk in marked


def follow_level(user, **item) -> str:
    """The member's notification level for a topic or category (`topic=` or `category=`)."""
    return (
        Subscription.objects.filter(user=user, **item).values_list("level", flat=True).first() or ""
    )


def draft_source(user, topic) -> str:
    return (
        Draft.objects.filter(user=user, topic=topic).values_list("source", flat=True).first() or ""
    )
