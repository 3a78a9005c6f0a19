"""Reports by members and everything moderators do, in one log."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from core.page_cache import generations


class Flag(models.Model):
    cache_generations = None  # the moderators' queue, never shared

    class Reason(models.TextChoices):
        IDENTIFYING = "identifying", _("It contains identifying or case information")
        DISRESPECTFUL = "disrespectful", _("It is disrespectful or blames someone who was harmed")
        SPAM = "spam", _("It is spam or advertising")
        OFF_TOPIC = "off_topic", _("It is off topic")
        OTHER = "other", _("Something else")

    post = models.ForeignKey("cop.Post", on_delete=models.CASCADE, related_name="flags")
    reporter = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    reason = models.CharField(max_length=20, choices=Reason.choices)
    note = models.CharField(max_length=500, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    resolved_at = models.DateTimeField(null=True, blank=True)
    resolved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["post", "reporter"],
                condition=models.Q(resolved_at__isnull=True),
                name="cop_one_open_flag_per_member",
            )
        ]

    def __str__(self):
        return f"{self.get_reason_display()} (post {self.post_id})"


class ModerationAction(models.Model):
    """One thing a moderator did. Never holds the text of a post."""

    class Kind(models.TextChoices):
        RELEASE = "release", _("Released a held post")
        HIDE = "hide", _("Hid a post")
        UNHIDE = "unhide", _("Showed a hidden post again")
        REDACT = "redact", _("Redacted a post")
        LOCK = "lock", _("Locked a topic")
        UNLOCK = "unlock", _("Unlocked a topic")
        PIN = "pin", _("Pinned a topic")
        UNPIN = "unpin", _("Unpinned a topic")
        MOVE = "move", _("Moved a topic")
        DISMISS_FLAGS = "dismiss", _("Dismissed reports")
        EDIT = "edit", _("Edited a member's post")

    moderator = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    kind = models.CharField(max_length=10, choices=Kind.choices)
    topic = models.ForeignKey(
        "cop.Topic", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    post = models.ForeignKey(
        "cop.Post", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    note = models.CharField(max_length=300, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self):
        return self.get_kind_display()

    def cache_generations(self):
        # Every moderator's act (hide, move, lock, pin, redact) is logged here: the whole
        # forum starts again, which keeps rare acts simple and none forgotten.
        return [generations.FORUM, generations.FORUM_SEARCH]
