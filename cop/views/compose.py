"""Writing: new topics, replies and edits, with preview, server-kept drafts and the guard's
answer in plain words. A rejected text is always shown back to its author."""

from django.contrib import messages
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.utils.text import format_lazy
from django.utils.translation import gettext as _

from cop import forms, posting, rendering
from cop.models import Draft, Post, Topic
from cop.people import display_name
from cop.views.common import render, require_member, url
from core.visibility import community


def tell_author(request, outcome) -> None:
    """Say what happened to the post; a held post says why, in plain words."""
    post = outcome.post
    if outcome.duplicate:
        messages.info(request, _("This was already posted; it is shown below."))
    elif outcome.held:
        reasons = "; ".join(str(text) for text in post.hold_reason_texts())
        messages.warning(
            request,
            format_lazy(
                "{} {} {}",
                _("Your post is waiting for a moderator and only you and they can see it."),
                _("Why: %(reasons)s.") % {"reasons": reasons},
                _(
                    "Please edit it to remove names, contacts and case details; a moderator "
                    "will publish it or ask you to change it."
                ),
            ),
        )
    else:
        messages.success(request, _("Your post is published."))


def _action(request) -> str:
    return request.POST.get("action", "post")


def new_topic(page, request, slug):
    require_member(request)
    user = request.user
    category = get_object_or_404(community.visible_categories(user), slug=slug)
    context = {"category": category, "action": url(page, request, "new_topic", slug)}
    if request.method != "POST":
        draft = Draft.objects.filter(user=user, topic=None, category=category).first()
        initial = {"title": draft.title, "source": draft.source} if draft else {}
        initial["language"] = (
            request.LANGUAGE_CODE if request.LANGUAGE_CODE in forms.TOPIC_CODES else "en"
        )
        context["form"] = forms.TopicForm(initial=initial)
        return render(page, request, "cop/new_topic.html", context)
    form = forms.TopicForm(request.POST, request.FILES)
    context["form"] = form
    if _action(request) == "draft":
        posting.save_draft(
            user,
            category=category,
            title=request.POST.get("title", "")[:200],
            source=request.POST.get("source", "")[: forms.MAX_POST_LENGTH],
        )
        messages.success(request, _("Your draft is saved. Only you can see it."))
        return render(page, request, "cop/new_topic.html", context)
    if not form.is_valid():
        return render(page, request, "cop/new_topic.html", context, status=400)
    data = form.cleaned_data
    if _action(request) == "preview":
        context["preview"] = posting.render_source(data["source"])[0]
        return render(page, request, "cop/new_topic.html", context)
    outcome = posting.create_topic(
        user,
        category,
        data["title"],
        data["source"],
        is_question=data["is_question"],
        language=data["language"],
        submission_key=data["submission_key"],
        attachment=data["attachment"],
    )
    tell_author(request, outcome)
    return redirect(url(page, request, "topic", outcome.post.topic_id))


def reply(page, request, topic_id):
    require_member(request)
    user = request.user
    topic = get_object_or_404(
        community.visible_topics(user, Topic.objects.select_related("category")), pk=topic_id
    )
    context = {"topic": topic, "action": url(page, request, "reply", topic.pk)}
    if request.method != "POST":
        initial = {}
        quoted_id = request.GET.get("quote", "")
        if quoted_id.isdigit():
            quoted = community.visible_posts(user, Post.objects.filter(topic=topic)).filter(
                pk=int(quoted_id), status="published"
            )
            quoted = quoted.select_related("author__cop_profile").first()
            if quoted is not None:
                initial["source"] = rendering.quote(quoted.source, display_name(quoted.author))
        if "source" not in initial:
            draft = Draft.objects.filter(user=user, topic=topic).first()
            initial["source"] = draft.source if draft else ""
        context["form"] = forms.PostForm(initial=initial)
        return render(page, request, "cop/reply.html", context)
    form = forms.PostForm(request.POST, request.FILES)
    context["form"] = form
    if _action(request) == "draft":
        posting.save_draft(
            user, topic=topic, source=request.POST.get("source", "")[: forms.MAX_POST_LENGTH]
        )
        messages.success(request, _("Your draft is saved. Only you can see it."))
        return render(page, request, "cop/reply.html", context)
    if not form.is_valid():
        return render(page, request, "cop/reply.html", context, status=400)
    data = form.cleaned_data
    if _action(request) == "preview":
        context["preview"] = posting.render_source(data["source"])[0]
        return render(page, request, "cop/reply.html", context)
    try:
        outcome = posting.create_reply(
            user,
            topic,
            data["source"],
            submission_key=data["submission_key"],
            attachment=data["attachment"],
        )
    except posting.PostingError as error:
        context["error"] = error.message
        return render(page, request, "cop/reply.html", context, status=error.status)
    tell_author(request, outcome)
    return redirect(url(page, request, "post", outcome.post.pk))


def edit(page, request, post_id):
    require_member(request)
    user = request.user
    post = get_object_or_404(
        community.visible_posts(user, Post.objects.select_related("topic")), pk=post_id
    )
    if post.author_id != user.pk and not community.is_moderator(user):
        raise Http404
    form_class = forms.EditTopicForm if post.is_opening else forms.EditForm
    context = {"post": post, "topic": post.topic, "action": url(page, request, "edit", post.pk)}
    if request.method != "POST":
        initial = {"source": post.source}
        if post.is_opening:
            initial.update(
                title=post.topic.title,
                is_question=post.topic.is_question,
                language=post.topic.language,
            )
        context["form"] = form_class(initial=initial)
        return render(page, request, "cop/edit.html", context)
    form = form_class(request.POST)
    context["form"] = form
    if not form.is_valid():
        return render(page, request, "cop/edit.html", context, status=400)
    data = form.cleaned_data
    if _action(request) == "preview":
        context["preview"] = posting.render_source(data["source"])[0]
        return render(page, request, "cop/edit.html", context)
    try:
        outcome = posting.edit_post(
            user,
            post,
            data["source"],
            title=data.get("title"),
            is_question=data.get("is_question"),
            language=data.get("language"),
        )
    except posting.PostingError as error:
        context["error"] = error.message
        return render(page, request, "cop/edit.html", context, status=error.status)
    tell_author(request, outcome)
    return redirect(url(page, request, "post", post.pk))
