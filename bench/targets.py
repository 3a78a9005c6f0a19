"""What the load runner asks for: one target per page type, the role that reads it, and the
signed-in sessions it needs. Runs inside Django (djangoenv.setup) against the bench database."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from urllib.parse import quote_plus

SIGNED_OUT = "signed-out"
SIGNED_IN = "signed-in"
SEARCH_QUERIES = ["report", "harassment", "training", "focal point", "checklist", "confidential"]


@dataclass
class Target:
    name: str
    role: str  # "anonymous" or a demo username
    paths: list[str] = field(default_factory=list)

    @property
    def audience(self) -> str:
        return SIGNED_OUT if self.role == "anonymous" else SIGNED_IN


def _url(model, **filters) -> str:
    page = model.objects.live().filter(alias_of__isnull=True, **filters).order_by("path").first()
    if page is None:
        raise SystemExit(f"no live {model.__name__} in the bench database")
    return page.get_url()


def build() -> list[Target]:
    from django.db.models import Count

    from campaigns.models import CampaignPage
    from cop.models import Category, CommunityPage, Topic
    from cop.models.forum import Status
    from guidance.models import PolicySummaryPage, WhereToGoPage
    from home.models import HomePage
    from toolkit.choices import ResourceType
    from toolkit.choices import Topic as ResourceTopic
    from toolkit.models import ResourcePage, ToolkitIndexPage

    english = {"locale__language_code": "en"}
    toolkit = ToolkitIndexPage.objects.live().filter(depth=3, **english).first()
    listing = toolkit.get_url()
    types = list(ResourceType.values)
    resource = (
        ResourcePage.objects.live()
        .child_of(toolkit)
        .filter(alias_of__isnull=True, for_all_personnel=True)
        .order_by("path")
        .first()
    )
    forum = _url(CommunityPage, **english)
    # The first category with topics (an empty one renders no topic list at all).
    category = (
        Category.objects.annotate(topic_count=Count("topics"))
        .filter(topic_count__gt=0)
        .order_by("position", "pk")
        .first()
    )
    # A topic long enough to fill its first page (about 20 posts), as most busy topics do.
    topic = (
        Topic.objects.filter(status=Status.PUBLISHED, reply_count__gte=20)
        .order_by("reply_count", "pk")
        .first()
    ) or Topic.objects.filter(status=Status.PUBLISHED).order_by("-reply_count").first()
    return [
        Target("home", "anonymous", [_url(HomePage, **english)]),
        Target("where-to-go", "anonymous", [_url(WhereToGoPage, **english)]),
        Target("policy summary", "anonymous", [_public_policy(PolicySummaryPage)]),
        Target(
            "toolkit listing",
            "newhire",
            [
                listing,
                f"{listing}?type={types[0]}&topic={ResourceTopic.values[0]}",
                f"{listing}?sort=title&page=3",
                f"{listing}?audience=managers&type={types[1]}&sort=reviewed",
            ],
        ),
        Target("resource", "newhire", [resource.get_url()]),
        Target("forum index", "focalpoint", [forum]),
        Target("category", "focalpoint", [f"{forum}c/{category.slug}/"]),
        Target("topic", "focalpoint", [f"{forum}t/{topic.pk}/"]),
        Target("search", "newhire", [f"/en/search/?q={quote_plus(q)}" for q in SEARCH_QUERIES]),
        # Campaigns are for personnel: signed in.
        Target("campaign", "newhire", [_url(CampaignPage, **english)]),
    ]


def _public_policy(model) -> str:
    from core.visibility.audience import PUBLIC, page_audience

    for page in model.objects.live().filter(alias_of__isnull=True, locale__language_code="en"):
        if page_audience(page) == PUBLIC:
            return page.get_url()
    raise SystemExit("no public policy summary in the bench database")


def session_cookie(username: str) -> str:
    """A signed-in session for `username`, made in the session store as login() makes it."""
    from importlib import import_module

    from django.conf import settings
    from django.contrib.auth import (
        BACKEND_SESSION_KEY,
        HASH_SESSION_KEY,
        SESSION_KEY,
        get_user_model,
    )

    from accounts.middleware import SEEN, STARTED

    user = get_user_model().objects.get(username=username)
    session = import_module(settings.SESSION_ENGINE).SessionStore()
    now = time.time()
    session[SESSION_KEY] = str(user.pk)
    session[BACKEND_SESSION_KEY] = "accounts.backends.TwoFactorModelBackend"
    session[HASH_SESSION_KEY] = user.get_session_auth_hash()
    session[STARTED] = now
    session[SEEN] = now
    session.create()
    return f"{settings.SESSION_COOKIE_NAME}={session.session_key}"


def client_for(target: Target):
    """Django's test client, signed in as the target's role (in this process)."""
    from django.contrib.auth import get_user_model
    from django.test import Client

    client = Client(HTTP_HOST="127.0.0.1")
    if target.role != "anonymous":
        client.force_login(get_user_model().objects.get(username=target.role))
    return client


def query_counts(targets: list[Target], page_cache: bool) -> dict[str, int]:
    """SQL queries per request, per page type: the second of two requests in this process
    (warm caches, as in a running worker), with Django's test client. With page_cache False
    the page is rendered every time; with True the second request is answered from the
    stored page (only the reader's own parts are read)."""
    from django.core.cache import cache
    from django.db import connection
    from django.test import override_settings
    from django.test.utils import CaptureQueriesContext

    counts = {}
    for target in targets:
        client = client_for(target)
        path = target.paths[0]
        with override_settings(PAGE_CACHE=page_cache):
            cache.clear()
            client.get(path)
            with CaptureQueriesContext(connection) as captured:
                response = client.get(path)
        if response.status_code != 200:
            raise SystemExit(f"{target.name}: {path} answered {response.status_code}")
        counts[target.name] = len(captured.captured_queries)
    return counts


def render_times(targets: list[Target], count: int = 10) -> dict[str, float]:
    """Median milliseconds to render each page type with the page cache off, in this process:
    what a reader waits for when the page is not stored yet (a fresh search, a page nobody of
    their audience has read since the last change)."""
    import statistics

    from django.test import override_settings

    times = {}
    with override_settings(PAGE_CACHE=False):
        for target in targets:
            client = client_for(target)
            client.get(target.paths[0])
            timings = []
            for number in range(count):
                started = time.perf_counter()
                client.get(target.paths[number % len(target.paths)])
                timings.append((time.perf_counter() - started) * 1000)
            times[target.name] = round(statistics.median(timings), 1)
    return times
