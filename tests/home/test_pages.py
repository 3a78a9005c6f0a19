"""Every page type renders in every language for the roles that may see it, with a fixed
number of queries whatever the number of pages."""

import pytest
from django.test import Client
from django.utils.html import escape
from wagtail.models import Locale

from guidance.models import GuidancePage
from home.models import HomePage

LOCALES = ["en", "fr", "es", "ar"]
ROLES = ["anonymous", "newhire", "focalpoint", "editor"]


def client_for(role, users):
    client = Client()
    if role != "anonymous":
        client.force_login(users[role])
    return client


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
    response = client_for(role, users).get(f"/{code}/")
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


# Queries per page. A signed-in reader adds the session and user lookups, their groups, and
# the campaign banner and the toolkit and campaign sections they may see.
QUERIES = {
    ("/en/", "anonymous"): 19,
    ("/en/", "newhire"): 24,
    ("/ar/", "anonymous"): 20,
    ("/ar/", "newhire"): 25,
    ("/en/sea-and-sh/", "anonymous"): 15,
    ("/en/sea-and-sh/", "newhire"): 17,
    ("/zh-hans/sea-and-sh/", "anonymous"): 19,
    ("/zh-hans/sea-and-sh/", "newhire"): 21,
}


@pytest.mark.django_db
@pytest.mark.parametrize("path,role", QUERIES)
def test_query_count_is_fixed_whatever_the_number_of_pages(
    path, role, users, django_assert_num_queries
):
    client = client_for(role, users)
    client.get(path)  # warm per-process caches (site root paths)
    with django_assert_num_queries(QUERIES[path, role]):
        assert client.get(path).status_code == 200
    _add_guidance_pages(8)
    client.get(path)
    with django_assert_num_queries(QUERIES[path, role]):
        assert client.get(path).status_code == 200
