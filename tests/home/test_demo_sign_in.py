"""In development the home page names the demo users, their password and where to sign in;
with production settings it never does, whatever the environment says."""

import pytest
from django.test import Client

from core.demo_users import DEFAULT_DEMO_PASSWORD, DEMO_USERS
from tests.security.test_dev_settings import settings_say

pytestmark = pytest.mark.django_db
PRODUCTION = {
    "DJANGO_SETTINGS_MODULE": "config.settings.production",
    "SECRET_KEY": "production-check-only-key-that-is-long-enough-for-django-to-accept",
    "ALLOWED_HOSTS": "safe.example.org",
    "CLAMD_ADDRESS": "unix:/run/clamav/clamd.ctl",
    "DEBUG": "true",
}


def test_the_development_home_page_names_the_demo_users_and_where_to_sign_in(settings, monkeypatch):
    settings.DEMO_SIGN_IN_HINT = True
    monkeypatch.delenv("DEMO_PASSWORD", raising=False)
    html = Client().get("/en/").content.decode()
    assert 'class="demo-sign-in"' in html
    for username, groups in DEMO_USERS.items():
        assert f"<code>{username}</code>: " in html
        assert ", ".join(groups) in html
    assert f"<code>{DEFAULT_DEMO_PASSWORD}</code>" in html
    assert 'href="/accounts/login/?next=/en/"' in html


def test_a_password_set_in_the_environment_is_not_shown(settings, monkeypatch):
    settings.DEMO_SIGN_IN_HINT = True
    monkeypatch.setenv("DEMO_PASSWORD", "a-private-choice-of-password")
    html = Client().get("/fr/").content.decode()
    assert "<code>newhire</code>" in html
    assert "a-private-choice-of-password" not in html
    assert DEFAULT_DEMO_PASSWORD not in html
    assert "DEMO_PASSWORD" in html


def test_signed_in_readers_and_production_settings_get_no_demo_box(settings, users):
    settings.DEMO_SIGN_IN_HINT = True
    signed_in = Client()
    signed_in.force_login(users["newhire"])
    assert "demo-sign-in" not in signed_in.get("/en/").content.decode()

    assert settings_say("DEMO_SIGN_IN_HINT") == ["True"]
    assert settings_say("DEMO_SIGN_IN_HINT", "DEBUG", **PRODUCTION) == ["False", "False"]
    settings.DEMO_SIGN_IN_HINT = False  # as production has it
    html = Client().get("/en/").content.decode()
    assert "demo-sign-in" not in html
    assert DEFAULT_DEMO_PASSWORD not in html
