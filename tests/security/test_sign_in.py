"""Local sign-in: the page, sessions rotating at sign-in, sign-out by POST only, throttling by
username and address (django-axes), and bad input on the form."""

import pytest
from django.contrib.auth import get_user_model
from django.test import Client

from accounts.models import AuditEvent
from core.demo_users import DEFAULT_DEMO_PASSWORD

LOGIN = "/accounts/login/"
WRONG = "not-the-password"
SAME_MESSAGE = "The username, password or code is not right."


def sign_in(client, username, password, ip="10.0.0.1", **extra):
    return client.post(LOGIN, {"username": username, "password": password, **extra}, REMOTE_ADDR=ip)


def test_sign_in_page_is_private_and_labelled(db, client):
    response = client.get(LOGIN)
    assert response.status_code == 200
    assert b'<label for="id_username">' in response.content
    assert "no-store" in response["Cache-Control"]


def test_restricted_page_sends_anonymous_readers_to_our_sign_in_page(db, client):
    response = client.get("/en/community/")
    assert response.status_code == 302
    assert response["Location"].startswith(LOGIN + "?next=")


def test_sign_in_rotates_the_session_key_and_records_it(db):
    client = Client()
    client.get(LOGIN)
    client.session["probe"] = 1
    before = client.cookies.get("sessionid")
    response = sign_in(client, "newhire", DEFAULT_DEMO_PASSWORD)
    assert response.status_code == 302
    after = client.cookies["sessionid"].value
    assert before is None or before.value != after
    event = AuditEvent.objects.filter(event="sign_in").latest("pk")
    assert event.actor_name == "newhire"
    assert event.ip_address == "10.0.0.1"


def test_failure_message_is_the_same_whether_or_not_the_account_exists(db):
    known = sign_in(Client(), "newhire", WRONG)
    unknown = sign_in(Client(), "nobody-of-that-name", WRONG)
    assert known.status_code == unknown.status_code == 200
    assert SAME_MESSAGE in known.content.decode()
    assert SAME_MESSAGE in unknown.content.decode()
    failed = AuditEvent.objects.filter(event="sign_in_failed")
    assert set(failed.values_list("target", flat=True)) >= {
        "username:newhire",
        "username:nobody-of-that-name",
    }
    assert WRONG not in str(list(failed.values("target", "counts")))


@pytest.mark.parametrize("username", ["newhire", "no-such-person"])
def test_four_failures_lock_that_username_and_address_only(db, username):
    client = Client()
    for _ in range(4):
        sign_in(client, username, WRONG, ip="10.0.0.7")
    locked = sign_in(client, username, DEFAULT_DEMO_PASSWORD, ip="10.0.0.7")
    assert locked.status_code == 429
    text = locked.content.decode()
    assert "Too many attempts" in text
    assert username not in text.replace('name="username"', "")
    assert AuditEvent.objects.filter(event="sign_in_locked").exists()
    # The same person from another address, and another person from the same address, go on.
    assert sign_in(Client(), "newhire", DEFAULT_DEMO_PASSWORD, ip="10.0.0.8").status_code == 302
    assert sign_in(Client(), "editor", DEFAULT_DEMO_PASSWORD, ip="10.0.0.7").status_code == 302


def test_the_lock_and_the_message_are_identical_for_existing_and_missing_accounts(db):
    bodies = []
    for username in ("focalpoint", "ghost-account"):
        for _ in range(4):
            sign_in(Client(), username, WRONG, ip="10.0.0.9")
        response = sign_in(Client(), username, WRONG, ip="10.0.0.9")
        bodies.append((response.status_code, response.content.decode().replace(username, "X")))
    assert bodies[0][0] == bodies[1][0] == 429
    assert bodies[0][1].count("Too many attempts") == bodies[1][1].count("Too many attempts") == 1


def test_wagtail_admin_login_leads_to_the_throttled_sign_in_page(db):
    client = Client()
    response = client.get("/admin/")
    assert response.status_code == 302
    follow = client.get(response["Location"])
    assert follow.status_code == 302
    assert follow["Location"].startswith(LOGIN + "?next=/admin/")
    # Posting to Wagtail's old form address cannot bypass the throttle either.
    for _ in range(4):
        sign_in(client, "editor", WRONG, ip="10.0.0.10")
    assert sign_in(client, "editor", DEFAULT_DEMO_PASSWORD, ip="10.0.0.10").status_code == 429
    assert client.post("/admin/login/", {"username": "editor"}).status_code == 302
    assert not Client().get("/admin/").wsgi_request.user.is_authenticated


def test_editor_reaches_the_admin_after_signing_in(db):
    client = Client()
    response = sign_in(client, "editor", DEFAULT_DEMO_PASSWORD, next="/admin/")
    assert response.status_code == 302
    assert response["Location"] == "/admin/"
    assert client.get("/admin/").status_code == 200


def test_sign_out_is_post_only(db, users):
    client = Client()
    client.force_login(users["newhire"])
    assert client.get("/accounts/logout/").status_code == 405
    assert client.get("/en/campaigns/").wsgi_request.user.is_authenticated
    response = client.post("/accounts/logout/")
    assert response.status_code == 302
    assert not client.get("/en/").wsgi_request.user.is_authenticated
    assert AuditEvent.objects.filter(event="sign_out", actor_name="newhire").exists()


def test_sign_in_without_or_with_a_foreign_csrf_token_is_refused(db):
    client = Client(enforce_csrf_checks=True)
    missing = client.post(LOGIN, {"username": "newhire", "password": DEFAULT_DEMO_PASSWORD})
    assert missing.status_code == 403
    other = Client(enforce_csrf_checks=True)
    other.get(LOGIN)
    foreign_token = other.cookies["csrftoken"].value
    client.get(LOGIN)
    foreign = client.post(
        LOGIN,
        {
            "username": "newhire",
            "password": DEFAULT_DEMO_PASSWORD,
            "csrfmiddlewaretoken": foreign_token,
        },
    )
    assert foreign.status_code == 403
    assert not AuditEvent.objects.filter(event="sign_in", actor_name="newhire").exists()


@pytest.mark.parametrize(
    ("username", "password"),
    [
        ("x" * 10_000, "y" * 10_000),
        ("", ""),
        ("new\x00hire", DEFAULT_DEMO_PASSWORD),
        ("<script>alert(1)</script>", "p"),
        ("' OR 1=1 --", "' OR 1=1 --"),
        ("ﷺ" * 200, "🙂" * 300),
    ],
)
def test_absurd_input_gets_a_clear_message_not_an_error(db, username, password):
    response = sign_in(Client(), username, password, ip="10.0.0.20")
    assert response.status_code in (200, 429)
    assert b"<script>alert(1)</script>" not in response.content
    if "\x00" not in username:  # PostgreSQL cannot even compare one; no username holds one
        assert not get_user_model().objects.filter(username=username).exists()


def test_next_cannot_send_people_to_another_site(db):
    response = sign_in(Client(), "newhire", DEFAULT_DEMO_PASSWORD, next="https://evil.example/")
    assert response.status_code == 302
    assert response["Location"] == "/"
