"""Forum content made directly, for the demo seed and the tests.

These skip the confidentiality guard and pre-moderation on purpose: they describe content as
it already is (published, or held with a stated reason). Members' posts go through
cop.posting instead.
"""

from __future__ import annotations

from django.db.models import Max
from django.utils import timezone

from cop.models import Category, MemberProfile, Post, Topic
from cop.models.forum import Status
from cop.posting import render_source


def category(slug, name, kind=Category.THEME, description="", translations=None, position=0):
    found, _created = Category.objects.get_or_create(
        slug=slug,
        defaults={
            "name": name,
            "kind": kind,
            "description": description,
            "translations": translations or {},
            "position": position,
        },
    )
    return found


def profile(user, display_name, **fields) -> MemberProfile:
    languages = fields.pop("languages", [])
    found, created = MemberProfile.objects.get_or_create(
        user=user, defaults={"display_name": display_name, **fields}
    )
    if created and languages:
        found.language_codes = languages
        found.save(update_fields=["languages"])
    return found


def post(topic, author, source, *, status=Status.PUBLISHED, hold_reasons=()) -> Post:
    """Add a post at the end of `topic` and keep the topic's counters right."""
    html, _mentioned = render_source(source)
    opening = not topic.posts.exists()
    made = Post.objects.create(
        topic=topic,
        author=author,
        source=source,
        html=html,
        status=status,
        hold_reasons=list(hold_reasons),
        is_opening=opening,
    )
    if status == Status.PUBLISHED:
        if not opening:
            topic.reply_count += 1
        topic.last_posted_at = made.created_at
        topic.last_published_post_id = made.pk
        topic.save(update_fields=["reply_count", "last_posted_at", "last_published_post_id"])
    return made


def topic(category, author, title, source, *, language="en", is_question=False, **fields):
    """A published topic with its opening post; an existing one with this title is returned."""
    existing = Topic.objects.filter(category=category, title=title).first()
    if existing is not None:
        return existing, False
    made = Topic.objects.create(
        category=category,
        author=author,
        title=title,
        language=language,
        is_question=is_question,
        **fields,
    )
    post(made, author, source)
    return made, True


def many_replies(topic, authors, count, text="Thank you, this helps.") -> None:
    """`count` published replies in one go (bulk_create), for tests and benchmarks."""
    html, _mentioned = render_source(text)
    Post.objects.bulk_create(
        Post(topic=topic, author=authors[number % len(authors)], source=text, html=html)
        for number in range(count)
    )
    newest = topic.posts.aggregate(newest=Max("pk"))["newest"]
    Topic.objects.filter(pk=topic.pk).update(
        reply_count=topic.posts.filter(is_opening=False, status=Status.PUBLISHED).count(),
        last_published_post_id=newest,
        last_posted_at=timezone.now(),
    )
