"""E-mails from the community, immediate or as digests. Knows nothing of HTTP.

Every message is checked when it is sent, per recipient, through core.visibility: the member
must still be a member and each post must still be published. A member who asked for
content-free e-mails gets only "there is something new", with a link.
"""

from __future__ import annotations

from django.conf import settings
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.html import strip_tags
from django.utils.text import Truncator

from cop import links
from cop.models import DigestRun, Notification
from cop.models.members import EmailMode
from cop.people import display_name, ensure_profile
from core.links import absolute
from core.visibility import community

EXCERPT_WORDS = 80


def _items(notifications) -> list[dict]:
    items = []
    for notification in notifications:
        post = notification.post
        items.append(
            {
                "kind": notification.get_kind_display(),
                "topic": post.topic.title,
                "author": display_name(post.author),
                "excerpt": Truncator(strip_tags(post.html)).words(EXCERPT_WORDS),
                "url": absolute(links.post(post.pk)),
            }
        )
    return items


def _deliverable(user, notifications) -> list[Notification]:
    return [n for n in notifications if community.may_notify(user, n.post)]


def _send(user, profile, notifications, digest_period=None) -> None:
    language = (profile.language_codes or [settings.LANGUAGE_CODE])[0]
    with translation.override(language):
        context = {
            "name": profile.display_name,
            "count": len(notifications),
            "content_free": profile.content_free_email,
            "items": [] if profile.content_free_email else _items(notifications),
            "notifications_url": absolute(links.notifications()),
            "settings_url": absolute(links.settings()),
            "period": digest_period,
        }
        subject = render_to_string("cop/email/subject.txt", context).strip()
        body = render_to_string("cop/email/notification.txt", context)
    send_mail(subject, body, None, [user.email])


def _pending(queryset):
    return queryset.select_related("post__topic", "post__author__cop_profile", "recipient")


def send_immediate(notification_ids: list[int]) -> int:
    """One e-mail per notification not yet sent; returns how many went out."""
    sent = 0
    notifications = _pending(
        Notification.objects.filter(pk__in=notification_ids, emailed_at__isnull=True)
    )
    for notification in notifications:
        user = notification.recipient
        profile = ensure_profile(user)
        if profile.email_mode != EmailMode.IMMEDIATE:
            continue
        if not _deliverable(user, [notification]):
            continue
        with transaction.atomic():
            claimed = Notification.objects.filter(
                pk=notification.pk, emailed_at__isnull=True
            ).update(emailed_at=timezone.now())
            if claimed:
                _send(user, profile, [notification])
                sent += 1
    return sent


def period_key(period: str, now=None) -> str:
    now = timezone.localtime(now or timezone.now())
    if period == EmailMode.WEEKLY:
        year, week, _day = now.isocalendar()
        return f"{year}-W{week:02d}"
    return now.date().isoformat()


def send_digests(period: str, now=None) -> int:
    """One digest per member who chose `period`, at most once per period; returns the count."""
    if period not in (EmailMode.DAILY, EmailMode.WEEKLY):
        raise ValueError(f"unknown digest period: {period!r}")
    now = now or timezone.now()
    key = period_key(period, now)
    sent = 0
    recipients = community.members().filter(cop_profile__email_mode=period)
    for user in recipients.select_related("cop_profile"):
        if DigestRun.objects.filter(user=user, period=period, period_key=key).exists():
            continue
        notifications = list(
            _pending(
                Notification.objects.filter(
                    recipient=user,
                    email_wanted=True,
                    emailed_at__isnull=True,
                    created_at__lte=now,
                ).order_by("created_at")
            )
        )
        deliverable = _deliverable(user, notifications)
        if not deliverable:
            continue
        try:
            with transaction.atomic():
                DigestRun.objects.create(
                    user=user, period=period, period_key=key, notification_count=len(deliverable)
                )
                Notification.objects.filter(pk__in=[n.pk for n in deliverable]).update(
                    emailed_at=now
                )
                _send(user, user.cop_profile, deliverable, digest_period=period)
        except IntegrityError:
            continue  # Another run sent this period's digest first.
        sent += 1
    return sent
