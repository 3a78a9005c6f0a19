"""The moderators' screens: one queue (held posts and reports), the log, edit history, and
the buttons that release, hide, redact, lock, pin and move."""

from django.contrib import messages
from django.db.models import Exists, OuterRef, Prefetch, Q
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext_lazy as _

from cop import forms, moderation
from cop.models import Flag, ModerationAction, Post, Topic
from cop.models.forum import Status
from cop.posting import PostingError
from cop.views.common import paginate, render, require_moderator, require_post, url

LOG_PER_PAGE = 50
Kind = ModerationAction.Kind


def queue(page, request):
    require_moderator(request)
    reported = Flag.objects.filter(post=OuterRef("pk"), resolved_at__isnull=True)
    posts = (
        Post.objects.filter(Q(status=Status.HELD) | Exists(reported))
        .select_related("topic__category", "author__cop_profile")
        .prefetch_related(Prefetch("flags", queryset=Flag.objects.filter(resolved_at=None)))
        .order_by("created_at", "pk")[:100]
    )
    return render(
        page,
        request,
        "cop/queue.html",
        {"posts": posts, "note_form": forms.ModerationForm()},
    )


def log(page, request):
    require_moderator(request)
    actions = ModerationAction.objects.select_related(
        "moderator__cop_profile", "topic", "post"
    ).order_by("-created_at", "-pk")
    actions = paginate(request, actions, LOG_PER_PAGE)
    return render(page, request, "cop/log.html", {"actions": actions})


def history(page, request, post_id):
    require_moderator(request)
    post = get_object_or_404(Post.objects.select_related("topic"), pk=post_id)
    revisions = post.revisions.select_related("edited_by__cop_profile")
    return render(page, request, "cop/history.html", {"post": post, "revisions": revisions})


POST_ACTIONS = {
    "release": (moderation.release, _("The post is published.")),
    "hide": (moderation.hide, _("The post is hidden.")),
    "unhide": (moderation.unhide, _("The post is shown again.")),
    "redact": (moderation.redact, _("The post is redacted: its text is gone everywhere.")),
    "dismiss": (moderation.dismiss_flags, _("The reports are dismissed.")),
}


def post_action(page, request, post_id):
    require_moderator(request)
    if refused := require_post(request):
        return refused
    post = get_object_or_404(Post.objects.select_related("topic"), pk=post_id)
    action = POST_ACTIONS.get(request.POST.get("action", ""))
    form = forms.ModerationForm(request.POST)
    if action is None or not form.is_valid():
        message = _("Choose one of the moderation actions.")
        return render(page, request, "cop/refused.html", {"message": message}, status=400)
    do, done = action
    try:
        do(request.user, post, form.cleaned_data["note"])
    except PostingError as error:
        return render(page, request, "cop/refused.html", {"message": error.message}, error.status)
    messages.success(request, done)
    if request.POST.get("next") == "queue":
        return redirect(url(page, request, "queue"))
    return redirect(url(page, request, "topic", post.topic_id))


TOPIC_ACTIONS = {
    "lock": (Kind.LOCK, _("The topic is locked.")),
    "unlock": (Kind.UNLOCK, _("The topic is open for replies again.")),
    "pin": (Kind.PIN, _("The topic is pinned.")),
    "unpin": (Kind.UNPIN, _("The topic is no longer pinned.")),
}


def topic_action(page, request, topic_id):
    require_moderator(request)
    if refused := require_post(request):
        return refused
    topic = get_object_or_404(Topic, pk=topic_id)
    action = request.POST.get("action", "")
    if action == "move":
        form = forms.MoveForm(request.POST)
        if not form.is_valid():
            message = _("Choose the category to move the topic to.")
            return render(page, request, "cop/refused.html", {"message": message}, status=400)
        moderation.move(
            request.user, topic, form.cleaned_data["category"], form.cleaned_data["note"]
        )
        messages.success(request, _("The topic is moved."))
    elif action in TOPIC_ACTIONS:
        kind, done = TOPIC_ACTIONS[action]
        moderation.set_topic_flag(request.user, topic, kind)
        messages.success(request, done)
    else:
        message = _("Choose one of the moderation actions.")
        return render(page, request, "cop/refused.html", {"message": message}, status=400)
    return redirect(url(page, request, "topic", topic.pk))
