"""How often each phase was read, per channel: totals only, never who read it."""

from django.db import models
from django.utils.translation import gettext_lazy as _

CHANNELS = [
    ("intranet", _("Intranet page")),
    ("email", _("E-mail")),
    ("yammer", _("Viva Engage (Yammer)")),
    ("newsletter", _("Newsletter")),
    ("banner", _("Home page banner")),
]


class PhaseReach(models.Model):
    cache_generations = None  # counts shown only in the admin's reports

    phase_key = models.UUIDField(help_text="The phase's translation key: all languages together.")
    channel = models.CharField(max_length=20, choices=CHANNELS)
    views = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name_plural = "phase reach"
        constraints = [
            models.UniqueConstraint(fields=["phase_key", "channel"], name="campaigns_reach_row")
        ]

    def __str__(self):
        return f"{self.phase_key} {self.channel}: {self.views}"
