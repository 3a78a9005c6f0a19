"""Single sign-on against a real OpenID provider on loopback (tests/security/oidc_provider.py):
the browser's redirects are followed by hand, every back-channel call is real HTTP."""

import urllib.error
import urllib.request
from http.client import HTTPConnection
from urllib.parse import urlparse

import pytest
from django.contrib.auth import get_user_model
from django.test import Client

from accounts.models import AuditEvent
from core import roles
from tests.security.oidc_provider import Provider

BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "accounts.backends.TwoFactorModelBackend",
    "accounts.oidc.GroupMappingOIDCBackend",
]
GROUP_MAP = {"sea-focal": roles.FOCAL_POINTS, "sea-mods": roles.MODERATORS}


@pytest.fixture
def provider(settings):
    with Provider("seash-site", "client-secret-for-tests") as running:
        for name, value in running.settings().items():
            setattr(settings, name, value)
        settings.AUTHENTICATION_BACKENDS = BACKENDS
        settings.OIDC_GROUP_MAP = GROUP_MAP
        settings.OIDC_DEFAULT_GROUPS = [roles.PERSONNEL]
        running.claims = {
            "sub": "person-1",
            "email": "amina.sso@example.org",
            "email_verified": True,
            "preferred_username": "amina.sso",
            "given_name": "Amina",
            "groups": ["sea-focal", "unrelated-idp-group"],
        }
        yield running


def provider_redirect(url: str) -> str:
    """What a browser does at the provider: GET the authorize URL, read its redirect."""
    parsed = urlparse(url)
    connection = HTTPConnection(parsed.hostname, parsed.port, timeout=5)
    connection.request("GET", parsed.path + "?" + parsed.query)
    response = connection.getresponse()
    assert response.status == 302, response.read()
    return response.getheader("Location")


def sign_on(client: Client, provider: Provider, next_url="/en/community/"):
    start = client.get("/accounts/oidc/authenticate/", {"next": next_url})
    assert start.status_code == 302
    assert start["Location"].startswith(provider.base + "/authorize?")
    back = urlparse(provider_redirect(start["Location"]))
    assert back.path == "/accounts/oidc/callback/"
    return client.get(back.path + "?" + back.query)


def test_sign_on_creates_the_person_with_mapped_groups(db, provider):
    client = Client()
    done = sign_on(client, provider)
    assert done.status_code == 302
    assert done["Location"] == "/en/community/"
    user = get_user_model().objects.get(email="amina.sso@example.org")
    assert user.username == "amina.sso"
    assert user.first_name == "Amina"
    assert set(user.groups.values_list("name", flat=True)) == {
        roles.PERSONNEL,
        roles.FOCAL_POINTS,
    }
    assert not user.is_staff
    assert not user.is_superuser
    assert client.get("/en/community/").status_code == 200
    assert AuditEvent.objects.filter(event="sign_in", actor=user).exists()


def test_groups_follow_the_provider_at_every_sign_on(db, provider):
    sign_on(Client(), provider)
    user = get_user_model().objects.get(email="amina.sso@example.org")
    manual = user.groups.model.objects.create(name="Hand-made group")
    user.groups.add(manual)
    provider.claims["groups"] = ["sea-mods"]
    client = Client()
    sign_on(client, provider)
    names = set(user.groups.values_list("name", flat=True))
    assert names == {roles.PERSONNEL, roles.MODERATORS, "Hand-made group"}
    provider.claims["groups"] = []
    client = Client()
    sign_on(client, provider)
    assert set(user.groups.values_list("name", flat=True)) == {
        roles.PERSONNEL,
        "Hand-made group",
    }
    response = client.get("/en/community/")
    assert response.status_code == 404


def test_a_token_for_another_client_is_refused(db, provider):
    provider.claims["_audience"] = "some-other-app"
    client = Client()
    done = sign_on(client, provider)
    assert done.status_code == 400
    assert not get_user_model().objects.filter(email="amina.sso@example.org").exists()
    assert not client.get("/en/").wsgi_request.user.is_authenticated


def test_a_forged_state_is_refused(db, provider):
    client = Client()
    client.get("/accounts/oidc/authenticate/")
    response = client.get("/accounts/oidc/callback/", {"code": "stolen", "state": "forged"})
    assert response.status_code in (302, 400)
    assert not client.get("/en/").wsgi_request.user.is_authenticated


def test_an_unknown_client_secret_gets_no_token(provider):
    request = urllib.request.Request(
        provider.base + "/token", data=b"client_secret=wrong&code=x", method="POST"
    )
    with pytest.raises(urllib.error.HTTPError) as error:
        urllib.request.urlopen(request, timeout=5)
    assert error.value.code == 401


def test_sign_on_is_off_without_configuration(db, settings):
    settings.OIDC_ENABLED = False
    assert Client().get("/accounts/oidc/authenticate/", follow=True).status_code == 404
    assert b"Agency account" not in Client().get("/accounts/login/").content
