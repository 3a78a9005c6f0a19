"""The one visibility rule: privacy follows the content into its translations and aliases."""

import pytest
from django.contrib.auth.models import Group
from django.test import Client
from wagtail.models import Locale, PageViewRestriction

from core import roles
from guidance.models import GuidancePage
from home.models import HomePage
from tests.helpers import client_as


def english_home():
    return HomePage.objects.get(locale__language_code="en")


def make_page(parent, slug, title):
    page = GuidancePage(title=title, slug=slug, summary="s", body=[], show_in_menus=True)
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def restrict_to_focal_points(page):
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.add(Group.objects.get(name=roles.FOCAL_POINTS))
    return restriction


def translate(page, code):
    translation = page.copy_for_translation(Locale.objects.get(language_code=code))
    translation.save_revision().publish()
    return translation


@pytest.fixture
def private_after_translation(db):
    """An English page translated into French, then made focal-points-only in English only."""
    page = make_page(english_home(), "kit-notes", "Zephyrine kit notes")
    french = translate(page, "fr")
    restrict_to_focal_points(page)
    return page, french


@pytest.fixture
def alias_of_private(db):
    """A private section, and an alias of its page placed under a public parent."""
    section = make_page(english_home(), "private-section", "Private section")
    restrict_to_focal_points(section)
    inner = make_page(section, "inner", "Quillwort inner page")
    alias = inner.create_alias(parent=english_home(), update_slug="inner-alias")
    return inner, alias


ROLE_CAN_SEE = {
    "anonymous": False,
    "newhire": False,
    "comms": False,
    "focalpoint": True,
    "moderator": True,
    "admin": True,
}


@pytest.mark.django_db
@pytest.mark.parametrize(("role", "allowed"), ROLE_CAN_SEE.items())
def test_translation_of_a_page_made_private_later_is_private(
    role, allowed, private_after_translation, users
):
    _, french = private_after_translation
    client = client_as(role, users)
    response = client.get(french.url)
    if allowed:
        assert response.status_code == 200
    else:
        assert response.status_code in (302, 404)
        assert "Zephyrine" not in response.content.decode()
    listing = client.get("/fr/").content.decode()
    assert ("Zephyrine" in listing) is allowed


@pytest.mark.django_db
@pytest.mark.parametrize(("role", "allowed"), ROLE_CAN_SEE.items())
def test_alias_of_a_private_page_is_private(role, allowed, alias_of_private, users):
    _, alias = alias_of_private
    client = client_as(role, users)
    response = client.get(alias.url)
    if allowed:
        assert response.status_code == 200
    else:
        assert response.status_code in (302, 404)
        assert "Quillwort" not in response.content.decode()
    assert ("Quillwort" in client.get("/en/").content.decode()) is allowed


@pytest.mark.django_db
def test_anonymous_reader_is_sent_to_sign_in_not_shown_a_title(private_after_translation):
    page, _ = private_after_translation
    response = Client().get(page.url)
    assert response.status_code == 302
    assert "/login/" in response["Location"]


@pytest.mark.django_db
def test_expired_page_is_never_served_even_if_the_scheduler_is_late(users):
    from datetime import timedelta

    from django.utils import timezone

    page = make_page(english_home(), "old-news", "Marigold old news")
    # Expired a minute ago, but publish_scheduled has not run: still live in the database.
    GuidancePage.objects.filter(pk=page.pk).update(expire_at=timezone.now() - timedelta(minutes=1))
    page.refresh_from_db()
    assert page.live
    assert Client().get(page.url).status_code == 404
    assert "Marigold" not in Client().get("/en/").content.decode()
