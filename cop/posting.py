"""Writing to the forum: topics, replies, edits, answers and reactions.

Each change is one transaction: a post, its topic's counters, its mentions and its
notifications are saved together or not at all. Every post passes the confidentiality guard
and, for new members, pre-moderation before anyone else can see it.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.translation import gettext as _

from cop import attachments, guard, links, notify, rendering
from cop.models import Category, Draft, Mention, Post, PostRevision, Reaction, Topic
from cop.models.forum import Status
from cop.models.moderation import ModerationAction
from cop.signals import post_published
from core.visibility import community

# The same text from the same author in the same topic within this time is one post.
DUPLICATE_WINDOW = timedelta(seconds=60)


class PostingError(Exception):
    """A change the forum refuses, with a message for the member and an HTTP status."""

    def __init__(self, message: str, status: int = 400):
        super().__init__(message)
        self.message = message
        self.status = status


@dataclass
class Outcome:
    post: Post
    duplicate: bool = False

    @property
    def held(self) -> bool:
        return self.post.status == Status.HELD


def _guard_reasons(texts, html: str, attachment=None) -> list[str]:
    """What the guard finds in the texts, in what readers see of them once rendered (Markdown
    escapes and emphasis can split an address), and in the attachment's name and text."""
    reasons = guard.check(*texts, strip_tags(html))
    if attachment is not None:
        clean, data = attachment
        found = attachments.text_for_guard(clean, data)
        for code in guard.check_attachment(clean.display_name, found.text, found.complete):
            if code not in reasons:
                reasons.append(code)
    return reasons


def _hold_reasons(author, texts, html: str, attachment=None) -> list[str]:
    reasons = _guard_reasons(texts, html, attachment)
    if not community.is_moderator(author):
        published = Post.objects.filter(author=author, status=Status.PUBLISHED).count()
        if published < settings.COP_PREMODERATED_POSTS:
            reasons.append("new_member")
    return reasons


def render_source(source: str) -> tuple[str, list]:
    """HTML for `source` and the members it mentions."""
    names = rendering.mentioned_usernames(source)
    mentioned = list(community.members().filter(username__in=names)) if names else []
    html = rendering.render(source, {user.username: links.member(user.pk) for user in mentioned})
    return html, mentioned


def _existing(author, submission_key, topic=None, source=None) -> Post | None:
    if submission_key:
        found = Post.objects.filter(author=author, submission_key=submission_key).first()
        if found:
            return found
    if topic is not None and source is not None:
        return Post.objects.filter(
            author=author,
            topic=topic,
            source=source,
            created_at__gte=timezone.now() - DUPLICATE_WINDOW,
        ).first()
    return None


def _save_post(topic, author, source, rendered, reasons, submission_key, opening=False) -> Post:
    html, mentioned = rendered
    post = Post.objects.create(
        topic=topic,
        author=author,
        source=source,
        html=html,
        status=Status.HELD if reasons else Status.PUBLISHED,
        hold_reasons=reasons,
        is_opening=opening,
        submission_key=submission_key,
    )
    Mention.objects.bulk_create([Mention(post=post, user=user) for user in mentioned])
    return post


def _attach(post, author, attachment) -> None:
    """Save a checked, cleaned upload (a pair from PostForm.clean_attachment) with the post."""
    if attachment is not None:
        clean, data = attachment
        attachments.save(post, author, clean, data)


def publish_effects(post: Post) -> None:
    """What follows a post becoming public: counters, notifications, search signal."""
    topic = post.topic
    if post.is_opening:
        Topic.objects.filter(pk=topic.pk).update(
            status=Status.PUBLISHED,
            last_posted_at=post.created_at,
            last_published_post_id=post.pk,
        )
    else:
        Topic.objects.filter(pk=topic.pk).update(
            reply_count=F("reply_count") + 1,
            last_posted_at=post.created_at,
            last_published_post_id=post.pk,
        )
    topic.refresh_from_db()
    notify.post_published(post)
    transaction.on_commit(lambda: post_published.send(sender=Post, post=post))


def create_topic(
    author,
    category: Category,
    title: str,
    source: str,
    *,
    is_question: bool = False,
    language: str = "en",
    submission_key: uuid.UUID | None = None,
    attachment=None,
) -> Outcome:
    title, source = guard.strip_bidi_controls(title), guard.strip_bidi_controls(source)
    with transaction.atomic():
        existing = _existing(author, submission_key)
        if existing is not None:
            return Outcome(existing, duplicate=True)
        rendered = render_source(source)
        reasons = _hold_reasons(author, [title, source], rendered[0], attachment)
        topic = Topic.objects.create(
            category=category,
            title=title,
            author=author,
            language=language,
            is_question=is_question,
            status=Status.HELD if reasons else Status.PUBLISHED,
        )
        post = _save_post(topic, author, source, rendered, reasons, submission_key, opening=True)
        _attach(post, author, attachment)
        notify.subscribe_author(author, topic)
        Draft.objects.filter(user=author, topic=None, category=category).delete()
        if post.is_published:
            publish_effects(post)
        return Outcome(post)


