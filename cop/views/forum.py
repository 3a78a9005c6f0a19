"""Reading the forum: categories, topic lists, topics page by page, the feed."""

from django.db import connection
from django.db.models import Count
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.translation import gettext as _

from cop import forms
from cop.models import Category, Post, ReadState, Topic
from cop.models.forum import Status
from cop.views.common import (
    POSTS_PER_PAGE,
    TOPICS_PER_PAGE,
    paginate,
    render,
    require_member,
    url,
)
from core import page_cache
from core.page_cache import holes
from core.page_cache.generations import FORUM, PAGES
from core.visibility import community

# What the forum's pages show changes with the community page and with the forum itself.
AREAS = (PAGES, FORUM)
FOLLOW_LEVELS = forms.FollowForm.base_fields["level"].choices


def _store_if_shared(request, items) -> None:
    """Let the page be kept for other members (core.page_cache) unless it shows something only
    because this reader wrote it: their held, hidden or redacted posts and topics. The reader
    key already gives such members a key of their own; this checks what was actually shown."""
    user = request.user
    if community.is_moderator(user) or all(item.status == Status.PUBLISHED for item in items):
        page_cache.mark_for_storage(request, AREAS)


def _topics(user):
    return community.visible_topics(user, Topic.objects.select_related("category"))


def index(page, request):
    require_member(request)
    user = request.user
    counts = dict(
        community.visible_topics(user)
        .values_list("category_id")
        .annotate(count=Count("pk"))
        .values_list("category_id", "count")
    )
    categories = list(community.visible_categories(user))
    for category in categories:
        category.topic_count = counts.get(category.pk, 0)
    latest = list(_topics(user).order_by("-last_posted_at", "-pk")[:10])
    _store_if_shared(request, latest)
    return render(
        page,
        request,
        "cop/forum_index.html",
        {
            "themes": [c for c in categories if c.kind == Category.THEME],
            "regions": [c for c in categories if c.kind == Category.REGION],
            "latest": latest,
        },
    )


def category(page, request, slug):
    require_member(request)
    user = request.user
    category = get_object_or_404(community.visible_categories(user), slug=slug)
    topics = paginate(
        request,
        _topics(user).filter(category=category).order_by("-pinned", "-last_posted_at", "-pk"),
        TOPICS_PER_PAGE,
    )
    _store_if_shared(request, topics.object_list)
    return render(
        page,
        request,
        "cop/category.html",
        {
            "category": category,
            "topics": topics,
            "follow_levels": FOLLOW_LEVELS,
            "follow_url": url(page, request, "follow_category", category.slug),
        },
    )


def unanswered(page, request):
    require_member(request)
    topics = paginate(
        request,
        _topics(request.user)
        .filter(is_question=True, accepted_post__isnull=True)
        .order_by("reply_count", "-created_at", "-pk"),
        TOPICS_PER_PAGE,
    )
    return render(page, request, "cop/unanswered.html", {"topics": topics})


def _visible_topic(request, topic_id):
    return get_object_or_404(
        community.visible_topics(request.user, Topic.objects.select_related("category")),
        pk=topic_id,
    )


def _posts(user, topic):
    return (
        community.visible_posts(user, Post.objects.filter(topic=topic))
        .select_related("author__cop_profile")
        .prefetch_related("attachments")
        .annotate(helpful_count=Count("reactions"))
        .order_by("pk")
    )


def topic(page, request, topic_id):
    require_member(request)
    user = request.user
    topic = _visible_topic(request, topic_id)
    posts = paginate(request, _posts(user, topic), POSTS_PER_PAGE)
    newest = max((post.pk for post in posts.object_list), default=0)
    if newest:
        page_cache.repeat(request, mark_read, topic.pk, newest)
    draft = holes.text(request, "cop_draft", topic.pk)
    context = {
        "topic": topic,
        "posts": posts,
        "reply_form": forms.PostForm(initial={"source": draft}),
        "reply_url": url(page, request, "reply", topic.pk),
        "follow_levels": FOLLOW_LEVELS,
        "follow_url": url(page, request, "follow_topic", topic.pk),
        "can_reply": not topic.locked or community.is_moderator(user),
    }
    if community.is_moderator(user):
        context["move_form"] = forms.MoveForm(initial={"category": topic.category_id})
    _store_if_shared(request, [topic, *posts.object_list])
    return render(page, request, "cop/topic.html", context)


def mark_read(request, topic_id: int, newest: int) -> None:
    """The member has seen the topic up to post `newest` (also on answers from the cache).

    One statement on every topic page a member reads (PostgreSQL and SQLite both upsert), and
    a write only when the place moves forward: reading page 1 again keeps the place reached
    on page 5."""
    table = ReadState._meta.db_table
    sql = (
        f"INSERT INTO {table} (user_id, topic_id, last_read_post_id) VALUES (%s, %s, %s) "  # noqa: S608
        "ON CONFLICT (user_id, topic_id) DO UPDATE SET last_read_post_id = "
        f"excluded.last_read_post_id WHERE {table}.last_read_post_id < excluded.last_read_post_id"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [request.user.pk, topic_id, newest])


def _page_of(user, post) -> int:
    before = community.visible_posts(user, Post.objects.filter(topic_id=post.topic_id)).filter(
        pk__lt=post.pk
    )
    return before.count() // POSTS_PER_PAGE + 1


def _at_post(page, request, post):
    number = _page_of(request.user, post)
    target = url(page, request, "topic", post.topic_id)
    query = f"?page={number}" if number > 1 else ""
    return redirect(f"{target}{query}#post-{post.pk}")


def first_unread(page, request, topic_id):
    """To the first post this member has not seen, or to the last page when all are read."""
    require_member(request)
    user = request.user
    topic = _visible_topic(request, topic_id)
    last_read = (
        ReadState.objects.filter(user=user, topic=topic)
        .values_list("last_read_post_id", flat=True)
        .first()
        or 0
    )
    posts = community.visible_posts(user, Post.objects.filter(topic=topic))
    post = posts.filter(pk__gt=last_read).order_by("pk").first()
    if post is None:
        post = posts.order_by("-pk").first()
    if post is None:
        raise Http404
    return _at_post(page, request, post)


def post(page, request, post_id):
    """A post's permanent address: the page of its topic where it is."""
    require_member(request)
    post = get_object_or_404(community.visible_posts(request.user), pk=post_id)
    return _at_post(page, request, post)


def feed(page, request):
    """The newest topics, as Atom, for the signed-in member (never cached, never public)."""
    require_member(request)
    feed = Atom1Feed(
        title=_("Community: new topics"),
        link=request.build_absolute_uri(page.get_url(request)),
        description=_("New topics in the focal-point community"),
        language=request.LANGUAGE_CODE,
    )
    # A feed leaves the site (feed readers keep copies): published posts only, even for
    # moderators and authors.
    openings = (
        community.notifiable_posts(
            community.visible_posts(request.user, Post.objects.filter(is_opening=True))
        )
        .select_related("topic")
        .order_by("-pk")[:20]
    )
    for opening in openings:
        link = request.build_absolute_uri(url(page, request, "topic", opening.topic_id))
        feed.add_item(
            title=opening.topic.title,
            link=link,
            description=Truncator(strip_tags(opening.html)).words(60),
            pubdate=opening.created_at,
            unique_id=link,
        )
    response = HttpResponse(content_type="application/atom+xml; charset=utf-8")
    feed.write(response, "utf-8")
    return response
