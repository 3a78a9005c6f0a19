"""What a member tells peers about themselves, and how they want to hear from the forum."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from core.page_cache import generations

REGIONS = [
    ("africa", _("Africa")),
    ("americas", _("Americas")),
    ("arab-states", _("Arab States")),
    ("asia-pacific", _("Asia and the Pacific")),
    ("europe-central-asia", _("Europe and Central Asia")),
    ("headquarters", _("Headquarters")),
]

ROLES = [
    ("psea", _("PSEA focal point")),
    ("sh", _("Sexual harassment focal point")),
    ("both", _("PSEA and sexual harassment")),
]

LANGUAGES = [
    ("en", "English"),
    ("fr", "Français"),
    ("es", "Español"),
    ("ar", "العربية"),
    ("zh-hans", "中文"),
    ("ru", "Русский"),
    ("pt", "Português"),
    ("sw", "Kiswahili"),
]


class EmailMode(models.TextChoices):
    OFF = "off", _("No e-mail, only notifications on the site")
    IMMEDIATE = "immediate", _("One e-mail per new post")
    DAILY = "daily", _("A daily digest")
    WEEKLY = "weekly", _("A weekly digest")


class MemberProfile(models.Model):
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="cop_profile"
    )
    display_name = models.CharField(
        max_length=80, help_text=_("How other members see you, e.g. your first name.")
    )
    office = models.CharField(max_length=120, blank=True)
    region = models.CharField(max_length=30, choices=REGIONS, blank=True)
    role = models.CharField(max_length=10, choices=ROLES, blank=True)
    # Stored as ",en,fr," so that one language is found with a plain `contains`.
    languages = models.CharField(max_length=120, blank=True)
    expertise = models.CharField(
        max_length=300, blank=True, help_text=_("Comma-separated, e.g. investigations, training.")
    )
    email_mode = models.CharField(max_length=10, choices=EmailMode.choices, default=EmailMode.DAILY)
    content_free_email = models.BooleanField(
        default=False,
        help_text=_(
            "E-mails say only that there is something new, with a link, never what was written. "
            "Choose this if others may see your inbox."
        ),
    )

    class Meta:
        ordering = ["display_name"]

    def __str__(self):
        return self.display_name

    @property
    def language_codes(self):
        return [code for code in self.languages.split(",") if code]

    @language_codes.setter
    def language_codes(self, codes):
        self.languages = "," + ",".join(codes) + "," if codes else ""

    def language_names(self):
        names = dict(LANGUAGES)
        return [names.get(code, code) for code in self.language_codes]

    def expertise_list(self):
        return [item.strip() for item in self.expertise.split(",") if item.strip()]

    def cache_generations(self):
        return [generations.FORUM]  # names shown on every topic
