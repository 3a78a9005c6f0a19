"""The community's demo (content/cop/), loaded by `manage.py seed_demo`: its page, categories,
members and de-identified threads in several languages. Idempotent.

A thread's first post opens it; `accept` names the accepted reply (1 for the first reply);
`held` is a post waiting for a moderator, with the reasons the guard gave."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.models import PageViewRestriction

from cop import factories
from cop.models import CommunityPage, Subscription
from cop.models.forum import Status
from cop.models.notifications import Level
from core import roles
from demo import content, seeding

SLUG = "community"
PAGE = content.read("cop/page")
PAGE_TEXT = ("title", "intro", "guidelines")
CATEGORIES = content.read_all("cop/categories")
# Fictional members besides the demo sign-in users; they cannot sign in.
EXTRA_MEMBERS = {
    member.pop("username"): member for member in content.read("cop/members")["members"]
}
# The demo sign-in users' profiles.
PROFILES = {
    profile.pop("username"): profile for profile in content.read("cop/profiles")["profiles"]
}
THREADS = content.read_all("cop/threads")


def seed(home):
    """The community page (en, fr, es, ar), its restriction, members and threads."""
    page = _page(home)
    people = _members()
    categories = {
        entry["slug"]: factories.category(position=number, **_category_fields(entry))
        for number, entry in enumerate(CATEGORIES)
    }
    for thread in THREADS:
        _thread(thread, categories, people)
    return page


def _category_fields(entry):
    """A category's fields: its English name and description, the other languages as its
    translations."""
    name, description = entry["name"], entry.get("description", {})
    translations = {
        code: {"name": name[code]}
        | ({"description": description[code]} if code in description else {})
        for code in name
        if code != "en"
    }
    return {
        "slug": entry["slug"],
        "name": name["en"],
        "kind": entry["kind"],
        "description": description.get("en", ""),
        "translations": translations,
    }


def _page(home):
    english = content.in_language(PAGE, "en", PAGE_TEXT)
    page = seeding.ensure_child(home, CommunityPage, SLUG, show_in_menus=True, **english)
    for code in ("fr", "es", "ar"):
        seeding.ensure_translation(page, code, **content.in_language(PAGE, code, PAGE_TEXT))
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
    for username, fields in EXTRA_MEMBERS.items():
        user, created = User.objects.get_or_create(
            username=username, defaults={"email": f"{username}@example.org"}
        )
        if created:
            user.set_unusable_password()
            user.save()
            user.groups.add(*Group.objects.filter(name__in=[roles.PERSONNEL, roles.FOCAL_POINTS]))
        factories.profile(user, **fields)
        people[username] = user
    for username, fields in PROFILES.items():
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
        posts[0]["text"],
        language=thread["language"],
        is_question=thread.get("question", False),
        pinned=thread.get("pinned", False),
    )
    if not created:
        return
    replies = [factories.post(topic, people[post["author"]], post["text"]) for post in posts[1:]]
    if "accept" in thread:
        topic.accepted_post = replies[thread["accept"] - 1]
    topic.locked = thread.get("locked", False)
    topic.save(update_fields=["accepted_post", "locked"])
    if "held" in thread:
        held = thread["held"]
        factories.post(
            topic,
            people[held["author"]],
            held["text"],
            status=Status.HELD,
            hold_reasons=held["reasons"],
        )
    for user in {people[post["author"]] for post in posts}:
        Subscription.objects.get_or_create(user=user, topic=topic, defaults={"level": Level.WATCH})
