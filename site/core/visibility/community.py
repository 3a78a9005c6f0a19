"""Who may see what in the Community of Practice (cop): the forum, its members and files.

Membership is a group: Focal points or Community moderators (and superusers). Non-members see
nothing at all: no topic, post, name, count or file. Among members, a post that is held for
review, hidden or redacted is seen only by its author and the moderators, and is never sent by
e-mail or put in any index, to anyone, until a moderator publishes it.

The community's page in the tree carries a GROUPS view restriction with the same two groups,
so the page rules in `core.visibility.pages` hide it from menus, search and sitemaps as well.
"""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.db import connection
from django.db.models import Q, QuerySet

from core.roles import FOCAL_POINTS, MODERATORS, user_groups
from core.visibility.audience import NOBODY, groups_token

MEMBER_GROUPS = (FOCAL_POINTS, MODERATORS)
PUBLISHED = "published"


def is_member(user) -> bool:
    """May this user enter the community at all?"""
    if user is None or not user.is_authenticated or not user.is_active:
        return False
    return user.is_superuser or bool(user_groups(user) & set(MEMBER_GROUPS))


def is_moderator(user) -> bool:
    if user is None or not user.is_authenticated or not user.is_active:
        return False
    return user.is_superuser or MODERATORS in user_groups(user)


def members(queryset: QuerySet | None = None) -> QuerySet:
    """The users who are members (the directory, mentions and recipients come from here)."""
    queryset = get_user_model().objects.all() if queryset is None else queryset
    return queryset.filter(
        Q(is_superuser=True) | Q(groups__name__in=MEMBER_GROUPS), is_active=True
    ).distinct()


def visible_categories(user, queryset: QuerySet | None = None) -> QuerySet:
    from cop.models import Category

    queryset = Category.objects.all() if queryset is None else queryset
    return queryset if is_member(user) else queryset.none()


def visible_topics(user, queryset: QuerySet | None = None) -> QuerySet:
    """Topics this user may see: published ones, plus their own held ones (all for moderators)."""
    from cop.models import Topic

    queryset = Topic.objects.all() if queryset is None else queryset
    if not is_member(user):
        return queryset.none()
    if is_moderator(user):
        return queryset
    return queryset.filter(Q(status=PUBLISHED) | Q(author=user))


def visible_posts(user, queryset: QuerySet | None = None) -> QuerySet:
    """Posts this user may read: published posts in topics they see, and their own posts."""
    from cop.models import Post

    queryset = Post.objects.all() if queryset is None else queryset
    if not is_member(user):
        return queryset.none()
    if is_moderator(user):
        return queryset
    return queryset.filter(Q(status=PUBLISHED, topic__status=PUBLISHED) | Q(author=user))


def has_own_unpublished(user) -> bool:
    """Has this member a topic or post others cannot see (held, hidden or redacted)? Only they
    and the moderators see it, so their pages are not the other members' pages. (A reply of
    theirs in a topic hidden later shows nowhere: the topic is hidden from them too.)"""
    from cop.models import Post, Topic

    if not is_member(user) or is_moderator(user):
        return False
    # Asked on every page a member reads: two EXISTS on partial indexes, in SQL because the
    # ORM takes several times longer to build this than the database takes to answer it.
    posts, topics = Post._meta.db_table, Topic._meta.db_table
    sql = (
        f"SELECT EXISTS(SELECT 1 FROM {posts} WHERE author_id = %s AND status <> %s) "  # noqa: S608
        f"OR EXISTS(SELECT 1 FROM {topics} WHERE author_id = %s AND status <> %s)"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [user.pk, PUBLISHED, user.pk, PUBLISHED])
        return bool(cursor.fetchone()[0])


def can_view_post(user, post) -> bool:
    if not is_member(user):
        return False
    if is_moderator(user) or post.author_id == user.pk:
        return True
    return post.status == PUBLISHED and post.topic.status == PUBLISHED


def can_view_attachment(user, attachment) -> bool:
    """Files follow their post; a file not yet attached is its uploader's alone."""
    if not is_member(user):
        return False
    if attachment.post_id is None:
        return attachment.uploader_id == user.pk
    return can_view_post(user, attachment.post)


def notifiable_posts(queryset: QuerySet | None = None) -> QuerySet:
    """Posts that may leave the site (e-mail, digest) or enter an index: published only."""
    from cop.models import Post

    queryset = Post.objects.all() if queryset is None else queryset
    return queryset.filter(status=PUBLISHED, topic__status=PUBLISHED)


def post_audience(post) -> str:
    """The audience token of a post's search entry: the members once it is published (with
    its topic), nobody before."""
    if post.status != PUBLISHED or post.topic.status != PUBLISHED:
        return NOBODY
    return groups_token(MEMBER_GROUPS)


def may_notify(user, post) -> bool:
    """Checked per recipient at send time: a member, and a post that is published now.

    Held or hidden posts are never e-mailed, not even to their author.
    """
    return (
        is_member(user)
        and bool(user.email)
        and post.status == PUBLISHED
        and post.topic.status == PUBLISHED
    )
