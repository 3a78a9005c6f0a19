"""Optional authenticator-app codes (django-otp TOTP) for editors and moderators."""

from django.test import Client
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from accounts.models import AuditEvent
from core.demo_users import DEFAULT_DEMO_PASSWORD


def code_for(device):
    return f"{totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits):06d}"


def test_editor_turns_the_code_on_and_then_needs_it(db, users):
    client = Client()
    client.force_login(users["editor"])
    page = client.get("/accounts/two-factor/")
    assert page.status_code == 200
    assert b"<svg" in page.content
    device = TOTPDevice.objects.get(user=users["editor"], confirmed=False)
    wrong = client.post("/accounts/two-factor/", {"code": "000000"})
    assert wrong.status_code == 200
    assert b"not right" in wrong.content
    device.refresh_from_db()
    device.throttle_reset()  # django-otp slows down guessing after a wrong code
    assert client.post("/accounts/two-factor/", {"code": code_for(device)}).status_code == 302
    assert AuditEvent.objects.filter(event="two_factor_enabled", actor_name="editor").exists()

    login = {"username": "editor", "password": DEFAULT_DEMO_PASSWORD}
    without = Client().post("/accounts/login/", login)
    assert without.status_code == 200
    assert b"The username, password or code is not right" in without.content
    device.refresh_from_db()
    device.last_t = -1  # the code above was used once already; a new one may be used again
    device.save()
    with_code = Client().post("/accounts/login/", {**login, "otp_code": code_for(device)})
    assert with_code.status_code == 302


def test_people_outside_the_admin_groups_do_not_get_the_page(db, users):
    client = Client()
    client.force_login(users["newhire"])
    assert client.get("/accounts/two-factor/", follow=True).status_code == 404
