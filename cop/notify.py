"""Who hears about a post, on the site and by e-mail. Knows nothing of HTTP.

Notifications are made only for published posts and hold no text; e-mails are rendered and
checked against core.visibility when they are sent, so a post hidden in between never goes out.
"""

from __future__ import annotations

from django.db import transaction

from cop.models import Mention, Notification, Subscription
from cop.models.members import EmailMode
from cop.models.notifications import Level
from core.visibility import community


def subscribe_author(user, topic) -> None:
    """People who write in a topic watch it, unless they chose a level for it already."""
    Subscription.objects.get_or_create(user=user, topic=topic, defaults={"level": Level.WATCH})


def _levels(post) -> dict[int, str]:
    """Each follower's level for this post's topic; a topic's level wins over its category's."""
    topic = post.topic
    levels = {}
    for user_id, level in Subscription.objects.filter(category_id=topic.category_id).values_list(
        "user_id", "level"
    ):
        levels[user_id] = level
    for user_id, level in Subscription.objects.filter(topic=topic).values_list("user_id", "level"):
        levels[user_id] = level
    return levels


def post_published(post) -> None:
    """Make the notifications a newly published post owes, and queue immediate e-mails."""
    levels = _levels(post)
    kind = Notification.Kind.NEW_TOPIC if post.is_opening else Notification.Kind.REPLY
    wanted: dict[int, tuple[str, bool]] = {}
    for user_id, level in levels.items():
        if level == Level.WATCH:
            wanted[user_id] = (kind, True)
        elif level == Level.TRACK:
            wanted[user_id] = (kind, False)
    for user_id in Mention.objects.filter(post=post).values_list("user_id", flat=True):
        if levels.get(user_id) != Level.MUTE:
            wanted[user_id] = (Notification.Kind.MENTION, True)
    wanted.pop(post.author_id, None)
    recipients = community.members().filter(pk__in=wanted)
    _create(post, {user.pk: wanted[user.pk] for user in recipients})


def answer_accepted(post) -> None:
    if post.author_id != post.topic.author_id:
        _create(post, {post.author_id: (Notification.Kind.ACCEPTED, True)})


def post_released(post) -> None:
    """Tell the author their held post is now public (on the site only)."""
    _create(post, {post.author_id: (Notification.Kind.RELEASED, False)})


def post_withdrawn(post) -> None:
    """A post left public view: nothing about it may still go out."""
    Notification.objects.filter(post=post).delete()


def _create(post, wanted: dict[int, tuple[str, bool]]) -> None:
    notifications = Notification.objects.bulk_create(
        [
            Notification(recipient_id=user_id, post=post, kind=kind, email_wanted=email)
            for user_id, (kind, email) in wanted.items()
        ]
    )
    immediate = set(
        community.members()
        .filter(
            pk__in=[n.recipient_id for n in notifications if n.email_wanted],
            cop_profile__email_mode=EmailMode.IMMEDIATE,
        )
        .values_list("pk", flat=True)
    )
    ids = [n.pk for n in notifications if n.recipient_id in immediate]
    if ids:
        from cop.tasks import send_notification_emails

        transaction.on_commit(lambda: send_notification_emails.enqueue(ids))
