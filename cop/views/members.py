"""The member directory, profiles, notification settings and the in-app notifications."""

from django.contrib import messages
from django.db.models import Q
from django.shortcuts import get_object_or_404, redirect
from django.utils import timezone
from django.utils.translation import gettext as _

from cop import forms
from cop.models import MemberProfile, Notification
from cop.people import ensure_profile
from cop.views.common import paginate, render, require_member, url
from core.visibility import community

MEMBERS_PER_PAGE = 30
NOTIFICATIONS_PER_PAGE = 30


def _member_profiles():
    return MemberProfile.objects.filter(user__in=community.members()).select_related("user")


def directory(page, request):
    require_member(request)
    ensure_profile(request.user)
    form = forms.DirectoryFilter(request.GET or None)
    profiles = _member_profiles()
    if form.is_valid():
        data = form.cleaned_data
        if data["q"]:
            words = data["q"].split()
            for word in words[:5]:
                profiles = profiles.filter(
                    Q(display_name__icontains=word)
                    | Q(office__icontains=word)
                    | Q(expertise__icontains=word)
                )
        if data["region"]:
            profiles = profiles.filter(region=data["region"])
        if data["role"]:
            # "Both" counts as PSEA and as SH.
            profiles = profiles.filter(role__in=[data["role"], "both"])
        if data["language"]:
            profiles = profiles.filter(languages__contains=f",{data['language']},")
    members = paginate(request, profiles.order_by("display_name", "pk"), MEMBERS_PER_PAGE)
    query = request.GET.copy()
    query.pop("page", None)
    context = {
        "form": form,
        "members": members,
        "filter_query": "&" + query.urlencode() if query else "",
    }
    return render(page, request, "cop/directory.html", context)


def profile(page, request, user_id):
    require_member(request)
    member = get_object_or_404(_member_profiles(), user_id=user_id)
    return render(page, request, "cop/member.html", {"member": member})


def edit_profile(page, request):
    require_member(request)
    profile = ensure_profile(request.user)
    form = forms.ProfileForm(request.POST or None, instance=profile)
    if request.method == "POST":
        if form.is_valid():
            form.save()
            messages.success(request, _("Your profile is saved."))
            return redirect(url(page, request, "member", request.user.pk))
        return render(page, request, "cop/edit_profile.html", {"form": form}, status=400)
    return render(page, request, "cop/edit_profile.html", {"form": form})


def notification_settings(page, request):
    require_member(request)
    profile = ensure_profile(request.user)
    form = forms.SettingsForm(request.POST or None, instance=profile)
    if request.method == "POST":
        if form.is_valid():
            form.save()
            messages.success(request, _("Your notification settings are saved."))
            return redirect(url(page, request, "settings"))
        return render(page, request, "cop/settings.html", {"form": form}, status=400)
    subscriptions = request.user.cop_subscriptions.select_related("topic", "category").filter(
        Q(category__isnull=False) | Q(topic__in=community.visible_topics(request.user))
    )
    return render(
        page, request, "cop/settings.html", {"form": form, "subscriptions": subscriptions}
    )


def notifications(page, request):
    require_member(request)
    user = request.user
    if request.method == "POST":
        Notification.objects.filter(recipient=user, read_at__isnull=True).update(
            read_at=timezone.now()
        )
        return redirect(url(page, request, "notifications"))
    # Only notifications about posts this member may still read.
    items = (
        Notification.objects.filter(recipient=user, post__in=community.visible_posts(user))
        .select_related("post__topic", "post__author__cop_profile")
        .order_by("-created_at", "-pk")
    )
    items = paginate(request, items, NOTIFICATIONS_PER_PAGE)
    unread = Notification.objects.filter(recipient=user, read_at__isnull=True).exists()
    return render(
        page, request, "cop/notifications.html", {"items": items, "unread_notifications": unread}
    )
