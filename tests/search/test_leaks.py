"""The leak test: for every role and every kind of searchable thing, a search for the thing's
unique word returns it exactly when that role may see it. It runs on the database backend and
on the real Elasticsearch server."""

from datetime import timedelta

import pytest
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.test import override_settings
from django.utils import timezone
from wagtail.models import Locale, PageViewRestriction

from accountability.models import QuarterPage, RolePage, TransparencyPage
from campaigns.models import PhasePage
from cop import posting
from cop.models import Category
from core import roles
from core.snippets import ContactChannel
from guidance.models import GuidancePage, WhereToGoPage
from home.models import HomePage
from tests.helpers import client_as
from toolkit.models import FileText, ResourcePage

ROLES = ["anonymous", "newhire", "focalpoint", "moderator", "comms", "editor", "admin"]
EVERYONE = set(ROLES)
SIGNED_IN = EVERYONE - {"anonymous"}
MEMBERS = {"focalpoint", "moderator", "admin"}
NOBODY = set()


def _page(parent, slug, title, **extra):
    page = GuidancePage(title=title, slug=slug, summary="s", body=[], **extra)
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def _restrict(page, *group_names):
    if group_names:
        restriction = PageViewRestriction.objects.create(
            page=page, restriction_type=PageViewRestriction.GROUPS
        )
        restriction.groups.add(*Group.objects.filter(name__in=group_names))
    else:
        PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)


def public_page(home):
    _page(home, "leak-public", "Quokkapublic guidance")
    return "quokkapublic", EVERYONE


def signed_in_page(home):
    _restrict(_page(home, "leak-signed", "Quokkasigned guidance"))
    return "quokkasigned", SIGNED_IN


def translated_then_private(home):
    english = _page(home, "leak-translated", "Quokkatranslated source")
    french = english.copy_for_translation(Locale.objects.get(language_code="fr"))
    french.title = "Quokkatraduit version"
    french.save_revision().publish()
    _restrict(english, roles.FOCAL_POINTS, roles.MODERATORS)
    return "quokkatraduit", MEMBERS


def alias_of_private(home):
    section = _page(home, "leak-section", "Private section")
    _restrict(section, roles.FOCAL_POINTS, roles.MODERATORS)
    inner = _page(section, "leak-inner", "Quokkaalias inner")
    inner.create_alias(parent=home, update_slug="leak-alias")
    return "quokkaalias", MEMBERS


def password_page(home):
    page = _page(home, "leak-password", "Quokkapassword page")
    PageViewRestriction.objects.create(
        page=page,
        restriction_type=PageViewRestriction.PASSWORD,
        password="secret",  # noqa: S106
    )
    return "quokkapassword", NOBODY


def expired_page(home):
    page = _page(home, "leak-expired", "Quokkaexpired page")
    GuidancePage.objects.filter(pk=page.pk).update(expire_at=timezone.now() - timedelta(minutes=1))
    from search import indexing

    indexing.sync("page", page.pk)
    return "quokkaexpired", NOBODY


def focal_point_file_text(home):
    kit = ResourcePage.objects.filter(
        locale__language_code="en", alias_of=None, url_path__contains="focal-point-kit"
    ).first()
    resource_file = kit.files.first()
    FileText.objects.update_or_create(
        name=resource_file.file.name,
        defaults={"status": FileText.Status.DONE, "text": "quokkafiletext inside"},
    )
    return "quokkafiletext", MEMBERS


def published_post(home):
    author = Group.objects.get(name=roles.FOCAL_POINTS).user_set.first()
    posting.create_topic(author, Category.objects.first(), "Quokkaforum question", "A question.")
    return "quokkaforum", MEMBERS


def held_post(home):
    author = Group.objects.get(name=roles.FOCAL_POINTS).user_set.first()
    posting.create_topic(
        author,
        Category.objects.first(),
        "Quokkaheld question",
        "Write to someone@example.org or call +000 000 0000.",
    )
    return "quokkaheld", NOBODY


def channel_on_a_restricted_page(home):
    """A channel has the audience of the where-to-go page that shows it: the French channel,
    once the English where-to-go page (so its French translation too) is for signed-in people."""
    channel = ContactChannel.objects.filter(locale__language_code="fr").first()
    channel.name = "Quokkacanal ombudsman"
    channel.save()
    _restrict(WhereToGoPage.objects.filter(locale__language_code="en", alias_of=None).first())
    return "quokkacanal", SIGNED_IN


def campaign_phase(home):
    phase = PhasePage.objects.live().filter(locale__language_code="en").first()
    phase.title = "Quokkaphase campaign"
    phase.save_revision().publish()
    return "quokkaphase", SIGNED_IN


def case_figures_quarter(home):
    """A quarter of case figures lives under the transparency page, for signed-in people."""
    page = TransparencyPage.objects.get(locale__language_code="en")
    quarter = QuarterPage(
        title="Quokkafigures 2031 Q1", slug="2031-q1", year=2031, quarter=1, leadership_message="m"
    )
    page.add_child(instance=quarter)
    quarter.save_revision().publish()
    return "quokkafigures", SIGNED_IN


def role_on_the_chart(home):
    """A role of the roles chart, for signed-in people."""
    role = RolePage.objects.get(slug="staff-counsellor", locale__language_code="en")
    role.summary = "Quokkarole support for the person affected."
    role.save_revision().publish()
    return "quokkarole", SIGNED_IN


KINDS = [
    public_page,
    signed_in_page,
    translated_then_private,
    alias_of_private,
    password_page,
    expired_page,
    focal_point_file_text,
    published_post,
    held_post,
    channel_on_a_restricted_page,
    campaign_phase,
    case_figures_quarter,
    role_on_the_chart,
]


@pytest.mark.parametrize("stored", [False, True], ids=["rendered", "shared-page-cache"])
@pytest.mark.parametrize("make", KINDS, ids=[kind.__name__ for kind in KINDS])
def test_search_returns_a_thing_exactly_to_those_who_may_see_it(make, backend, users, stored):
    """With the page cache on, the most privileged roles search first: a stored results page
    must never reach a reader the rules would not show those results to."""
    home = HomePage.objects.get(locale__language_code="en")
    word, allowed = make(home)
    backend()
    cache.clear()
    with override_settings(PAGE_CACHE=stored):
        for role in reversed(ROLES) if stored else ROLES:
            search_as(role, word, allowed, users)
    cache.clear()


def search_as(role, word, allowed, users):
    cache.delete("search:audiences")
    client = client_as(role, users)
    found = []
    for language in ("en", "fr"):
        response = client.get(f"/{language}/search/", {"q": word})
        assert response.status_code == 200
        if 'class="hit"' in response.content.decode():
            found.append(language)
        suggestions = client.get(f"/{language}/search/suggest/", {"q": word[:8]}).json()
        if role not in allowed:
            assert not [s for s in suggestions["suggestions"] if word in s["title"].lower()]
    assert bool(found) == (role in allowed), (role, word, found)
