"""Who gets what: every role against every kind of URL of the site, with the expected status,
and no title of a page the role may not see anywhere in what it gets.

Expectations come from the demo data's restrictions (read here directly, not through
core.visibility, which is what is being checked). Add a row to STATIC_ROWS, or a kind to
`object_rows`, when a new URL appears.
"""

import pytest
from django.core.cache import cache
from django.test import Client, override_settings
from wagtail.documents.models import Document
from wagtail.models import Page, PageViewRestriction

from core.management.commands.seed_demo import DEMO_USERS
from core.roles import ADMIN_GROUPS, MODERATORS

ROLES = ("anonymous", *DEMO_USERS)
EVERYONE, SIGNED_IN = "everyone", "signed_in"

# (url, audience): audience is EVERYONE, SIGNED_IN, a frozenset of group names, or a callable
# role -> expected status for URLs with their own rules.
STATIC_ROWS = [
    ("/en/", EVERYONE),
    ("/fr/", EVERYONE),
    ("/ar/", EVERYONE),
    ("/healthz", EVERYONE),
    ("/accounts/login/", lambda role: 200 if role == "anonymous" else 302),
    (
        "/admin/",
        lambda role: (
            200 if role == "admin" or set(DEMO_USERS.get(role, ())) & set(ADMIN_GROUPS) else 302
        ),
    ),
    (
        "/accounts/two-factor/",
        lambda role: (
            302
            if role == "anonymous"
            else 200
            if role == "admin" or set(DEMO_USERS.get(role, ())) & (set(ADMIN_GROUPS) | {MODERATORS})
            else 404
        ),
    ),
]


def page_audience(page):
    """The audiences of every restriction on the page, its ancestors and its translations'."""
    paths = []
    for version in Page.objects.filter(translation_key=page.translation_key):
        paths.append(version.path)
        if version.alias_of_id:
            paths.append(version.alias_of.path)
    audiences = []
    for restriction in PageViewRestriction.objects.select_related("page").prefetch_related(
        "groups"
    ):
        if any(path.startswith(restriction.page.path) for path in paths):
            if restriction.restriction_type == PageViewRestriction.LOGIN:
                audiences.append(SIGNED_IN)
            else:
                audiences.append(frozenset(g.name for g in restriction.groups.all()))
    return audiences or [EVERYONE]


def may_see(role, audiences) -> bool:
    for audience in audiences:
        if audience == EVERYONE:
            continue
        if role == "anonymous":
            return False
        if audience == SIGNED_IN or role == "admin":
            continue
        if not set(DEMO_USERS[role]) & audience:
            return False
    return True


def object_rows():
    """Restricted pages in every language (a few per restriction), their files, documents."""
    rows = []
    for restriction in PageViewRestriction.objects.select_related("page"):
        section = restriction.page
        under = Page.objects.descendant_of(section, inclusive=True).live().specific()[:4]
        for page in under:
            for version in Page.objects.filter(translation_key=page.translation_key).live():
                url = version.get_url()
                if url:
                    rows.append((url, page_audience(version), version.title))
    from toolkit.models import ResourceFile

    for resource_file in ResourceFile.objects.select_related("page")[:6]:
        rows.append(
            (f"/toolkit/files/{resource_file.pk}/", page_audience(resource_file.page), None)
        )
    document = Document.objects.first()
    if document is not None:
        rows.append((document.url, [EVERYONE], None))
    return rows


def expected_status(role, audience):
    if callable(audience):
        return {audience(role)}
    allowed = may_see(role, audience if isinstance(audience, list) else [audience])
    if allowed:
        return {200}
    return {302, 404} if role == "anonymous" else {403, 404}


def fetch(client, url):
    """GET, following only LocaleMiddleware's redirect of a 404 outside the language prefix
    (/toolkit/files/9/ -> /en/toolkit/files/9/), which then answers 404 itself."""
    response = client.get(url)
    location = response.get("Location", "") if response.status_code == 302 else ""
    if location.endswith(url) and location != url and location.count("/") == url.count("/") + 1:
        response = client.get(location)
    return response


@pytest.fixture
def clients(users):
    made = {"anonymous": Client()}
    for role in DEMO_USERS:
        made[role] = Client()
        made[role].force_login(users[role])
    return made


@pytest.mark.parametrize(
    "stored",
    [False, True],
    ids=["rendered", "shared-page-cache"],
)
def test_every_role_against_every_url(db, clients, stored):
    """With the page cache on, the most privileged roles read first, then everyone again:
    a stored page must never reach a reader the rules would not show it to."""
    if stored:
        cache.clear()
        with override_settings(PAGE_CACHE=True):
            check_every_role(list(reversed(ROLES)) + list(ROLES), clients)
        cache.clear()
    else:
        check_every_role(ROLES, clients)


def check_every_role(order, clients):
    rows = [(url, audience, None) for url, audience in STATIC_ROWS] + object_rows()
    assert len(rows) > 20
    secret_titles = {
        title: audience for _url, audience, title in rows if title and audience != [EVERYONE]
    }
    failures = []
    for role in order:
        hidden = [
            title
            for title, audience in secret_titles.items()
            if not may_see(role, audience) and len(title) > 12
        ]
        for url, audience, _title in rows:
            response = fetch(clients[role], url)
            expected = expected_status(role, audience)
            if response.status_code not in expected:
                failures.append(f"{role} {url}: {response.status_code}, expected {expected}")
                continue
            body = b"".join(response) if response.streaming else response.content
            text = body.decode("utf-8", "replace")
            leaked = [title for title in hidden if title in text]
            if leaked:
                failures.append(f"{role} {url}: shows {leaked[:3]}")
    assert not failures, "\n".join(failures)
