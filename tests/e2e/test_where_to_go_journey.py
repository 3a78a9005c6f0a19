"""Journeys of a person looking for help: reach anonymous channels fast, read the Arabic page
without JavaScript, and leave quickly without a way back."""

import pytest

from tests.e2e.conftest import check_axe

pytestmark = pytest.mark.browser


def test_new_hire_reaches_anonymous_channels_from_french_home_in_two_clicks(browser_page, site):
    page = browser_page
    page.goto(f"{site.url}/fr/")
    check_axe(page)
    page.get_by_role("link", name="À qui vous adresser").first.click()  # click 1
    page.wait_for_load_state()
    check_axe(page)
    page.get_by_role("link", name="Faire un signalement anonyme").click()  # click 2
    page.wait_for_load_state()
    channels = page.locator("#results article.channel")
    assert channels.count() >= 1
    for index in range(channels.count()):
        text = channels.nth(index).inner_text()
        assert "Signalements anonymes acceptés" in text
        assert "Confidentiel" in text
        assert "Qui est informé de quoi, et la suite" in text
    # What happens next is folded, one tap away.
    channels.first.locator("summary").click()
    assert "Et ensuite" in channels.first.inner_text()
    check_axe(page)
    assert page.foreign_requests == []


def test_arabic_where_to_go_without_javascript_is_rtl_and_light(chromium, site):
    context = chromium.new_context(java_script_enabled=False)
    page = context.new_page()
    sizes = []
    page.on("response", lambda response: sizes.append(len(response.body())))
    page.goto(f"{site.url}/ar/where-to-go/")
    page.wait_for_load_state("networkidle")
    assert page.locator("html").get_attribute("dir") == "rtl"
    assert sum(sizes) <= 150 * 1024, f"first load moved {sum(sizes)} bytes"
    # The decision helper works as a plain GET form.
    page.locator('input[name="anonymous"][value="yes"]').check()
    page.locator("form.finder button[type=submit]").click()
    assert "anonymous=yes" in page.url
    assert page.locator("#results article.channel").count() >= 1
    context.close()


@pytest.mark.parametrize("how", ["link", "shift"])
def test_quick_exit_leaves_and_back_does_not_return(browser_page, site, how):
    page = browser_page
    page.goto(f"{site.url}/en/")
    page.goto(f"{site.url}/en/where-to-go/")
    assert page.locator("[data-quick-exit]").is_visible()
    if how == "link":
        page.locator("[data-quick-exit]").click()
    else:
        page.locator("body").click()
        for _ in range(3):
            page.keyboard.press("Shift")
    page.wait_for_url(lambda url: "where-to-go" not in url)
    page.go_back()
    page.wait_for_load_state()
    assert "where-to-go" not in page.url
    assert page.foreign_requests == []
