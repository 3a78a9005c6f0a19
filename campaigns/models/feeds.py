"""Per-user secret addresses for the calendar feed. Only a hash is stored: a leaked database
does not give away working feed addresses, and a lost address is replaced, not recovered."""

import hashlib
import secrets

from django.conf import settings
from django.db import models


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


class CalendarFeedToken(models.Model):
    cache_generations = None  # a reader's own feed address, never on a shared page

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="campaign_feed_token"
    )
    token_hash = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(auto_now=True)

    def __str__(self):
        return f"Calendar feed of {self.user}"

    @classmethod
    def issue(cls, user) -> str:
        """A new secret for `user`, replacing (and so revoking) any earlier one."""
        token = secrets.token_urlsafe(32)
        cls.objects.update_or_create(user=user, defaults={"token_hash": hash_token(token)})
        return token

    @classmethod
    def user_for(cls, token: str):
        """The active user this secret belongs to, or None."""
        found = (
            cls.objects.select_related("user")
            .filter(token_hash=hash_token(token), user__is_active=True)
            .first()
        )
        return found.user if found else None
