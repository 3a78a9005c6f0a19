"""Every page type renders in every language for the roles that may see it, with a fixed
number of queries whatever the number of pages."""

import pytest
from django.test import Client
from django.utils.html import escape
from wagtail.models import Locale

from guidance.models import GuidancePage
from home.models import HomePage
from tests.budgets import assert_within_budget, queries_of
from tests.helpers import client_as

LOCALES = ["en", "fr", "es", "ar"]
ROLES = ["anonymous", "newhire", "focalpoint", "editor"]


def page_in(model, code, slug=None):
    pages = model.objects.filter(locale=Locale.objects.get(language_code=code), alias_of=None)
    if slug:
        pages = pages.filter(slug=slug)
    return pages.get()


@pytest.mark.django_db
@pytest.mark.parametrize("code", LOCALES)
@pytest.mark.parametrize("role", ROLES)
def test_home_page_renders_in_each_language(code, role, users):
    home = page_in(HomePage, code)
    response = client_as(role, users).get(f"/{code}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{code}" dir="{"rtl" if code == "ar" else "ltr"}">' in html
    assert escape(home.intro) in html
    # The help link leads to this language's "Get help" page.
    help_page = page_in(GuidancePage, code, "get-help")
    assert f'class="get-help" href="{help_page.url}"' in html


@pytest.mark.django_db
@pytest.mark.parametrize("code", LOCALES)
def test_guidance_page_renders_in_each_language(code, users):
    page = page_in(GuidancePage, code, "sea-and-sh")
    response = Client().get(page.url)
    assert response.status_code == 200
    assert page.title in response.content.decode()
    assert "This page is not translated" not in response.content.decode()


@pytest.mark.django_db
def test_untranslated_page_falls_back_to_english_with_a_notice():
    english = page_in(GuidancePage, "en", "sea-and-sh")
    response = Client().get("/zh-hans/sea-and-sh/")
    html = response.content.decode()
    assert response.status_code == 200
    assert '<html lang="zh-hans"' in html
    assert "This page is not translated into your language yet" in html
    assert '<div lang="en">' in html
    assert english.title in html


@pytest.mark.django_db
def test_sensitive_page_has_quick_exit_neutral_title_and_no_referrer():
    page = page_in(GuidancePage, "fr", "get-help")
    response = Client().get(page.url)
    html = response.content.decode()
    assert response["Referrer-Policy"] == "no-referrer"
    assert "data-quick-exit" in html
    assert f"<title>{page.title}" not in html
    # Not sensitive: no quick exit, the page's own title.
    other = page_in(GuidancePage, "fr", "sea-and-sh")
    other_html = Client().get(other.url).content.decode()
    assert "data-quick-exit" not in other_html


def _add_guidance_pages(count):
    english_home = page_in(HomePage, "en")
    for number in range(count):
        page = GuidancePage(
            title=f"Extra page {number}",
            slug=f"extra-{number}",
            summary="An extra page.",
            body=[("paragraph", "<p>Extra.</p>")],
            show_in_menus=True,
        )
        english_home.add_child(instance=page)
        page.save_revision().publish()


# The page type of each path in tests/budgets.py.
PAGE_TYPES = {
    "/en/": "home",
    "/ar/": "home-ar",
    "/en/sea-and-sh/": "guidance",
    "/zh-hans/sea-and-sh/": "guidance-fallback",
}


@pytest.mark.django_db
@pytest.mark.parametrize("role", ["anonymous", "newhire"])
@pytest.mark.parametrize("path", PAGE_TYPES)
def test_queries_keep_to_the_budget_and_do_not_grow_with_pages(path, role, users):
    client = client_as(role, users)
    client.get(path)  # warm per-process caches (site root paths)
    count = queries_of(client, path)
    assert_within_budget(f"{PAGE_TYPES[path]}:{role}", count)
    _add_guidance_pages(8)
    client.get(path)
    assert queries_of(client, path) == count
