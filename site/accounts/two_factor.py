"""Optional second factor (TOTP, django-otp) for the people who change content or moderate.

A person who has confirmed an authenticator app must give its six-digit code at every sign-in,
on the site's sign-in page, which is also the Wagtail admin's. People who sign in through the
identity provider (OIDC) get their second factor there.
"""

from __future__ import annotations

import base64

import segno
from django.utils.safestring import mark_safe
from django_otp.plugins.otp_totp.models import TOTPDevice

from core import roles

DEVICE_NAME = "Authenticator app"
# Who may turn it on: the admin groups and moderators (plus superusers).
ELIGIBLE_GROUPS = frozenset(roles.ADMIN_GROUPS) | {roles.MODERATORS}


def is_eligible(user) -> bool:
    return user.is_authenticated and (
        user.is_superuser or bool(roles.user_groups(user) & ELIGIBLE_GROUPS)
    )


def confirmed_device(user) -> TOTPDevice | None:
    return TOTPDevice.objects.filter(user=user, confirmed=True).first()


def pending_device(user) -> TOTPDevice:
    """The unconfirmed device being set up (one per person), created on first use."""
    device = TOTPDevice.objects.filter(user=user, confirmed=False).first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name=DEVICE_NAME, confirmed=False)
    return device


def qr_code_svg(device: TOTPDevice) -> str:
    """The device's otpauth:// address as an inline SVG QR code (made here, no other host)."""
    svg = segno.make(device.config_url, error="m").svg_inline(scale=4, dark="#000", light="#fff")
    return mark_safe(svg)  # noqa: S308 - segno writes the SVG; it holds no user text


def verify(device: TOTPDevice | None, code: str) -> bool:
    code = "".join(ch for ch in str(code) if ch.isdigit())
    return device is not None and len(code) == 6 and device.verify_token(code)


def manual_key(device: TOTPDevice) -> str:
    """The secret in base32, for typing into an app that cannot read the QR code."""
    return base64.b32encode(device.bin_key).decode("ascii").rstrip("=")
