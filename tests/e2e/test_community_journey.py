"""Two focal points in two browsers: one asks, the other answers, the first accepts."""

from urllib.parse import urlparse

import pytest

from tests.e2e.conftest import check_axe

pytestmark = pytest.mark.browser

PASSWORD = "demo-password-change-me"


def sign_in(page, site, username):
    page.goto(f"{site.url}/admin/login/?next=/en/community/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", PASSWORD)
    page.locator("button[type=submit], input[type=submit]").first.click()
    page.wait_for_load_state()


@pytest.fixture
def member_pages(chromium, site):
    """Two separate browsers (contexts), one per member. axe-core is injected as an inline
    script, which the site's content security policy rightly blocks, so the test browser
    bypasses CSP; the site itself still sends it."""
    own_host = urlparse(site.url).netloc
    contexts, pages = [], []
    for _member in range(2):
        context = chromium.new_context(bypass_csp=True)
        page = context.new_page()
        page.foreign_requests = []
        page.on(
            "request",
            lambda request, page=page: (
                urlparse(request.url).netloc in ("", own_host)
                or page.foreign_requests.append(request.url)
            ),
        )
        contexts.append(context)
        pages.append(page)
    yield pages
    for context in contexts:
        context.close()


def test_post_a_topic_get_a_reply_accept_it(member_pages, site):
    asker, answerer = member_pages
    sign_in(asker, site, "focalpoint")
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

    sign_in(answerer, site, "moderator")
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
    assert asker.foreign_requests == [] and answerer.foreign_requests == []
