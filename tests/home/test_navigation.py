"""Finding your way: the site menu shows each reader the sections they may use, and nothing
else; breadcrumbs list the ancestors a reader may see; the focal-point guide links to the
toolkit and the community."""

import re

import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.test import Client, RequestFactory
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from wagtail.models import Locale, Page, PageViewRestriction

from campaigns.models import CampaignIndexPage
from cop import factories
from cop.models import CommunityPage
from core import navigation, roles
from guidance.models import GlossaryPage, GuidancePage, RoleGuidePage
from home.models import HomePage
from tests.helpers import client_for, person
from toolkit.models import ToolkitIndexPage

MENU = re.compile(r'<details class="site-menu">.*?</details>', re.S)
BREADCRUMB = re.compile(r'<nav class="breadcrumbs" aria-label="[^"]+">.*?</nav>', re.S)
LINK = re.compile(r'<a href="([^"]*)"([^>]*)>([^<]*)</a>')


def menu_of(html) -> str:
    found = MENU.search(html)
    assert found, "the page has no site menu"
    return found.group(0)


def menu_links(html) -> dict[str, str]:
    """The menu's links, href by label."""
    return {label: href for href, _attrs, label in LINK.findall(menu_of(html))}


def breadcrumb_links(html) -> list[tuple[str, str]]:
    found = BREADCRUMB.search(html)
    return [(label, href) for href, _attrs, label in LINK.findall(found.group(0))] if found else []


def section(model, code="en"):
    return model.objects.get(locale__language_code=code, depth=3)


@pytest.mark.django_db
@pytest.mark.parametrize("code", ["en", "fr", "ar"])
def test_new_hire_menu_has_toolkit_and_campaigns_but_not_the_community(code):
    html = client_for(person("hire", roles.PERSONNEL)).get(f"/{code}/").content.decode()
    links = menu_links(html).values()
    assert section(ToolkitIndexPage, code).url in links
    assert section(CampaignIndexPage, code).url in links
    community = section(CommunityPage, code)
    assert community.url not in links
    assert community.title not in menu_of(html)


@pytest.mark.django_db
def test_focal_point_menu_has_the_community():
    html = client_for(person("fp", roles.PERSONNEL, roles.FOCAL_POINTS)).get("/en/")
    links = menu_links(html.content.decode())
    community = section(CommunityPage)
    assert links[community.title] == community.url
    assert section(ToolkitIndexPage).url in links.values()


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/en/", "/en/sea-and-sh/", "/en/search/"])
def test_anonymous_menu_names_nothing_restricted(path):
    html = Client().get(path).content.decode()
    menu = menu_of(html)
    for model in (ToolkitIndexPage, CampaignIndexPage, CommunityPage):
        page = section(model)
        assert page.url not in menu_links(html).values()
        assert page.title not in menu
    # What everyone may use is there.
    assert {"Home", "Get help", section(GlossaryPage).title, "Search"} <= set(menu_links(html))


@pytest.mark.django_db
def test_staff_who_can_reach_the_admin_see_its_link_and_others_do_not():
    editor = person("ed", roles.PERSONNEL, roles.EDITORS, is_staff=True)
    assert menu_links(client_for(editor).get("/en/").content.decode())["Admin"] == "/admin/"
    for reader in (person("hire", roles.PERSONNEL), person("fp", roles.FOCAL_POINTS), None):
        assert "/admin/" not in menu_links(client_for(reader).get("/en/").content.decode()).values()


@pytest.mark.django_db
def test_menu_marks_the_current_section():
    client = client_for(person("hire", roles.PERSONNEL))
    toolkit = section(ToolkitIndexPage)
    on_index = client.get(toolkit.url).content.decode()
    assert f'<a href="{toolkit.url}" aria-current="page">' in menu_of(on_index)
    resource = toolkit.get_children().live().filter(depth=4).exclude(slug="focal-point-kit")[0]
    inside = client.get(resource.url).content.decode()
    assert f'<a href="{toolkit.url}" aria-current="true">' in menu_of(inside)
    assert 'aria-current="page"' not in menu_of(inside)


def _menu_request(user):
    request = RequestFactory().get("/en/")
    request.user, request.session = user, {}
    return request


def _menu_queries(user) -> int:
    with translation.override("en"), CaptureQueriesContext(connection) as queries:
        request = _menu_request(user)
        items = navigation.menu(request)
        assert navigation.menu(request) == items  # a second use in the request costs nothing
    return len(queries)


