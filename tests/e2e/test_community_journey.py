"""Two focal points in two browsers: one asks, the other answers, the first accepts."""

import pytest

from tests.e2e.conftest import check_axe, open_tab, sign_in_with_form

pytestmark = pytest.mark.browser


@pytest.fixture
def member_pages(chromium, site):
    """Two separate browsers (contexts), one per member. axe-core is injected as an inline
    script, which the site's content security policy rightly blocks, so the test browser
    bypasses CSP; the site itself still sends it."""
    pages = [open_tab(chromium, site) for _member in range(2)]
    yield pages
    for page in pages:
        page.context.close()


def test_post_a_topic_get_a_reply_accept_it(member_pages, site):
    asker, answerer = member_pages
    sign_in_with_form(asker, site, "focalpoint")
    asker.goto(f"{site.url}/en/community/")
    assert asker.locator("h1").inner_text() == "Community of practice"
    check_axe(asker)

    asker.locator("a", has_text="Prevention and training").first.click()
    check_axe(asker)
    asker.locator("a", has_text="Start a new topic").click()
    check_axe(asker)
    asker.fill("#id_title", "Short induction sessions for drivers")
    asker.fill("#id_source", "What do you cover in a **30-minute** session?")
    asker.check("#id_is_question")
    asker.locator("button[value=post]").click()
    asker.wait_for_load_state()
    assert asker.locator("h1").inner_text() == "Short induction sessions for drivers"
    check_axe(asker)
    topic_url = asker.url

    sign_in_with_form(answerer, site, "moderator")
    answerer.goto(topic_url)
    answerer.fill("#id_source", "The core standards, how to report, and a short role play.")
    answerer.locator("button[value=post]").click()
    answerer.wait_for_load_state()
    assert answerer.locator(".cop-post").count() == 2

    asker.goto(topic_url)
    asker.locator("button.cop-accept").click()
    asker.wait_for_load_state()
    assert asker.locator(".cop-post-accepted").count() == 1
    assert "Accepted answer" in asker.locator(".cop-post-accepted").inner_text()
    check_axe(asker)
    assert asker.foreign_requests == []
    assert answerer.foreign_requests == []
