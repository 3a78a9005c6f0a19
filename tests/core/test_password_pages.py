"""A password-protected page: the reader gets the password form, then the page once the
password is right (core.visibility runs the only view check; Wagtail's own is taken out)."""

import pytest
from django.test import Client
from wagtail import hooks
from wagtail.models import PageViewRestriction
from wagtail.wagtail_hooks import check_view_restrictions

from tests.core.test_visibility import english_home, make_page


@pytest.fixture
def password_page(db):
    page = make_page(english_home(), "staff-retreat", "Staff retreat notes")
    restriction = PageViewRestriction.objects.create(
        page=page,
        restriction_type=PageViewRestriction.PASSWORD,
        password="lantern",  # noqa: S106
    )
    return page, restriction


def test_the_reader_is_asked_for_the_password_then_reads_the_page(password_page):
    page, restriction = password_page
    client = Client()
    asked = client.get(page.url)
    html = asked.content.decode()
    assert asked.status_code == 200
    assert 'name="password"' in html
    assert "Staff retreat notes" not in html
    assert "no-cache" in asked["Cache-Control"]
    action = f"/en/_util/authenticate_with_password/{restriction.pk}/{page.pk}/"
    assert f'action="{action}"' in html
    wrong = client.post(action, {"password": "candle", "return_url": page.url})
    assert wrong.status_code == 200  # the form again, with its error
    assert "Staff retreat notes" not in wrong.content.decode()
    right = client.post(action, {"password": "lantern", "return_url": page.url})
    assert right.status_code == 302
    assert "Staff retreat notes" in client.get(page.url).content.decode()


def test_wagtail_runs_no_second_view_check():
    assert all(fn is not check_view_restrictions for fn in hooks.get_hooks("on_serve_page"))
