"""A reader searches in French: results in French first, suggestions as they type, nothing
loaded from another host, and the page passes axe."""

import pytest

from tests.e2e.conftest import check_axe

pytestmark = pytest.mark.browser


def test_search_in_french_with_suggestions_and_no_foreign_requests(browser_page, site):
    page = browser_page
    page.goto(f"{site.url}/fr/")
    page.get_by_role("link", name="Rechercher").first.click()
    page.wait_for_load_state()
    box = page.locator("#search-q")
    box.press_sequentially("harc", delay=50)
    page.wait_for_function(
        "document.querySelectorAll('#search-suggestions option').length > 0", timeout=5000
    )
    box.fill("harcèlement")
    box.press("Enter")
    page.wait_for_load_state()
    first = page.locator(".hit").first
    assert "Harcèlement" in first.inner_text()
    assert page.locator(".hit mark").count() > 0
    check_axe(page)
    assert page.foreign_requests == []


def test_search_works_without_javascript(chromium, site):
    context = chromium.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{site.url}/es/search/?q=acoso")
    assert page.locator(".hit").count() > 0
    page.locator(".facets a").first.click()
    assert page.locator(".hit").count() > 0
    context.close()
