"""Shared helpers for the community tests."""

from cop.models import Category, CommunityPage, Topic

BASE = "/en/community/"


def category(slug="americas") -> Category:
    return Category.objects.get(slug=slug)


def topic_titled(fragment) -> Topic:
    return Topic.objects.get(title__contains=fragment)


def community_page(code="en") -> CommunityPage:
    return CommunityPage.objects.get(locale__language_code=code, alias_of=None)


def new_topic(client, title, source, slug="americas", **extra):
    """Post the new-topic form as a browser would: get it first for its one-time key."""
    form = client.get(f"{BASE}c/{slug}/new/").context["form"]
    data = {
        "title": title,
        "source": source,
        "language": extra.pop("language", "en"),
        "submission_key": str(form.initial["submission_key"]),
        "action": "post",
        **extra,
    }
    return client.post(f"{BASE}c/{slug}/new/", data)


def reply(client, topic, source, **extra):
    form = client.get(f"{BASE}t/{topic.pk}/reply/").context["form"]
    data = {
        "source": source,
        "submission_key": str(form.initial["submission_key"]),
        "action": "post",
        **extra,
    }
    return client.post(f"{BASE}t/{topic.pk}/reply/", data)
