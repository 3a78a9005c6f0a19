"""Reading the forum: categories, topic lists, topics page by page, the feed."""

from django.db.models import Count
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from cop import forms, personal
from cop.models import Category, Post, Reaction, ReadState, Topic
from cop.views.common import (
    POSTS_PER_PAGE,
    TOPICS_PER_PAGE,
    paginate,
    render,
    require_member,
    shareable,
    shared_page,
    url,
)
from core.page_cache import fragments, generations
from core.visibility import community

FOLLOW_LEVELS = forms.FollowForm.base_fields["level"].choices


def _topics(user):
    return community.visible_topics(user, Topic.objects.select_related("category"))


def _index_listing(user) -> dict:
    counts = dict(
        community.visible_topics(user)
        .values_list("category_id")
        .annotate(count=Count("pk"))
        .values_list("category_id", "count")
    )
    categories = list(community.visible_categories(user))
    for category in categories:
        category.topic_count = counts.get(category.pk, 0)
    return {
        "themes": [c for c in categories if c.kind == Category.THEME],
        "regions": [c for c in categories if c.kind == Category.REGION],
        "latest": list(_topics(user).order_by("-last_posted_at", "-pk")[:10]),
    }


def index(page, request):
    require_member(request)
    user = request.user
    listing = fragments.shared(
        request,
        "forum-index",
        [page.pk, get_language()],
        [generations.FORUM, generations.FORUM_LATEST],
        lambda: _index_listing(user),
        keep=lambda listing: shareable(request, listing["latest"]),
    )
    personal.mark_unread(user, listing["latest"])
    return render(page, request, "cop/forum_index.html", listing)


def category(page, request, slug):
    require_member(request)
    user = request.user
    category = get_object_or_404(community.visible_categories(user), slug=slug)
    topics = shared_page(
        request,
        "forum-category",
        [category.pk],
        [generations.FORUM, generations.category(category.pk)],
        _topics(user).filter(category=category).order_by("-pinned", "-last_posted_at", "-pk"),
        TOPICS_PER_PAGE,
    )
    personal.mark_unread(user, topics.object_list)
    return render(
        page,
        request,
        "cop/category.html",
        {
            "category": category,
            "topics": topics,
            "follow_levels": FOLLOW_LEVELS,
            "follow_level": personal.follow_level(user, category=category),
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
    personal.mark_unread(request.user, topics.object_list)
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
        .order_by("pk")
    )


def _count_helpful(posts) -> None:
    """Each post's "helpful" count, for one page of posts in one query (an annotation on the
    posts would make the paginator's count join every reaction of the topic)."""
    counts = dict(
        Reaction.objects.filter(post__in=[post.pk for post in posts])
        .values_list("post")
        .annotate(count=Count("pk"))
    )
    for post in posts:
        post.helpful_count = counts.get(post.pk, 0)


def topic(page, request, topic_id):
    require_member(request)
    user = request.user
    topic = _visible_topic(request, topic_id)
    posts = shared_page(
        request,
        "forum-topic",
        [topic.pk],
        [generations.FORUM, generations.topic(topic.pk)],
        _posts(user, topic),
        POSTS_PER_PAGE,
        complete=_count_helpful,
    )
    newest = max((post.pk for post in posts.object_list), default=0)
    if newest:
        mark_read(user, topic.pk, newest)
    personal.mark_helpful(user, posts.object_list)
    context = {
        "topic": topic,
        "posts": posts,
        "reply_form": forms.PostForm(initial={"source": personal.draft_source(user, topic)}),
        "reply_url": url(page, request, "reply", topic.pk),
        "follow_levels": FOLLOW_LEVELS,
        "follow_level": personal.follow_level(user, topic=topic),
        "follow_url": url(page, request, "follow_topic", topic.pk),
        "can_reply": not topic.locked or community.is_moderator(user),
    }
    if community.is_moderator(user):
        context["move_form"] = forms.MoveForm(initial={"category": topic.category_id})
    return render(page, request, "cop/topic.html", context)


def mark_read(user, topic_id: int, newest: int) -> None:
    """The member has seen the topic up to post `newest`: a write only when the place moves
    forward (reading page 1 again keeps the place reached on page 5)."""
    ReadState.objects.advance(user, topic_id, newest)


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
