"""A reader opens the French site, switches to Arabic and follows "Get help"."""

import pytest

from tests.e2e.conftest import check_axe

pytestmark = pytest.mark.browser


def test_french_to_arabic_then_get_help(browser_page, site):
    page = browser_page
    page.goto(f"{site.url}/fr/")
    assert page.locator("html").get_attribute("lang") == "fr"
    check_axe(page)

    page.locator(".language-menu summary").click()
    page.locator('.languages a[lang="ar"]').click()
    page.wait_for_load_state()
    html = page.locator("html")
    assert html.get_attribute("lang") == "ar"
    assert html.get_attribute("dir") == "rtl"
    assert page.url.endswith("/ar/")
    check_axe(page)

    page.locator("a.get-help").click()
    page.wait_for_load_state()
    assert "/ar/get-help/" in page.url
    assert page.locator("html").get_attribute("dir") == "rtl"
    assert page.locator("[data-quick-exit]").is_visible()
    check_axe(page)
    assert page.foreign_requests == []


def test_skip_link_is_first_and_moves_focus_to_main(browser_page, site):
    page = browser_page
    page.goto(f"{site.url}/en/")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.className")
    assert focused == "skip-link"
    page.keyboard.press("Enter")
    assert page.evaluate("location.hash") == "#main"


def test_pages_work_without_javascript(chromium, site):
    context = chromium.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{site.url}/es/")
    page.locator(".language-menu summary").click()
    page.locator('.languages a[lang="fr"]').click()
    assert page.locator("html").get_attribute("lang") == "fr"
    page.locator("a.get-help").click()
    assert "/fr/get-help/" in page.url
    context.close()