def create_reply(
    author, topic: Topic, source: str, *, submission_key=None, attachment=None
) -> Outcome:
    source = guard.strip_bidi_controls(source)
    with transaction.atomic():
        topic = Topic.objects.select_for_update().get(pk=topic.pk)
        existing = _existing(author, submission_key, topic, source)
        if existing is not None:
            return Outcome(existing, duplicate=True)
        if topic.locked and not community.is_moderator(author):
            raise PostingError(_("This topic is locked. New replies are not accepted."), 403)
        if topic.status != Status.PUBLISHED and not community.is_moderator(author):
            raise PostingError(
                _("This topic is waiting for a moderator. You can reply once it is published."),
                409,
            )
        rendered = render_source(source)
        reasons = _hold_reasons(author, [source], rendered[0], attachment)
        post = _save_post(topic, author, source, rendered, reasons, submission_key)
        _attach(post, author, attachment)
        notify.subscribe_author(author, topic)
        Draft.objects.filter(user=author, topic=topic).delete()
        if post.is_published:
            publish_effects(post)
        return Outcome(post)


def edit_post(
    editor,
    post: Post,
    source: str,
    title: str | None = None,
    *,
    is_question: bool | None = None,
    language: str | None = None,
) -> Outcome:
    """Change a post's text, keeping the old text as a revision for moderators.

    An edit passes the guard again: adding a phone number to a published post holds it.
    """
    is_moderator = community.is_moderator(editor)
    if post.author_id != editor.pk and not is_moderator:
        raise PostingError(_("You can only edit your own posts."), 403)
    if post.status in (Status.HIDDEN, Status.REDACTED) and not is_moderator:
        raise PostingError(_("A moderator has removed this post; it cannot be edited."), 403)
    source = guard.strip_bidi_controls(source)
    title = guard.strip_bidi_controls(title) if title is not None else None
    with transaction.atomic():
        post = Post.objects.select_for_update().select_related("topic").get(pk=post.pk)
        PostRevision.objects.create(post=post, source=post.source, edited_by=editor)
        texts = [source] + ([title] if title is not None else [])
        html, mentioned = render_source(source)
        reasons = _guard_reasons(texts, html)
        was_published = post.is_published
        post.source = source
        post.html = html
        post.edited_at = timezone.now()
        if reasons and not is_moderator:
            post.status = Status.HELD
            post.hold_reasons = reasons
        elif post.status == Status.HELD:
            # Once held, a post waits for a moderator even when an edit removes what held it,
            # so that an edit cannot slip text past review.
            kept = [code for code in post.hold_reasons if code == "new_member"]
            post.hold_reasons = kept or ["edited"]
        post.save()
        Mention.objects.filter(post=post).delete()
        Mention.objects.bulk_create([Mention(post=post, user=user) for user in mentioned])
        if post.is_opening:
            topic = post.topic
            for field, value in (
                ("title", title),
                ("is_question", is_question),
                ("language", language),
            ):
                if value is not None:
                    setattr(topic, field, value)
            topic.save(update_fields=["title", "is_question", "language"])
        if post.is_opening and post.status == Status.HELD:
            Topic.objects.filter(pk=post.topic_id).update(status=Status.HELD)
        if was_published and post.status == Status.HELD:
            notify.post_withdrawn(post)
        if is_moderator and post.author_id != editor.pk:
            ModerationAction.objects.create(
                moderator=editor, kind=ModerationAction.Kind.EDIT, post=post, topic=post.topic
            )
        return Outcome(post)


def accept_answer(user, topic: Topic, post: Post | None) -> None:
    """Mark `post` as the answer to a question topic (None clears it)."""
    if not topic.is_question:
        raise PostingError(_("Only questions have accepted answers."), 400)
    if topic.author_id != user.pk and not community.is_moderator(user):
        raise PostingError(_("Only the person who asked can accept an answer."), 403)
    if post is not None and (post.topic_id != topic.pk or post.is_opening or not post.is_published):
        raise PostingError(_("Choose a published reply in this topic."), 400)
    with transaction.atomic():
        topic.accepted_post = post
        topic.save(update_fields=["accepted_post"])
        if post is not None:
            notify.answer_accepted(post)


def toggle_helpful(user, post: Post) -> bool:
    """Mark or unmark a post as helpful; True when it is now marked."""
    if post.author_id == user.pk:
        raise PostingError(_("You cannot mark your own post as helpful."), 400)
    deleted, _rows = Reaction.objects.filter(post=post, user=user).delete()
    if deleted:
        return False
    Reaction.objects.get_or_create(post=post, user=user)
    return True


def save_draft(user, *, topic=None, category=None, title="", source="") -> Draft:
    draft, _created = Draft.objects.update_or_create(
        user=user, topic=topic, category=category, defaults={"title": title, "source": source}
    )
    return draft
