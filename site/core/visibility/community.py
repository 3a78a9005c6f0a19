"""Who may enter the Community of Practice (cop), and the questions every surface asks about it.

Membership is a group: Focal points or Community moderators (and superusers). Non-members see
nothing at all: no topic, post, name, count or file. Among members, a post that is held for
review, hidden or redacted is seen only by its author and the moderators, and is never sent by
e-mail or put in any index, to anyone, until a moderator publishes it.

Membership is answered here. The forum's content (categories, topics, posts, files) belongs to
the cop app, which registers its rules as the "community" kind (core.visibility.registry); the
questions below pass to those rules, so every surface still asks here and core imports no app.

The community's page in the tree carries a GROUPS view restriction with the same two groups,
so the page rules in `core.visibility.pages` hide it from menus, search and sitemaps as well.
"""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.db.models import Q, QuerySet

from core.roles import FOCAL_POINTS, MODERATORS, user_groups
from core.visibility import registry

MEMBER_GROUPS = (FOCAL_POINTS, MODERATORS)
KIND = "community"


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


def _forum():
    return registry.rules(KIND)


def visible_categories(user, queryset: QuerySet | None = None) -> QuerySet:
    """Categories this user may see: all of them for members, none for others."""
    return _forum().visible_categories(user, queryset)


def visible_topics(user, queryset: QuerySet | None = None) -> QuerySet:
    """Topics this user may see: published ones, plus their own held ones (all for moderators)."""
    return _forum().visible_topics(user, queryset)


def visible_posts(user, queryset: QuerySet | None = None) -> QuerySet:
    """Posts this user may read: published posts in topics they see, and their own posts."""
    return _forum().visible_posts(user, queryset)


def has_own_unpublished(user) -> bool:
    """Has this member a topic or post others cannot see (held, hidden or redacted)? Only they
    and the moderators see it, so their pages are not the other members' pages. (A reply of
    theirs in a topic hidden later shows nowhere: the topic is hidden from them too.)"""
    return _forum().has_own_unpublished(user)


def can_view_post(user, post) -> bool:
    """May this user read this post?"""
    return _forum().can_view_post(user, post)


def can_view_attachment(user, attachment) -> bool:
    """Files follow their post; a file not yet attached is its uploader's alone."""
    return _forum().can_view_attachment(user, attachment)


def notifiable_posts(queryset: QuerySet | None = None) -> QuerySet:
    """Posts that may leave the site (e-mail, digest) or enter an index: published only."""
    return _forum().notifiable_posts(queryset)


def post_audience(post) -> str:
    """The audience token of a post's search entry: the members once it is published (with
    its topic), nobody before."""
    return _forum().post_audience(post)


def may_notify(user, post) -> bool:
    """Checked per recipient at send time: a member, and a post that is published now.

    Held or hidden posts are never e-mailed, not even to their author.
    """
    return _forum().may_notify(user, post)
