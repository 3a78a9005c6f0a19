"""A comms user schedules a phase in the Wagtail admin and finds it on the campaign calendar;
a reader sees the live phase on the campaign page."""

from datetime import timedelta

import pytest
from django.utils import timezone

from tests.e2e.conftest import check_axe, sign_in_with_form

pytestmark = pytest.mark.browser


def test_comms_user_schedules_a_phase_and_sees_it_on_the_calendar(browser_page, site):
    from campaigns.factories import make_phase

    start = (timezone.now() + timedelta(days=100)).replace(minute=0, second=0, microsecond=0)
    phase = make_phase(60, start, start + timedelta(days=20), publish=False)
    page = browser_page
    sign_in_with_form(page, site, "comms")
    page.goto(f"{site.url}/admin/pages/{phase.pk}/edit/")
    new_start = start + timedelta(days=3)
    page.fill("#id_go_live_at", new_start.strftime("%Y-%m-%d %H:%M"))
    page.keyboard.press("Escape")
    # Wagtail's date picker widget stays open over the action menu; the typed value is what
    # counts, so the test hides the widget rather than fight it for the pointer.
    page.add_style_tag(content=".xdsoft_datetimepicker { display: none !important; }")
    # Comms staff submit for approval: "Submit to Campaign approval" in the action menu.
    page.locator(".w-dropdown-button").get_by_role("button", name="More actions").click()
    page.get_by_role("button", name="Submit to Campaign approval").click()
    page.wait_for_load_state()
    assert page.locator(".messages").first.inner_text() != ""
    page.goto(f"{site.url}/admin/campaigns/calendar/")
    row = page.locator("tr", has_text="Test phase 60").first
    assert row.is_visible()
    assert "Awaiting approval" in row.inner_text()
    assert new_start.strftime("%-d %B %Y") in row.inner_text()  # the long date (DATETIME_FORMAT)


def test_reader_sees_the_live_phase_on_the_campaign_page(browser_page, site):
    page = browser_page
    page.goto(f"{site.url}/admin/login/?next=/en/campaigns/know-your-rights-2026/")
    page.fill("#id_username", "newhire")
    page.fill("#id_password", "demo-password-change-me")
    page.locator("button[type=submit]").first.click()
    page.wait_for_load_state()
    page.goto(f"{site.url}/en/campaigns/know-your-rights-2026/")
    assert page.locator("table.timeline-table").is_visible()
    assert "Where to go for what" in page.locator("table.timeline-table").inner_text()
    check_axe(page)
    page.locator("table.timeline-table a").first.click()
    page.wait_for_load_state()
    assert page.locator("h1").inner_text().startswith("Phase 2")
    check_axe(page)
    page.goto(f"{site.url}/ar/campaigns/know-your-rights-2026/")
    assert page.locator("html").get_attribute("dir") == "rtl"
    check_axe(page)
    assert page.foreign_requests == []
