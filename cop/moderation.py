"""What moderators do to posts and topics. Every action is written to the moderation log."""

from __future__ import annotations

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts import audit
from cop import attachments, notify
from cop.models import Flag, ModerationAction, Post, PostRevision, Topic
from cop.models.forum import Status
from cop.posting import PostingError, publish_effects
from cop.signals import post_redacted, post_withdrawn
from core.visibility import community

Kind = ModerationAction.Kind


def _require_moderator(user) -> None:
    if not community.is_moderator(user):
        raise PostingError(_("Only moderators can do this."), 403)


def _log(moderator, kind, *, post=None, topic=None, note="") -> None:
    ModerationAction.objects.create(
        moderator=moderator, kind=kind, post=post, topic=topic or (post and post.topic), note=note
    )
    # The security audit log: who acted on what, never the post's text or the note.
    audit.record(
        audit.REDACTION if kind == Kind.REDACT else audit.MODERATION,
        actor=moderator,
        target=f"post:{post.pk}" if post else f"topic:{topic.pk}",
    )


def _resolve_flags(moderator, post) -> None:
    Flag.objects.filter(post=post, resolved_at__isnull=True).update(
        resolved_at=timezone.now(), resolved_by=moderator
    )


def release(moderator, post: Post, note: str = "") -> None:
    """Publish a held post (and its topic, when it opens one); followers hear of it now."""
    _require_moderator(moderator)
    if post.status != Status.HELD:
        raise PostingError(_("Only a held post can be released."), 409)
    with transaction.atomic():
        post.status = Status.PUBLISHED
        post.hold_reasons = []
        post.save(update_fields=["status", "hold_reasons"])
        _resolve_flags(moderator, post)
        _log(moderator, Kind.RELEASE, post=post, note=note)
        notify.post_released(post)
        publish_effects(post)


def hide(moderator, post: Post, note: str = "") -> None:
    _require_moderator(moderator)
    with transaction.atomic():
        _withdraw(post, Status.HIDDEN)
        _resolve_flags(moderator, post)
        _log(moderator, Kind.HIDE, post=post, note=note)


def unhide(moderator, post: Post, note: str = "") -> None:
    _require_moderator(moderator)
    if post.status != Status.HIDDEN:
        raise PostingError(_("Only a hidden post can be shown again."), 409)
    with transaction.atomic():
        post.status = Status.PUBLISHED
        post.save(update_fields=["status"])
        if post.is_opening:
            Topic.objects.filter(pk=post.topic_id).update(status=Status.PUBLISHED)
        _log(moderator, Kind.UNHIDE, post=post, note=note)


def redact(moderator, post: Post, note: str = "") -> None:
    """Remove a post's text everywhere: the post, its edit history, its files and pending
    notifications.

    Topic titles go too when the post opens the topic. Anything that copied the text (a
    search index) is told through `cop.signals.post_redacted`.
    """
    _require_moderator(moderator)
    with transaction.atomic():
        _withdraw(post, Status.REDACTED)
        post.source = ""
        post.html = ""
        post.hold_reasons = []
        post.save(update_fields=["source", "html", "hold_reasons"])
        PostRevision.objects.filter(post=post).update(source="")
        attachments.delete_files(post)
        post.mentions.all().delete()
        if post.is_opening:
            Topic.objects.filter(pk=post.topic_id).update(title=_("Topic removed by a moderator"))
        _resolve_flags(moderator, post)
        _log(moderator, Kind.REDACT, post=post, note=note)
        transaction.on_commit(lambda: post_redacted.send(sender=Post, post=post))


def _withdraw(post: Post, status: str) -> None:
    was_published = post.status == Status.PUBLISHED
    post.status = status
    post.save(update_fields=["status"])
    if post.is_opening:
        Topic.objects.filter(pk=post.topic_id).update(status=Status.HIDDEN)
    elif was_published:
        _recount(post.topic_id)
    Topic.objects.filter(pk=post.topic_id, accepted_post=post).update(accepted_post=None)
    notify.post_withdrawn(post)
    transaction.on_commit(lambda: post_withdrawn.send(sender=Post, post=post))


def _recount(topic_id: int) -> None:
    published = Post.objects.filter(topic_id=topic_id, status=Status.PUBLISHED)
    last = published.order_by("-id").first()
    Topic.objects.filter(pk=topic_id).update(
        reply_count=published.filter(is_opening=False).count(),
        last_posted_at=last.created_at if last else None,
        last_published_post_id=last.pk if last else 0,
    )


def set_topic_flag(moderator, topic: Topic, kind: str, note: str = "") -> None:
    """Lock, unlock, pin or unpin a topic."""
    _require_moderator(moderator)
    field, value = {
        Kind.LOCK: ("locked", True),
        Kind.UNLOCK: ("locked", False),
        Kind.PIN: ("pinned", True),
        Kind.UNPIN: ("pinned", False),
    }[kind]
    with transaction.atomic():
        setattr(topic, field, value)
        topic.save(update_fields=[field])
        _log(moderator, kind, topic=topic, note=note)


def move(moderator, topic: Topic, category, note: str = "") -> None:
    _require_moderator(moderator)
    with transaction.atomic():
        topic.category = category
        topic.save(update_fields=["category"])
        _log(moderator, Kind.MOVE, topic=topic, note=note or category.name)


def dismiss_flags(moderator, post: Post, note: str = "") -> None:
    _require_moderator(moderator)
    with transaction.atomic():
        _resolve_flags(moderator, post)
        _log(moderator, Kind.DISMISS_FLAGS, post=post, note=note)


def flag(reporter, post: Post, reason: str, note: str = "") -> Flag:
    """A member reports a post. A report of identifying information holds the post at once:
    confidentiality comes first, and a moderator can release it in a minute."""
    if not community.can_view_post(reporter, post):
        raise PostingError(_("This post does not exist."), 404)
    with transaction.atomic():
        report, _created = Flag.objects.get_or_create(
            post=post,
            reporter=reporter,
            resolved_at=None,
            defaults={"reason": reason, "note": note},
        )
        if reason == Flag.Reason.IDENTIFYING and post.status == Status.PUBLISHED:
            _withdraw(post, Status.HELD)
            post.hold_reasons = ["flagged"]
            post.save(update_fields=["hold_reasons"])
            if post.is_opening:
                Topic.objects.filter(pk=post.topic_id).update(status=Status.HELD)
        return report
