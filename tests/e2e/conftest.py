"""Browser tests: Debian's Chromium driven by Playwright against pytest-django's live server.

Every page a test visits is checked with axe-core (injected from node_modules); serious or
critical violations fail the test. Requests to any host but the live server are recorded so a
test can assert there were none.
"""

import json
import os
import shutil
from pathlib import Path
from urllib.parse import urlparse

import pytest
from django.core.management import call_command

AXE_JS = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="session")
def chromium():
    executable = shutil.which("chromium")
    if executable is None:
        if os.environ.get("CI"):
            pytest.exit("Chromium is missing: scripts/services start installs it", returncode=3)
        pytest.skip("chromium is not installed (scripts/services start installs it)")
    from playwright.sync_api import sync_playwright

    # Playwright's sync API runs an event loop in this thread; Django's ORM refuses to run in
    # one unless told it is safe (the test thread makes no concurrent ORM calls). Set only
    # while browsers run, so no other test (or subprocess) inherits it.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        yield browser
        browser.close()
    del os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"]


@pytest.fixture(scope="session")
def site(django_db_setup, django_db_blocker):
    """The demo site behind a real HTTP server, for the whole session.

    It serves the demo content seeded (and committed) when the test database was set up.
    Browser journeys change that data for real (they post, schedule, download), so they run
    after every other test (see tests/conftest.py) and never flush the database: reseeding
    for each journey would cost more than the journeys themselves.
    """
    from pytest_django.live_server_helper import LiveServer

    with django_db_blocker.unblock():
        server = LiveServer("localhost:0")
        server._live_server_modified_settings.enable()
        yield server
        server._live_server_modified_settings.disable()
        server.stop()
        # What the journeys committed must not reach the next run of a reused test database
        # (`--reuse-db`): empty it; the next session seeds it again.
        call_command("flush", interactive=False, verbosity=0)


@pytest.fixture(autouse=True)
def committed_db(django_db_blocker):
    """Journeys read and write the database outside any test transaction, as the server does."""
    with django_db_blocker.unblock():
        yield


class AccessibilityError(AssertionError):
    pass


def open_tab(chromium, site, **options):
    """A tab in a browser of its own (`options` go to its context) that lists the requests it
    makes to other hosts in `page.foreign_requests`; close it with `page.context.close()`."""
    # The site's content security policy rightly refuses the inline script that injects
    # axe-core, so the test browser bypasses it; the site still sends it (tests/security).
    context = chromium.new_context(bypass_csp=True, **options)
    page = context.new_page()
    page.foreign_requests = []
    own_host = urlparse(site.url).netloc

    def record(request):
        netloc = urlparse(request.url).netloc
        if netloc and netloc != own_host:
            page.foreign_requests.append(request.url)

    page.on("request", record)
    return page


@pytest.fixture
def browser_page(chromium, site):
    """A fresh browser tab; `check_axe(page)` audits what it shows."""
    page = open_tab(chromium, site)
    yield page
    page.context.close()


def sign_in(context, site, username):
    """Give a browser context a session for `username`, without the sign-in form."""
    from django.contrib.auth import get_user_model
    from django.test import Client

    client = Client()
    client.force_login(get_user_model().objects.get(username=username))
    cookie = client.cookies["sessionid"]
    context.add_cookies([{"name": "sessionid", "value": cookie.value, "url": site.url}])


def sign_in_with_form(page, site, username):
    """Sign in as a person does, through the sign-in form with the demo password."""
    page.goto(f"{site.url}/admin/login/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", "demo-password-change-me")
    page.locator("button[type=submit]").first.click()
    page.wait_for_load_state()


def check_axe(page):
    """Run axe-core on the current page; fail on serious or critical violations."""
    page.add_script_tag(content=AXE_JS.read_text())
    result = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    bad = [v for v in result["violations"] if v["impact"] in ("serious", "critical")]
    if bad:
        summary = [
            {"id": v["id"], "impact": v["impact"], "nodes": [n["target"] for n in v["nodes"]][:5]}
            for v in bad
        ]
        raise AccessibilityError(f"axe on {page.url}: {json.dumps(summary, indent=1)}")
