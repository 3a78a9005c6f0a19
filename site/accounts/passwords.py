"""Password changes: every one audited, and reset requests throttled.

Django tells the configured password validators about every password saved on a user
(`AbstractBaseUser.save` calls `password_changed`), whatever the path: Wagtail's reset and
account forms, the user editor, `manage.py changepassword`. Listening there, instead of in each
view, leaves no path unaudited.
"""

from __future__ import annotations

from django.core.cache import cache
from django.utils.translation import gettext as _
from wagtail.admin.views.account import PasswordResetView

from accounts import audit

# Reset e-mails per hour: for one address asked about, and from one client address.
RESETS_PER_ADDRESS = 3
RESETS_PER_CLIENT = 10
WINDOW_SECONDS = 60 * 60
THROTTLED_STATUS = 429


class AuditPasswordChanges:
    """A password "validator" that validates nothing: it records each change in the audit log."""

    def validate(self, password, user=None):
        return None

    def password_changed(self, password, user=None):
        if user is None or user.pk is None:
            return
        request = audit.current_request.get()
        actor = getattr(request, "user", None) if request is not None else None
        audit.record(
            audit.PASSWORD_CHANGED,
            actor=actor,
            target=f"user:{user.pk}",
            ip_address=audit.client_ip(request),
        )

    def get_help_text(self):
        return ""


def _over_limit(kind: str, value: str, limit: int) -> bool:
    key = f"password-reset:{kind}:{value}"
    cache.add(key, 0, WINDOW_SECONDS)
    try:
        return cache.incr(key) > limit
    except ValueError:  # expired between add and incr
        cache.set(key, 1, WINDOW_SECONDS)
        return False


class ThrottledPasswordResetView(PasswordResetView):
    """Wagtail's reset form, refusing floods: a few e-mails per address and per client an hour.

    Both counters move on every request, so a refusal says nothing about whether the address
    has an account.
    """

    def form_valid(self, form):
        email = form.cleaned_data["email"].strip().lower()
        by_address = _over_limit("email", email, RESETS_PER_ADDRESS)
        by_client = _over_limit("ip", audit.client_ip(self.request) or "-", RESETS_PER_CLIENT)
        if by_address or by_client:
            form.add_error(
                None,
                _("Too many reset requests. Wait an hour, or ask the help desk to reset it."),
            )
            response = self.form_invalid(form)
            response.status_code = THROTTLED_STATUS
            return response
        return super().form_valid(form)
