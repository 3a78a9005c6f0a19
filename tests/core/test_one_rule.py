"""The privacy rule is written once, in core.visibility, and every caller gets the same answer:
serving, listings, search audiences, the toolkit's labels, the language switcher and the
'Get help' link."""

from datetime import timedelta

import pytest
from django.test import Client, RequestFactory
from django.utils import timezone
from wagtail.models import Locale, Page, PageViewRestriction

from core import visibility
from core.visibility import audience
from guidance.models import GuidancePage
from tests.core.test_visibility import english_home, make_page, restrict_to_focal_points, translate
from tests.helpers import client_as
from tests.toolkit.helpers import add_resources, toolkit_index
from toolkit.choices import language_name
from toolkit.models import ToolkitIndexPage

ROLES = ["anonymous", "newhire", "comms", "focalpoint", "moderator", "admin"]


def _password(page):
    return PageViewRestriction.objects.create(
        page=page,
        restriction_type=PageViewRestriction.PASSWORD,
        password="secret",  # noqa: S106
    )


@pytest.fixture
def built_pages(db):
    """Pages private in every way the rule knows, and their translations and aliases."""
    home = english_home()
    french_home = Page.objects.get(depth=2, locale__language_code="fr", alias_of=None)
    public = make_page(home, "rule-public", "Public")
    signed_in = make_page(home, "rule-signed-in", "Signed in")
    PageViewRestriction.objects.create(page=signed_in, restriction_type=PageViewRestriction.LOGIN)
    # Translated, then made private in English only.
    source = make_page(home, "rule-source", "Source")
    french = translate(source, "fr")
    restrict_to_focal_points(source)
    # A section translated into French, then made private in English only; a page in it, an
    # alias of that page under a public parent, and an alias of the page's French translation.
    section = make_page(home, "rule-section", "Section")
    inner = make_page(section, "rule-inner", "Inner")
    french_section = translate(section, "fr")
    french_inner = Page.objects.get(pk=translate(inner, "fr").pk)
    assert french_inner.get_parent().pk == french_section.pk
    restrict_to_focal_points(section)
    inner_alias = inner.create_alias(parent=home, update_slug="rule-inner-alias")
    french_alias = french_inner.create_alias(parent=french_home, update_slug="rule-fr-alias")
    password = make_page(home, "rule-password", "Password")
    _password(password)
    password_translation = translate(password, "fr")
    pages = {
        "public": public,
        "signed in": signed_in,
        "source made private": source,
        "its French translation": french,
        "page in a private section": inner,
        "its alias": inner_alias,
        "its French translation, in the public French section": french_inner,
        "an alias of that translation": french_alias,
        "password": password,
        "its translation": password_translation,
    }
    return {label: Page.objects.get(pk=page.pk) for label, page in pages.items()}


def _request(user):
    request = RequestFactory().get("/")
    request.user = user
    request.session = {}
    return request


@pytest.mark.django_db
@pytest.mark.parametrize("role", ROLES)
def test_every_caller_of_the_rule_agrees_for_every_role(role, built_pages, users):
    from django.contrib.auth.models import AnonymousUser

    user = AnonymousUser() if role == "anonymous" else users[role]
    pages = list(built_pages.values())
    built = Page.objects.filter(pk__in=[page.pk for page in pages])
    listed = set(visibility.visible_pages(_request(user), built))
    listed_for_user = set(visibility.visible_pages_for_user(user, built))
    read = set(visibility.readable(_request(user), pages))
    audiences = visibility.page_audiences(pages)
    seen = set()
    for label, page in built_pages.items():
        assert audiences[page.pk] == visibility.page_audience(page), label
        answers = {
            "served": visibility.can_view_page(_request(user), page),
            "listed": page in listed,
            "listed outside a request": page in listed_for_user,
            "read in a batch": page in read,
            "found in search": visibility.satisfies(user, audiences[page.pk]),
        }
        assert len(set(answers.values())) == 1, (label, answers)
        if answers["served"]:
            seen.add(label)
    expected = {"public"}
    if role != "anonymous":
        expected.add("signed in")
    if role in ("focalpoint", "moderator", "admin"):
        expected |= set(built_pages) - {"public", "signed in", "password", "its translation"}
    assert seen == expected


