import os

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from wagtail.models import Page, PageLogEntry, Revision


def counts():
    return {
        "pages": Page.objects.count(),
        "live": Page.objects.live().count(),
        "revisions": Revision.objects.count(),
        "log entries": PageLogEntry.objects.count(),
        "users": get_user_model().objects.count(),
        "groups": Group.objects.count(),
    }


@pytest.mark.django_db
def test_seed_demo_twice_leaves_the_same_counts():
    before = counts()
    call_command("seed_demo", verbosity=0)
    assert counts() == before
    call_command("seed_demo", verbosity=0)
    assert counts() == before


@pytest.mark.django_db
def test_seed_demo_makes_one_user_per_role_with_the_demo_password():
    from core.demo_users import DEFAULT_DEMO_PASSWORD

    password = os.environ.get("DEMO_PASSWORD") or DEFAULT_DEMO_PASSWORD

    User = get_user_model()
    names = set(User.objects.values_list("username", flat=True))
    assert {"newhire", "focalpoint", "moderator", "comms", "editor", "translator", "admin"} <= names
    assert User.objects.get(username="focalpoint").groups.filter(name="Focal points").exists()
    assert not User.objects.get(username="newhire").groups.filter(name="Focal points").exists()
    assert User.objects.get(username="newhire").check_password(password)


@pytest.mark.django_db
def test_demo_pages_exist_in_four_languages():
    for code in ("en", "fr", "es", "ar"):
        assert Page.objects.filter(
            locale__language_code=code, alias_of=None, slug="get-help", live=True
        ).exists(), code
