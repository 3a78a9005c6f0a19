"""The site on a phone (390 x 844 CSS px, touch, no keyboard): the quick exit stays on screen and
leaves with a tap, the header stays small and its language control works without JavaScript,
results come before filters, the where-to-go page puts the reader's own focal point first, and
every control is a target of at least 24 x 24 px. Each page visited is saved as a full-page
screenshot in var/screenshots/phone-<page>.png for a person to look at."""

from pathlib import Path

import pytest

from core.snippets import ContactChannel, Office
from tests.e2e.conftest import check_axe, open_tab, sign_in

pytestmark = pytest.mark.browser

WIDTH, HEIGHT = 390, 844
SCREENSHOTS = Path(__file__).resolve().parents[2] / "var" / "screenshots"
PHONE = {"viewport": {"width": WIDTH, "height": HEIGHT}, "has_touch": True, "is_mobile": True}


@pytest.fixture
def phone(chromium, site):
    """A phone-sized tab with touch, allowed to inject axe-core past the site's CSP."""
    page = open_tab(chromium, site, **PHONE)
    yield page
    page.context.close()


def screenshot(page, name):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=SCREENSHOTS / f"phone-{name}.png", full_page=True)


def box(page, selector):
    return page.locator(selector).first.bounding_box()


def test_quick_exit_stays_on_screen_at_the_bottom_of_a_long_page_and_leaves_with_a_tap(phone, site):
    page = phone
    page.goto(f"{site.url}/en/")
    page.goto(f"{site.url}/en/where-to-go/")
    check_axe(page)
    screenshot(page, "where-to-go")
    # It covers nothing: the page starts below it, and a jump to a section lands below it.
    bar = box(page, ".quick-exit-bar")
    assert box(page, "main h1")["y"] >= bar["y"] + bar["height"]
    page.goto(f"{site.url}/en/where-to-go/?anonymous=yes#results")
    bar = box(page, ".quick-exit-bar")
    assert box(page, "#results-heading")["y"] >= bar["y"] + bar["height"]

    page.evaluate("window.scrollTo(0, document.documentElement.scrollHeight)")
    assert page.evaluate("window.scrollY") > 3 * HEIGHT, "the page should be long"
    link = box(page, "[data-quick-exit]")
    assert link["y"] >= 0
    assert link["y"] + link["height"] <= HEIGHT
    assert link["x"] >= 0
    assert link["x"] + link["width"] <= WIDTH
    assert link["width"] >= 44
    assert link["height"] >= 44
    page.tap("[data-quick-exit]")
    page.wait_for_url(lambda url: "where-to-go" not in url)
    assert page.foreign_requests == []


def test_header_takes_under_a_sixth_of_the_screen_and_its_language_menu_passes_axe(phone, site):
    page = phone
    page.goto(f"{site.url}/en/")
    # The brand, search, help, the language control and sign-in, on two short rows.
    assert box(page, ".header-row")["height"] < 0.15 * HEIGHT
    assert not page.locator(".languages").is_visible()
    check_axe(page)
    page.locator(".language-menu summary").tap()
    assert page.locator('.languages a[lang="ar"]').is_visible()
    check_axe(page)
    screenshot(page, "home-languages-open")


def test_language_menu_opens_and_switches_language_without_javascript(chromium, site):
    context = chromium.new_context(java_script_enabled=False, **PHONE)
    page = context.new_page()
    page.goto(f"{site.url}/es/")
    summary = page.locator(".language-menu summary")
    assert "español" in summary.inner_text()
    assert summary.evaluate("element => element.parentElement.open") is False
    summary.click()
    current = page.locator(".languages a[aria-current]")
    assert current.get_attribute("lang") == current.get_attribute("hreflang") == "es"
    page.locator('.languages a[lang="fr"][hreflang="fr"]').click()
    page.wait_for_load_state()
    assert page.url.endswith("/fr/")
    assert page.locator("html").get_attribute("lang") == "fr"
    context.close()


def test_first_toolkit_result_is_on_the_first_screen_and_the_filters_are_one_tap_away(phone, site):
    page = phone
    sign_in(page.context, site, "focalpoint")
    page.goto(f"{site.url}/en/toolkit/")
    check_axe(page)
    screenshot(page, "toolkit")
    assert box(page, ".resource")["y"] < HEIGHT
    page.get_by_role("link", name="Filter resources").tap()
    page.get_by_label("Training package").check()
    page.get_by_role("button", name="Show resources").tap()
    page.wait_for_url(lambda url: "type=training_package" in url)
    assert box(page, ".resource")["y"] < HEIGHT
    assert page.foreign_requests == []


def test_where_to_go_with_an_office_shows_its_own_focal_point_first_near_the_top(phone, site):
    office = Office.objects.get(locale__language_code="en", name="Country Office A")
    own_focal_point = ContactChannel.objects.get(
        locale__language_code="en", office=office, kind="psea_focal_point"
    )
    page = phone
    page.goto(f"{site.url}/en/where-to-go/")
    page.locator("#office").select_option(label=office.name)
    page.get_by_role("button", name="Show my options").tap()
    page.wait_for_url(lambda url: f"office={office.pk}" in url)
    check_axe(page)
    page.evaluate("window.scrollTo(0, 0)")
    screenshot(page, "where-to-go-office")
    first = page.locator("#results article.channel").first
    assert first.locator("h3").inner_text() == own_focal_point.name
    assert first.bounding_box()["y"] < 1.5 * HEIGHT


def small_controls(page):
    """Every visible input, select and button smaller than 24 x 24 CSS px."""
    return page.evaluate(
        """() => [...document.querySelectorAll('input:not([type=hidden]), select, button')]
            .filter(control => control.checkVisibility())
            .map(control => [control.outerHTML.slice(0, 80), control.getBoundingClientRect()])
            .filter(([, rect]) => rect.width < 24 || rect.height < 24)
            .map(([html, rect]) => `${html} is ${rect.width} x ${rect.height}`)"""
    )


def test_every_control_is_at_least_24_px_on_the_toolkit_a_topic_and_where_to_go(phone, site):
    page = phone
    sign_in(page.context, site, "focalpoint")
    page.goto(f"{site.url}/en/toolkit/")
    assert small_controls(page) == []

    page.goto(f"{site.url}/en/community/")
    page.locator(".cop-topic-row > a").first.click()
    page.wait_for_load_state()
    assert page.locator("select[name=level]").is_visible()
    check_axe(page)
    screenshot(page, "topic")
    assert small_controls(page) == []

    # Radios keep their size beside a label long enough to wrap.
    page.goto(f"{site.url}/en/where-to-go/")
    assert small_controls(page) == []
