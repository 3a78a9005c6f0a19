"""Every kind of site page validates clean with the Nu HTML Checker (vnu.jar, from the vnu-jar
npm package beside axe-core), each page rendered for a reader who may see it, all checked in one
Java run. Errors and warnings both fail, with the checker's messages."""

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from django.test import Client

from accountability.models import RolePage, RolesChartPage, TransparencyPage
from campaigns.models import CampaignPage
from guidance.models import PolicySummaryPage, RoleGuidePage, WhereToGoPage
from tests.cop.helpers import BASE as FORUM
from tests.cop.helpers import topic_titled
from tests.guidance.test_pocket_card import office_with_own_channel
from tests.toolkit.helpers import KIT_SLUG, resource, toolkit_index

NODE_MODULES = Path(__file__).resolve().parents[2] / "node_modules"
VNU_JAR = NODE_MODULES / "vnu-jar" / "build" / "dist" / "vnu.jar"


def checker() -> list[str]:
    """The command that runs the checker; in CI a missing Java or jar fails the run."""
    java = shutil.which("java")
    missing = [
        what for what, there in (("java", java), (str(VNU_JAR), VNU_JAR.exists())) if not there
    ]
    if missing:
        reason = f"the Nu HTML Checker needs {' and '.join(missing)} (make test installs them)"
        if os.environ.get("CI"):
            pytest.fail(reason)
        pytest.skip(reason)
    return [java, "-jar", str(VNU_JAR), "--format", "json", "--stdout"]


def live(model, code="en", **filters):
    return model.objects.live().filter(locale__language_code=code, alias_of=None, **filters).first()


def site_pages() -> list[tuple[str, str | None, str]]:
    """(role, url, name): one page of each kind, read by a role that may read it."""
    where_to_go = live(WhereToGoPage)
    arabic_where_to_go = live(WhereToGoPage, "ar")
    topic = topic_titled("What do you tell a supervisor")
    assert topic.posts.count() > 1
    return [
        ("anonymous", "/en/", "home"),
        ("anonymous", f"{where_to_go.url}?office={office_with_own_channel().pk}", "where-to-go"),
        ("anonymous", f"{arabic_where_to_go.url}?anonymous=yes", "where-to-go-ar"),
        ("anonymous", live(PolicySummaryPage).url, "policy-summary"),
        ("anonymous", live(RoleGuidePage).url, "role-guide"),
        ("anonymous", "/en/search/?q=report", "search-results"),
        ("anonymous", "/accounts/login/?next=/en/", "sign-in"),
        ("focalpoint", toolkit_index().url, "toolkit-listing"),
        ("focalpoint", resource(KIT_SLUG).url, "toolkit-resource"),
        ("focalpoint", FORUM, "forum-index"),
        ("focalpoint", f"{FORUM}c/{topic.category.slug}/", "forum-category"),
        ("focalpoint", f"{FORUM}t/{topic.pk}/", "forum-topic"),
        ("newhire", live(CampaignPage).url, "campaign"),
        ("newhire", live(TransparencyPage).url, "case-figures"),
        ("newhire", live(TransparencyPage, "ar").url, "case-figures-ar"),
        ("newhire", live(RolesChartPage, "ar").url, "roles-chart-ar"),
        ("newhire", live(RolePage, slug="psea-coordinator").url, "role"),
    ]


def render(pages, users, folder: Path) -> list[Path]:
    clients = {"anonymous": Client()}
    files = []
    for role, url, name in pages:
        if role not in clients:
            clients[role] = Client()
            clients[role].force_login(users[role])
        response = clients[role].get(url)
        assert response.status_code == 200, f"{name} ({url}) as {role}: {response.status_code}"
        path = folder / f"{name}.html"
        path.write_bytes(response.content)
        files.append(path)
    return files


def problems(report: dict) -> list[str]:
    return [
        f"{Path(message.get('url', '')).name}:{message.get('lastLine', '?')}: "
        f"{message['message']} [{message.get('extract', '').strip()}]"
        for message in report["messages"]
        if message["type"] == "error" or message.get("subType") == "warning"
    ]


def test_site_pages_validate_clean(db, users, tmp_path, settings):
    command = checker()
    settings.DEMO_SIGN_IN_HINT = True  # the development home page's box is checked too
    pages = site_pages()
    files = render(pages, users, tmp_path)
    ran = subprocess.run(  # noqa: S603 - our own checker on files we just wrote
        [*command, *map(str, files)], capture_output=True, text=True, timeout=300, check=False
    )
    report = json.loads(ran.stdout)
    assert not problems(report), "\n".join(problems(report))
