"""Small things a member does to a post or topic: helpful, accept, report, follow."""

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _

from cop import forms, moderation, posting
from cop.models import Post, Subscription
from cop.views.common import render, require_member, require_post, url
from core.visibility import community


def _visible_post(request, post_id):
    return get_object_or_404(
        community.visible_posts(request.user, Post.objects.select_related("topic")), pk=post_id
    )


def _refused(page, request, error):
    return render(page, request, "cop/refused.html", {"message": error.message}, error.status)


def helpful(page, request, post_id):
    require_member(request)
    if refused := require_post(request):
        return refused
    post = _visible_post(request, post_id)
    try:
        posting.toggle_helpful(request.user, post)
    except posting.PostingError as error:
        return _refused(page, request, error)
    return redirect(url(page, request, "post", post.pk))


def accept(page, request, post_id):
    require_member(request)
    if refused := require_post(request):
        return refused
    post = _visible_post(request, post_id)
    chosen = None if request.POST.get("clear") else post
    try:
        posting.accept_answer(request.user, post.topic, chosen)
    except posting.PostingError as error:
        return _refused(page, request, error)
    messages.success(
        request, _("Answer accepted.") if chosen else _("The accepted answer is cleared.")
    )
    return redirect(url(page, request, "post", post.pk))


def flag(page, request, post_id):
    require_member(request)
    post = _visible_post(request, post_id)
    if request.method != "POST":
        return render(page, request, "cop/flag.html", {"post": post, "form": forms.FlagForm()})
    form = forms.FlagForm(request.POST)
    if not form.is_valid():
        return render(page, request, "cop/flag.html", {"post": post, "form": form}, status=400)
    moderation.flag(request.user, post, form.cleaned_data["reason"], form.cleaned_data["note"])
    messages.success(request, _("Thank you. The moderators will look at this post."))
    return redirect(url(page, request, "topic", post.topic_id))


def _follow(request, target_filter):
    form = forms.FollowForm(request.POST)
    if not form.is_valid():
        return False
    level = form.cleaned_data["level"]
    if level:
        Subscription.objects.update_or_create(
            user=request.user, **target_filter, defaults={"level": level}
        )
    else:
        Subscription.objects.filter(user=request.user, **target_filter).delete()
    messages.success(request, _("Your notification setting is saved."))
    return True


def follow_topic(page, request, topic_id):
    require_member(request)
    if refused := require_post(request):
        return refused
    topic = get_object_or_404(community.visible_topics(request.user), pk=topic_id)
    if not _follow(request, {"topic": topic}):
        return _refused(page, request, posting.PostingError(_("Choose a level."), 400))
    return redirect(url(page, request, "topic", topic.pk))


def follow_category(page, request, slug):
    require_member(request)
    if refused := require_post(request):
        return refused
    category = get_object_or_404(community.visible_categories(request.user), slug=slug)
    if not _follow(request, {"category": category}):
        return _refused(page, request, posting.PostingError(_("Choose a level."), 400))
    return redirect(url(page, request, "category", category.slug))
