"""Stable, language-neutral links to forum things, for e-mails, notifications and mentions.

They lead through /community/go/..., which sends a member to the right page of the topic in
their language and everyone else nowhere.
"""

from django.urls import reverse


def member(user_id: int) -> str:
    return reverse("cop:go_member", args=[user_id])


def post(post_id: int) -> str:
    return reverse("cop:go_post", args=[post_id])


def topic(topic_id: int) -> str:
    return reverse("cop:go_topic", args=[topic_id])


def notifications() -> str:
    return reverse("cop:go_notifications")


def settings() -> str:
    return reverse("cop:go_settings")