@pytest.mark.django_db
@pytest.mark.parametrize("groups", [(), (roles.PERSONNEL,), (roles.PERSONNEL, roles.EDITORS)])
def test_menu_queries_are_few_and_do_not_grow_with_the_pages(groups):
    user = person("reader", *groups)
    _menu_queries(user)  # warm per-process caches (content types, site root paths)
    before = _menu_queries(user)
    assert before <= 10
    # More pages, some of a section's type beside it and under it, one more restricted.
    home, toolkit = HomePage.objects.get(locale__language_code="en"), section(ToolkitIndexPage)
    for number in range(6):
        _guidance(home, f"Extra {number}", f"extra-{number}")
        for parent in (home, toolkit):
            kit = ToolkitIndexPage(title=f"Kit {number}", slug=f"kit-{number}")
            parent.add_child(instance=kit)
            kit.save_revision().publish()
    PageViewRestriction.objects.create(page=kit, restriction_type=PageViewRestriction.LOGIN)
    assert _menu_queries(user) == before


def _guidance(parent, title, slug):
    page = GuidancePage(title=title, slug=slug, summary="A page.", body=[])
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


@pytest.mark.django_db
def test_breadcrumbs_list_the_ancestors_from_home():
    home = HomePage.objects.get(locale__language_code="en")
    parent = _guidance(home, "Working abroad", "working-abroad")
    child = _guidance(parent, "Your first mission", "first-mission")
    grandchild = _guidance(child, "Packing list", "packing-list")
    html = Client().get(grandchild.url).content.decode()
    assert breadcrumb_links(html) == [
        ("Home", "/en/"),
        ("Working abroad", parent.url),
        ("Your first mission", child.url),
    ]
    assert '<nav class="breadcrumbs" aria-label="Breadcrumb">\n        <ol>' in html
    # A page right under home has no trail worth showing: home alone.
    assert breadcrumb_links(Client().get(parent.url).content.decode()) == []


@pytest.mark.django_db
def test_breadcrumbs_never_name_an_ancestor_the_reader_may_not_see():
    """A French section whose English original is for focal points only is restricted too
    (core.visibility); a French page made inside it on its own is public, and its trail must
    not give the section away."""
    home = HomePage.objects.get(locale__language_code="en")
    english = _guidance(home, "Planning room for focal points", "planning-room")
    french = english.copy_for_translation(Locale.objects.get(language_code="fr"))
    french.title = "Salle de planification des points focaux"
    french.save_revision().publish()
    public = _guidance(french, "Fiche publique", "fiche-publique")
    # Made private after it was translated: Wagtail still serves the French tree to anyone.
    restriction = PageViewRestriction.objects.create(
        page=english, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.set(Group.objects.filter(name=roles.FOCAL_POINTS))

    for reader in (None, person("hire", roles.PERSONNEL)):
        response = client_for(reader).get(public.url)
        assert response.status_code == 200
        html = response.content.decode()
        assert french.title not in html
        assert breadcrumb_links(html) == []  # home alone once the section is left out
    focal_point = client_for(person("fp", roles.FOCAL_POINTS)).get(public.url).content.decode()
    assert breadcrumb_links(focal_point) == [
        ("Accueil", "/fr/"),
        (french.title, french.url),
    ]


@pytest.mark.django_db
def test_forum_screens_have_breadcrumbs_through_the_community():
    member = person("fp", roles.PERSONNEL, roles.FOCAL_POINTS)
    category = factories.category("nav-test", "Prevention at work")
    topic, _ = factories.topic(category, member, "How do you brief drivers?", "We start with…")
    community = section(CommunityPage)
    html = client_for(member).get(f"{community.url}t/{topic.pk}/").content.decode()
    assert breadcrumb_links(html) == [
        ("Home", "/en/"),
        (community.title, community.url),
        ("Prevention at work", f"{community.url}c/nav-test/"),
    ]
    # The forum's own front page is the community page: home alone, no trail.
    assert breadcrumb_links(client_for(member).get(community.url).content.decode()) == []


@pytest.mark.django_db
@pytest.mark.parametrize("code", ["en", "fr", "es"])
def test_focal_point_guide_links_to_the_toolkit_and_the_community(code):
    guide = RoleGuidePage.objects.get(
        locale__language_code=code, audience=RoleGuidePage.FOCAL_POINT, alias_of=None
    )
    html = client_for(person("fp", roles.PERSONNEL, roles.FOCAL_POINTS)).get(guide.url)
    article = html.content.decode().split("<main", 1)[1]
    hrefs = {href for href, _attrs, _label in LINK.findall(article)}
    assert section(ToolkitIndexPage, code).url in hrefs
    assert section(CommunityPage, code).url in hrefs


def test_link_markers_in_demo_text_become_page_links():
    from demo.seeding import body_stream

    toolkit = Page(pk=41, title="Toolkit")
    [(_kind, linked)] = body_stream(
        [("paragraph", "See the [toolkit](toolkit) & <more>.")], {"toolkit": toolkit}
    )
    link = '<a linktype="page" id="41">toolkit</a>'
    assert linked.source == f"<p>See the {link} &amp; &lt;more&gt;.</p>"
    [(_kind, plain)] = body_stream([("paragraph", "See the [toolkit](toolkit).")])
    assert plain.source == "<p>See the toolkit.</p>"
