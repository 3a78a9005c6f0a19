"""Demo content for the community, loaded by `manage.py seed_demo`. Idempotent."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.models import PageViewRestriction

from cop import demo_content, factories
from cop.models import CommunityPage, Subscription
from cop.models.forum import Status
from cop.models.notifications import Level
from core import roles, seeding

SLUG = "community"


def seed(home):
    """The community page (en, fr, es, ar), its restriction, members and threads."""
    page = _page(home)
    people = _members()
    categories = {
        entry["slug"]: factories.category(position=number, **entry)
        for number, entry in enumerate(demo_content.CATEGORIES)
    }
    for thread in demo_content.THREADS:
        _thread(thread, categories, people)
    return page


def _page(home):
    english = demo_content.PAGE["en"]
    page = seeding.ensure_child(home, CommunityPage, SLUG, show_in_menus=True, **english)
    for code in ("fr", "es", "ar"):
        seeding.ensure_translation(page, code, **demo_content.PAGE[code])
    # One restriction, on the English page only (made after the translations so it is not
    # copied to them): core.visibility carries it to translations and aliases.
    if not PageViewRestriction.objects.filter(page=page).exists():
        restriction = PageViewRestriction.objects.create(
            page=page, restriction_type=PageViewRestriction.GROUPS
        )
        restriction.groups.set(
            Group.objects.filter(name__in=[roles.FOCAL_POINTS, roles.MODERATORS])
        )
    return page


def _members():
    User = get_user_model()
    people = {}
    for username, fields in demo_content.EXTRA_MEMBERS.items():
        user, created = User.objects.get_or_create(
            username=username, defaults={"email": f"{username}@example.org"}
        )
        if created:
            user.set_unusable_password()
            user.save()
            user.groups.add(*Group.objects.filter(name__in=[roles.PERSONNEL, roles.FOCAL_POINTS]))
        factories.profile(user, **fields)
        people[username] = user
    for username, fields in demo_content.PROFILES.items():
        user = User.objects.get(username=username)
        factories.profile(user, **fields)
        people[username] = user
    return people


def _thread(thread, categories, people):
    posts = thread["posts"]
    topic, created = factories.topic(
        categories[thread["category"]],
        people[thread["author"]],
        thread["title"],
        posts[0][1],
        language=thread["language"],
        is_question=thread.get("question", False),
        pinned=thread.get("pinned", False),
    )
    if not created:
        return
    replies = [factories.post(topic, people[author], text) for author, text in posts[1:]]
    if "accept" in thread:
        topic.accepted_post = replies[thread["accept"] - 1]
    topic.locked = thread.get("locked", False)
    topic.save(update_fields=["accepted_post", "locked"])
    if "held" in thread:
        author, text, reasons = thread["held"]
        factories.post(topic, people[author], text, status=Status.HELD, hold_reasons=reasons)
    for user in {people[author] for author, _text in posts}:
        Subscription.objects.get_or_create(user=user, topic=topic, defaults={"level": Level.WATCH})
