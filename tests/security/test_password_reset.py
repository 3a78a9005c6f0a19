"""Wagtail's password reset: throttled, every password change audited, off with single sign-on."""

import os
import re
import subprocess
import sys

import pytest
from django.core import mail
from django.core.cache import cache
from django.test import Client, override_settings

from accounts.models import AuditEvent
from accounts.passwords import RESETS_PER_ADDRESS

RESET = "/admin/password_reset/"


@pytest.fixture(autouse=True)
def fresh_counters():
    """Reset counters live in the cache, which tests do not roll back."""
    cache.clear()
    yield
    cache.clear()


def test_reset_requests_are_throttled_per_address(db, users):
    editor = users["editor"]
    client = Client()
    statuses = [
        client.post(RESET, {"email": editor.email}).status_code
        for _ in range(RESETS_PER_ADDRESS + 2)
    ]
    assert statuses[:RESETS_PER_ADDRESS] == [302] * RESETS_PER_ADDRESS
    assert statuses[RESETS_PER_ADDRESS:] == [429, 429]
    assert len(mail.outbox) == RESETS_PER_ADDRESS
    refused = client.post(RESET, {"email": editor.email})
    assert "Too many reset requests" in refused.content.decode()


def test_a_password_set_through_the_reset_link_is_audited_and_signs_nobody_in(db, users):
    editor = users["editor"]
    client = Client()
    client.post(RESET, {"email": editor.email})
    link = re.search(r"https?://[^/\s]+(/admin/password_reset/confirm/\S+)", mail.outbox[0].body)
    form = client.get(link.group(1), follow=True)
    assert form.status_code == 200
    new = "a-new-long-passphrase-42"
    done = client.post(form.request["PATH_INFO"], {"new_password1": new, "new_password2": new})
    assert done.status_code == 302
    assert "_auth_user_id" not in client.session
    event = AuditEvent.objects.filter(event="password_changed").latest("pk")
    assert event.target == f"user:{editor.pk}"


def test_every_password_change_is_audited_whatever_the_path(db, users):
    newhire = users["newhire"]
    newhire.set_password("another-long-passphrase-7")
    newhire.save()
    assert AuditEvent.objects.filter(event="password_changed", target=f"user:{newhire.pk}").exists()


def test_reset_is_off_when_single_sign_on_is_configured(db):
    with override_settings(WAGTAIL_PASSWORD_RESET_ENABLED=False):
        assert Client().get(RESET).status_code == 404
    settings_say = subprocess.run(  # noqa: S603 - our own interpreter and settings
        [
            sys.executable,
            "-c",
            "import django; django.setup(); from django.conf import settings; "
            "print(settings.WAGTAIL_PASSWORD_RESET_ENABLED, "
            "settings.WAGTAIL_PASSWORD_MANAGEMENT_ENABLED)",
        ],
        env={
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "config.settings.test",
            "OIDC_RP_CLIENT_ID": "seash",
            "PYTHONPATH": "site:.",
        },
        capture_output=True,
        text=True,
        check=True,
    )
    assert settings_say.stdout.split() == ["False", "False"]
