"""Who gets what: every role against every kind of URL of the site, with the expected status,
and no title of a page the role may not see anywhere in what it gets (in the site menu, not
even a short one).

Expectations come from the demo data's restrictions (read here directly, not through
core.visibility, which is what is being checked). Add a row to STATIC_ROWS, or a kind to
`object_rows`, when a new URL appears.
"""

import re
from collections import defaultdict
from functools import partial

import pytest
from django.conf import settings
from django.core.cache import cache
from django.test import Client, override_settings
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.models import Page, PageViewRestriction
from wagtail.permissions import policy_registry

from core.demo_users import DEMO_USERS
from core.roles import ADMIN_GROUPS, MODERATORS

ROLES = ("anonymous", *DEMO_USERS)
SITE_MENU = re.compile(r'<details class="site-menu">.*?</details>', re.S)
EVERYONE, SIGNED_IN = "everyone", "signed_in"

# (url, audience): audience is EVERYONE, SIGNED_IN, a frozenset of group names, or a callable
# role -> expected status for URLs with their own rules.
STATIC_ROWS = [
    ("/en/", EVERYONE),
    ("/fr/", EVERYONE),
    ("/ar/", EVERYONE),
    ("/healthz", EVERYONE),
    # The glossary, in every language, and a page outside the tree (its menu is checked too).
    ("/en/glossary/", EVERYONE),
    ("/fr/glossary/", EVERYONE),
    ("/es/glossary/", EVERYONE),
    ("/ar/glossary/", EVERYONE),
    ("/en/search/", EVERYONE),
    # The transparency page's download and chart (the page and its quarters are restricted
    # pages, below).
    ("/en/case-figures/csv/", SIGNED_IN),
    ("/en/case-figures/chart/", SIGNED_IN),
    # The roles chart's diagram and printed page.
    ("/en/who-does-what/diagram/", SIGNED_IN),
    ("/ar/who-does-what/print/", SIGNED_IN),
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


def object_rows(users):
    """Restricted pages in every language (a few per restriction), their files, documents and
    images."""
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
    return rows + pocket_card_rows() + wagtail_file_rows(users) + figures_entry_rows()


def figures_entry_rows():
    """The form that enters a quarter's case figures: the ethics office, editors and admins."""
    from django.urls import reverse

    from accountability.models import TransparencyPage

    page = TransparencyPage.objects.get(locale__language_code="en")
    url = reverse("wagtailadmin_pages:add", args=["accountability", "quarterpage", page.pk])

    def status(role):
        return {200} if role in ("ethics", "editor", "admin") else {302, 403}

    return [(url, status, None)]


def pocket_card_rows():
    """The where-to-go pages' pocket cards (PDF), left to right and right to left, for whoever
    may read the page; an office the page's language does not have is a 404 for them. (Two
    languages: a card costs about half a second to make.)"""
    from core.snippets import Office
    from guidance.models import WhereToGoPage

    rows = []
    pages = WhereToGoPage.objects.live().filter(alias_of=None)
    for page in pages.filter(locale__language_code__in=("en", "ar")):
        office = Office.objects.filter(locale_id=page.locale_id).first()
        audience = page_audience(page)
        card, missing = (
            page.url + page.reverse_subpage("pocket_card", args=[office_id])
            for office_id in (office.pk, 99999999)
        )
        rows.append((card, audience, None))
        rows.append((missing, partial(missing_card_status, audience=audience), None))
    return rows


def missing_card_status(role, audience):
    return {404} if may_see(role, audience) else expected_status(role, audience)


def pages_using_files():
    """Each demo document and image with the pages that show it, read from the page fields
    the demo fills (not from Wagtail's reference index, which core.visibility reads)."""
    from campaigns.models import CampaignPage, PhasePage
    from guidance.models import PolicySummaryPage
    from toolkit.models import ResourcePage

    using = defaultdict(list)
    for page in PolicySummaryPage.objects.exclude(document=None).select_related("document"):
        using[page.document].append(page)
    for model, field in ((CampaignPage, "poster"), (PhasePage, "poster"), (ResourcePage, "cover")):
        for page in model.objects.exclude(**{field: None}).select_related(field):
            using[getattr(page, field)].append(page)
    for page in PhasePage.objects.all():
        for block in page.files:
            using[block.value].append(page)
    return using


def wagtail_file_rows(users):
    """Documents by Wagtail's serve URL, images by a rendition: a reader may have a file when
    one live page using it is visible to them; people who may change or choose it in the admin
    always may."""
    rows = []
    now = timezone.now()
    kinds = set()
    for item, pages in pages_using_files().items():
        is_document = isinstance(item, get_document_model())
        kinds.add("document" if is_document else "image")
        assert not item.collection.get_view_restrictions().exists(), "not in the demo (yet)"
        audiences = [
            page_audience(page)
            for page in pages
            if page.live and (page.expire_at is None or page.expire_at > now)
        ]
        managers = {
            role
            for role, user in users.items()
            if role in DEMO_USERS
            and policy_registry.get(item).user_has_any_permission_for_instance(
                user, ["change", "choose"], item
            )
        }

        def audience(role, audiences=audiences, managers=managers):
            if role in managers or any(may_see(role, each) for each in audiences):
                return {200}
            return {302, 404} if role == "anonymous" else {403, 404}

        url = item.url if is_document else item.get_rendition("width-480").url
        rows.append((url, audience, None))
    assert kinds == {"document", "image"}
    return rows


def expected_status(role, audience):
    if callable(audience):
        expected = audience(role)
        return expected if isinstance(expected, set) else {expected}
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
def test_every_role_against_every_url(db, clients, users, stored):
    """With the page cache on, the most privileged roles read first, then everyone again:
    a stored page must never reach a reader the rules would not show it to."""
    if stored:
        cache.clear()
        with override_settings(PAGE_CACHE=True):
            check_every_role(list(reversed(ROLES)) + list(ROLES), clients, users)
        cache.clear()
    else:
        check_every_role(ROLES, clients, users)


def is_site_page(url, response) -> bool:
    """A page of the site itself (under a language prefix), which has the site menu."""
    return (
        response.status_code == 200
        and response["Content-Type"].startswith("text/html")
        and url.split("/")[1] in {code for code, _name in settings.LANGUAGES}
    )


def check_every_role(order, clients, users):
    rows = [(url, audience, None) for url, audience in STATIC_ROWS] + object_rows(users)
    assert len(rows) > 20
    secret_titles = {
        title: audience for _url, audience, title in rows if title and audience != [EVERYONE]
    }
    failures = []
    for role in order:
        hidden_in_menu = [
            title for title, audience in secret_titles.items() if not may_see(role, audience)
        ]
        hidden = [title for title in hidden_in_menu if len(title) > 12]
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
            # The menu names sections: there even a short title ("Toolkit") must not show.
            menu = SITE_MENU.search(text)
            if menu is None and is_site_page(url, response):
                failures.append(f"{role} {url}: no site menu")
            in_menu = [title for title in hidden_in_menu if menu and title in menu.group(0)]
            if in_menu:
                failures.append(f"{role} {url}: menu shows {in_menu[:3]}")
    assert not failures, "\n".join(failures)