@pytest.mark.django_db
def test_a_restriction_reaches_every_page_the_rule_gives_it(built_pages):
    """The rule backwards (which pages a restriction applies to) matches the rule forwards."""
    paths = visibility.privacy_paths(list(built_pages.values()))
    for restriction in PageViewRestriction.objects.select_related("page"):
        reached = Page.objects.filter(visibility.pages_restricted_at([restriction.page.path]))
        reached = set(reached.values_list("pk", flat=True))
        for label, page in built_pages.items():
            applies = any(path.startswith(restriction.page.path) for path in paths[page.pk])
            assert (page.pk in reached) is applies, (restriction.page.slug, label)


@pytest.mark.django_db
def test_an_expired_translation_is_not_offered_by_the_language_switcher():
    english = GuidancePage.objects.get(slug="sea-and-sh", locale__language_code="en")
    french = GuidancePage.objects.get(slug="sea-and-sh", locale__language_code="fr", alias_of=None)
    assert f'href="{french.url}"' in Client().get(english.url).content.decode()
    past = timezone.now() - timedelta(minutes=1)
    GuidancePage.objects.filter(pk=french.pk).update(expire_at=past)
    html = Client().get(english.url).content.decode()
    assert f'href="{french.url}"' not in html
    assert 'href="/fr/" lang="fr"' in html


@pytest.mark.django_db
def test_get_help_never_leads_to_an_expired_translation():
    english_help = GuidancePage.objects.get(slug="get-help", locale__language_code="en")
    french_help = GuidancePage.objects.get(
        slug="get-help", locale__language_code="fr", alias_of=None
    )
    past = timezone.now() - timedelta(minutes=1)
    GuidancePage.objects.filter(pk=french_help.pk).update(expire_at=past)
    html = Client().get("/fr/").content.decode()
    assert f'class="get-help" href="{english_help.url}"' in html


@pytest.mark.django_db
def test_get_help_is_not_offered_to_readers_who_may_not_read_it(users):
    english_help = GuidancePage.objects.get(slug="get-help", locale__language_code="en")
    PageViewRestriction.objects.create(
        page=english_help, restriction_type=PageViewRestriction.LOGIN
    )
    assert 'class="get-help"' not in Client().get("/fr/").content.decode()
    html = client_as("newhire", users).get("/fr/").content.decode()
    assert 'class="get-help"' in html


@pytest.fixture
def password_section(db):
    """A password-protected section of the toolkit, with one resource."""
    section = ToolkitIndexPage(title="Board papers", slug="board-papers", intro="")
    toolkit_index().add_child(instance=section)
    section.save_revision().publish()
    restriction = _password(section)
    (page,) = add_resources(section, 1, prefix="board")
    return restriction, page


@pytest.mark.django_db
def test_a_password_section_is_labelled_by_its_password_not_as_open_to_everyone(
    password_section, users
):
    restriction, page = password_section
    client = client_as("newhire", users)
    session = client.session
    session[PageViewRestriction.passed_view_restrictions_session_key] = [restriction.pk]
    session.save()
    html = client.get(page.url).content.decode()
    assert "Only with the password" in html
    assert "Everyone signed in" not in html
    listing = client.get(toolkit_index().url + "?sort=title&type=checklist")
    labels = {item.page.pk: item.access_label for item in listing.context["listing"].items}
    assert labels[page.pk] == "Only with the password"
    # Never in search, whoever asks.
    assert visibility.page_audience(page) == audience.NOBODY


@pytest.mark.django_db
def test_toolkit_languages_leave_out_expired_translations(users):
    (page,) = add_resources(toolkit_index(), 1, prefix="aardvark")
    french = page.copy_for_translation(Locale.objects.get(language_code="fr"))
    french.save_revision().publish()

    def languages():
        listing = client_as("newhire", users).get(toolkit_index().url + "?sort=title")
        return {item.page.pk: item.languages for item in listing.context["listing"].items}

    french_name = str(language_name("fr"))
    assert french_name in languages()[page.pk]
    past = timezone.now() - timedelta(minutes=1)
    Page.objects.filter(pk=french.pk).update(expire_at=past)
    assert french_name not in languages()[page.pk]
