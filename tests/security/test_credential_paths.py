"""Every path that takes a password asks a person with an authenticator app for its code.

The paths are not listed here: the test walks the whole URLconf, so a sign-in form added later
(by us or by a Wagtail upgrade) is tried like the known ones.
"""

import re
import uuid

import pytest
from axes.utils import reset as reset_throttling
from django.contrib.auth.tokens import default_token_generator
from django.test import Client
from django.urls import get_resolver
from django.urls.converters import IntConverter, UUIDConverter
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from core.demo_users import DEFAULT_DEMO_PASSWORD

# Forms that take a password today; the walk must find each of them (so it is really walking).
KNOWN_PASSWORD_FORMS = {"/accounts/login/", "/admin/login/", "/en/_util/login/"}


def code_for(device):
    return f"{totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits):06d}"


@pytest.fixture
def editor_with_code(users):
    editor = users["editor"]
    device = TOTPDevice.objects.create(user=editor, name="Authenticator app", confirmed=True)
    return editor, device


def every_url(user) -> list[str]:
    """One concrete URL per pattern of the URLconf, namespaced includes too, with sample values
    (a valid password-reset link for `user` where a pattern asks for uidb64 and token)."""
    samples = {
        "uidb64": urlsafe_base64_encode(force_bytes(user.pk)),
        "token": default_token_generator.make_token(user),
    }
    urls = set()

    def walk(resolver, prefix):
        for _key, entries in resolver.reverse_dict.lists():
            for possibilities, _pattern, _defaults, converters in entries:
                for template, params in possibilities:
                    values = {}
                    for param in params:
                        converter = converters.get(param)
                        if param in samples:
                            values[param] = samples[param]
                        elif isinstance(converter, UUIDConverter):
                            values[param] = str(uuid.uuid4())
                        elif converter is None or isinstance(converter, IntConverter):
                            values[param] = "1"
                        else:
                            values[param] = "x"
                    urls.add("/" + prefix + template % values)
        for _namespace, (sub_prefix, sub_resolver) in resolver.namespace_dict.items():
            walk(sub_resolver, prefix + sub_prefix)

    walk(get_resolver(), "")
    return sorted(url for url in urls if "(" not in url and "\\" not in url)


def signed_in(client) -> bool:
    return "_auth_user_id" in client.session


def test_no_path_signs_in_without_the_code(db, editor_with_code):
    editor, device = editor_with_code
    credentials = {
        "username": editor.username,
        "login": editor.username,
        "email": editor.email,
        "password": DEFAULT_DEMO_PASSWORD,
        # Reset forms: the same password again, so later paths still try a valid one.
        "new_password1": DEFAULT_DEMO_PASSWORD,
        "new_password2": DEFAULT_DEMO_PASSWORD,
        "next": "/admin/",
    }
    urls = every_url(editor)
    assert len(urls) > 200
    password_forms, skipped_the_code = set(), []
    for url in urls:
        client = Client(raise_request_exception=False)
        shown = client.get(url, follow=True)
        final = shown.request["PATH_INFO"]
        if shown.status_code == 200 and b'type="password"' in shown.content:
            password_forms.add(url)
        for target in {url, final}:
            client.post(target, credentials)
            # Failures are expected here: keep throttling from hiding what the next form does.
            reset_throttling(username=editor.username)
            if signed_in(client):
                skipped_the_code.append(target)
                client.logout()
    assert password_forms >= KNOWN_PASSWORD_FORMS, sorted(password_forms)
    assert any("reset" in url for url in password_forms), sorted(password_forms)
    assert not skipped_the_code

    # The same check does see a sign-in: with the code, the one sign-in page lets the editor in.
    client = Client()
    client.post("/accounts/login/", {**credentials, "otp_code": code_for(device)})
    assert signed_in(client)
    assert client.get("/admin/").status_code == 200


def test_wagtail_front_end_sign_in_leads_to_the_one_sign_in_page(db, client):
    response = client.get("/en/_util/login/?next=/admin/")
    assert response.status_code == 302
    assert response["Location"] == "/accounts/login/?next=/admin/"


def test_a_sign_in_without_the_code_is_undone_whatever_the_path(db, editor_with_code):
    """A view that calls login() itself (here: force_login) gets no session for this person."""
    editor, _device = editor_with_code
    client = Client()
    client.force_login(editor)
    assert not signed_in(client)
    assert client.get("/admin/").status_code == 302


def test_turning_the_code_off_asks_for_a_current_code(db, editor_with_code):
    editor, device = editor_with_code
    client = Client()
    client.post(
        "/accounts/login/",
        {
            "username": editor.username,
            "password": DEFAULT_DEMO_PASSWORD,
            "otp_code": code_for(device),
        },
    )
    assert signed_in(client)
    for attempt in ({}, {"action": "disable"}, {"code": "000000"}):
        response = client.post("/accounts/two-factor/", attempt)
        assert response.status_code == 200
        assert TOTPDevice.objects.filter(pk=device.pk, confirmed=True).exists()
    device.refresh_from_db()
    device.throttle_reset()
    device.last_t = -1  # the code was used to sign in; the same time step may be used again
    device.save()
    assert client.post("/accounts/two-factor/", {"code": code_for(device)}).status_code == 302
    assert not TOTPDevice.objects.filter(pk=device.pk).exists()


def test_signed_in_people_without_admin_access_are_told_instead_of_looping(db, users):
    client = Client()
    client.force_login(users["newhire"])
    response = client.get("/admin/", follow=True)
    assert response.status_code == 403
    assert len(response.redirect_chain) <= 2
    assert "This area is for staff who edit the site" in response.content.decode()


def test_a_members_only_space_tells_a_signed_in_reader_whom_to_ask_and_nothing_more(db, users):
    client = Client()
    client.force_login(users["newhire"])
    restricted = client.get("/en/community/")
    missing = client.get("/en/no-such-space/")
    assert restricted.status_code == missing.status_code == 404
    assert "ask your office's focal point" in restricted.content.decode()

    # The same page for a restricted space and for nothing at all: no way to tell them apart
    # (but for the CSRF token, masked anew for every response).
    def unmasked(response):
        return re.sub(r'name="csrfmiddlewaretoken" value="\w+"', "", response.content.decode())

    assert unmasked(restricted) == unmasked(missing)
