"""Where phase e-mails go, and the record that each one was sent (so none is sent twice)."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel

from campaigns.fields import AUDIENCES, language_options


class CampaignMailingList(models.Model):
    """The list address that reaches one audience, in one language or in all of them."""

    cache_generations = None  # used when sending, shown only in the admin

    audience = models.CharField(max_length=20, choices=AUDIENCES)
    language = models.CharField(
        max_length=10,
        blank=True,
        choices=language_options,
        help_text=_("Leave empty for the list that takes every language."),
    )
    address = models.EmailField()

    panels = [FieldPanel("audience"), FieldPanel("language"), FieldPanel("address")]

    class Meta:
        verbose_name = _("campaign mailing list")
        constraints = [
            models.UniqueConstraint(
                fields=["audience", "language"], name="campaigns_one_list_per_audience_language"
            )
        ]

    def __str__(self):
        return f"{self.get_audience_display()} ({self.language or 'all languages'}): {self.address}"


class PhaseEmailSend(models.Model):
    """One phase e-mail, in one language, to one audience: created before it is sent, so a
    second run (or a second worker) finds it and sends nothing."""

    cache_generations = None  # a send log

    phase_key = models.UUIDField(help_text="The phase's translation key: one phase, all languages.")
    language = models.CharField(max_length=10)
    audience = models.CharField(max_length=20, choices=AUDIENCES)
    address = models.EmailField()
    sent_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["phase_key", "language", "audience"], name="campaigns_send_once"
            )
        ]

    def __str__(self):
        return f"{self.phase_key} {self.language} {self.audience} -> {self.address}"


class PhaseReminder(models.Model):
    """A reminder to a phase's owner that something is missing: at most one per start time."""

    cache_generations = None  # a send log

    phase = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    go_live_at = models.DateTimeField()
    recipient = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    sent_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["phase", "go_live_at"], name="campaigns_remind_once")
        ]

    def __str__(self):
        return f"Reminder for page {self.phase_id} starting {self.go_live_at:%Y-%m-%d %H:%M}"
