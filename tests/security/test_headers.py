"""Response headers: the content security policies, framing, caching of private answers, and
`check --deploy` on production settings."""

import pytest
from django.test import Client
from wagtail.documents import get_document_model

from tests.security.deploy import deploy_check

CSP = "Content-Security-Policy"


def directives(header: str) -> dict[str, str]:
    return dict((part.strip() + " ").split(" ", 1) for part in header.split(";") if part.strip())


def test_site_pages_get_the_strict_policy(db, client):
    response = client.get("/en/")
    policy = directives(response[CSP])
    assert policy["default-src"].strip() == "'self'"
    assert "unsafe-inline" not in response[CSP]
    assert "unsafe-eval" not in response[CSP]
    assert policy["frame-ancestors"].strip() == "'none'"
    assert policy["object-src"].strip() == "'none'"
    assert "http" not in response[CSP]  # no other host anywhere
    assert response["X-Frame-Options"] == "DENY"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["X-Content-Type-Options"] == "nosniff"


def test_sensitive_pages_carry_a_nonce_on_their_script_and_send_no_referrer(db, client):
    from guidance.models import GuidancePage

    page = GuidancePage.objects.live().filter(is_sensitive=True).first()
    if page is None:
        pytest.skip("no sensitive page in the demo content")
    response = client.get(page.url)
    nonce = directives(response[CSP])["script-src"].split("'nonce-")[1].split("'")[0]
    assert f'nonce="{nonce}"'.encode() in response.content
    assert response["Referrer-Policy"] == "no-referrer"


def test_admin_gets_the_looser_policy_and_frames_only_itself(db, users):
    client = Client()
    client.force_login(users["editor"])
    response = client.get("/admin/")
    assert response.status_code == 200
    policy = directives(response[CSP])
    assert "'unsafe-inline'" in policy["style-src"]
    assert policy["frame-ancestors"].strip() == "'self'"
    assert "no-store" in response["Cache-Control"]


def test_document_downloads_are_private_and_not_stored(db, users):
    document = get_document_model().objects.first()
    if document is None:
        pytest.skip("no document in the demo content")
    client = Client()
    client.force_login(users["editor"])
    response = client.get(document.url)
    assert response.status_code == 200
    assert "private" in response["Cache-Control"]
    assert "no-store" in response["Cache-Control"]
    assert "public" not in response["Cache-Control"]


def test_pages_for_signed_in_people_are_private_and_public_ones_vary_on_cookie(db, users):
    anonymous = Client().get("/en/")
    assert "Cookie" in anonymous["Vary"]
    client = Client()
    client.force_login(users["newhire"])
    response = client.get("/en/")
    assert "no-store" in response["Cache-Control"]
    assert "private" in response["Cache-Control"]


def test_check_deploy_on_production_settings_reports_nothing():
    done = deploy_check(CLAMD_ADDRESS="unix:/run/clamav/clamd.ctl")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "System check identified no issues (0 silenced)." in done.stdout
