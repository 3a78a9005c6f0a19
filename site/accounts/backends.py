"""Password sign-in that cannot skip the second factor.

Every form that takes a password (ours, Wagtail's front-end and admin forms, anything added later)
ends in `django.contrib.auth.authenticate(username=..., password=...)`. This backend answers it:
a person who has confirmed an authenticator app is signed in only when a valid `otp_code` comes
with the password. A form that does not pass the code therefore fails closed, as a wrong password.
"""

from __future__ import annotations

from django.contrib.auth.backends import ModelBackend

from accounts import two_factor


class TwoFactorModelBackend(ModelBackend):
    def authenticate(self, request, username=None, password=None, otp_code=None, **kwargs):
        user = super().authenticate(request, username=username, password=password, **kwargs)
        if user is None:
            return None
        device = two_factor.confirmed_device(user)
        if device is None:
            return user
        if not two_factor.verify(device, otp_code or ""):
            return None
        # The sign-in view marks the session as verified with this device (django_otp.login).
        user.otp_device = device
        return user
