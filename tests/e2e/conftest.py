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

# Playwright's sync API runs an event loop in this thread; Django's ORM refuses to run in one
# unless told it is safe (the test thread makes no concurrent ORM calls).
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


@pytest.fixture(scope="session")
def chromium():
    executable = shutil.which("chromium")
    if executable is None:
        if os.environ.get("CI"):
            pytest.exit("Chromium is missing: scripts/services start installs it", returncode=3)
        pytest.skip("chromium is not installed (scripts/services start installs it)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def site(transactional_db, live_server):
    """The demo site behind a real HTTP server (transactional: the server thread sees it)."""
    call_command("seed_demo", verbosity=0)
    return live_server


class AccessibilityError(AssertionError):
    pass


@pytest.fixture
def browser_page(chromium, site):
    """A fresh browser tab; `check_axe(page)` audits what it shows."""
    context = chromium.new_context()
    page = context.new_page()
    page.foreign_requests = []
    own_host = urlparse(site.url).netloc

    def record(request):
        netloc = urlparse(request.url).netloc
        if netloc and netloc != own_host:
            page.foreign_requests.append(request.url)

    page.on("request", record)
    yield page
    context.close()


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
