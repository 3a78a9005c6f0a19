from django.conf import settings
from django.db import models


class AuditEvent(models.Model):
    """One security-relevant action: who, what kind, on what, and how many.

    Never holds the content of a post, a search term or a password: `target` names an object
    ("user:12", "group:Editors", "document:7"), `counts` holds numbers only.
    """

    # No reader's page shows the audit log (core.page_cache.generations).
    cache_generations = None

    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    event = models.CharField(max_length=64, db_index=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    # The actor's username at the time: the row keeps its meaning if the account is deleted.
    actor_name = models.CharField(max_length=150, blank=True)
    target = models.CharField(max_length=200, blank=True)
    counts = models.JSONField(default=dict, blank=True)
    ip_address = models.GenericIPAddressField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["event", "-created_at"])]

    def __str__(self):
        who = self.actor_name or "anonymous"
        return f"{self.created_at:%Y-%m-%d %H:%M} {self.event} by {who} on {self.target or '-'}"
