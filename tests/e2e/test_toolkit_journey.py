"""A focal point filters the toolkit (Type = Training package, Language = Arabic, Topic = SH)
and downloads the Arabic bundle; a new hire never sees that package nor its files."""

import io
import zipfile
from pathlib import Path

import pytest

from tests.e2e.conftest import check_axe, open_tab, sign_in
from toolkit.models import ResourcePage

pytestmark = pytest.mark.browser

KIT_TITLE = "Sexual harassment at work: scenario-based training for teams"


@pytest.fixture
def tab(chromium, site):
    """A browser tab that may download files."""
    page = open_tab(chromium, site, accept_downloads=True)
    yield page
    page.context.close()


def test_focal_point_filters_and_downloads_the_arabic_bundle(tab, site):
    page = tab
    sign_in(page.context, site, "focalpoint")
    page.goto(f"{site.url}/en/toolkit/")
    check_axe(page)

    page.get_by_label("Training package").check()
    page.get_by_label("Arabic").check()
    page.get_by_label("Sexual harassment (SH)").check()
    page.get_by_role("button", name="Show resources").click()
    page.wait_for_load_state()
    assert "type=training_package" in page.url
    assert "language=ar" in page.url
    check_axe(page)

    page.get_by_role("link", name=KIT_TITLE).click()
    page.wait_for_load_state()
    check_axe(page)
    with page.expect_download() as download_info:
        page.get_by_role("link", name="Download all 4 files in Arabic").click()
    download = download_info.value
    assert download.suggested_filename == "sh-scenario-training-ar.zip"
    archive = zipfile.ZipFile(io.BytesIO(Path(download.path()).read_bytes()))
    assert len(archive.namelist()) == 4
    assert page.foreign_requests == []


def test_new_hire_sees_neither_the_kit_package_nor_its_files(tab, site):
    page = tab
    sign_in(page.context, site, "newhire")
    page.goto(f"{site.url}/en/toolkit/?type=training_package")
    assert KIT_TITLE not in page.content()
    check_axe(page)
    kit = ResourcePage.objects.get(
        slug="sh-scenario-training", locale__language_code="en", alias_of=None
    )
    item = kit.files.first()
    # Outside the language prefix a 404 is redirected to /en/..., which is a 404 too.
    response = page.request.get(f"{site.url}/toolkit/files/{item.pk}/")
    assert response.status == 404
    assert KIT_TITLE not in response.text()


def test_listing_works_without_javascript(chromium, site):
    context = chromium.new_context(java_script_enabled=False)
    sign_in(context, site, "focalpoint")
    page = context.new_page()
    page.goto(f"{site.url}/ar/toolkit/")
    assert page.locator("html").get_attribute("dir") == "rtl"
    page.locator('input[name="language"][value="ar"]').check()
    page.locator('.toolkit-filters button[type="submit"]').click()
    assert "language=ar" in page.url
    context.close()


def test_keyboard_user_on_a_phone_opens_the_menu_and_reaches_the_toolkit(chromium, site):
    """On a 390 px screen the menu is one folded line; Tab and Enter open it and follow it."""
    context = chromium.new_context(bypass_csp=True, viewport={"width": 390, "height": 844})
    sign_in(context, site, "newhire")
    page = context.new_page()
    page.goto(f"{site.url}/en/")
    menu = page.locator("details.site-menu")
    toolkit = menu.get_by_role("link", name="Toolkit")
    assert not toolkit.is_visible()
    assert menu.bounding_box()["height"] <= 60

    def tab_to(matches, limit=30):
        for _ in range(limit):
            page.keyboard.press("Tab")
            if page.evaluate(matches):
                return
        raise AssertionError(f"Tab never reached {matches}")

    tab_to("document.activeElement.matches('details.site-menu > summary')")
    page.keyboard.press("Enter")
    assert toolkit.is_visible()
    check_axe(page)
    tab_to("document.activeElement.textContent === 'Toolkit'")
    page.keyboard.press("Enter")
    page.wait_for_url(f"{site.url}/en/toolkit/")
    assert menu.locator('a[aria-current="page"]').text_content() == "Toolkit"
    check_axe(page)
    context.close()
