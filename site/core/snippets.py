"""Structured, translatable data the guidance pages are built from: offices, reporting and
support channels, glossary terms. Each is a snippet with one row per language
(wagtail-localize), linked across languages by its translation key."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable, TranslatableMixin
from wagtail.search import index

from core.page_cache import generations


class Office(TranslatableMixin, ClusterableModel):
    HEADQUARTERS, REGIONAL, COUNTRY = "headquarters", "regional", "country"
    KINDS = [
        (HEADQUARTERS, "Headquarters"),
        (REGIONAL, "Regional office"),
        (COUNTRY, "Country office"),
    ]

    name = models.CharField(max_length=120)
    kind = models.CharField(max_length=20, choices=KINDS)
    region = models.CharField(max_length=80, blank=True, help_text="For example 'Region A'.")
    city = models.CharField(max_length=80, blank=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("kind"),
        FieldPanel("region"),
        FieldPanel("city"),
        InlinePanel("contacts", label="Local focal points and contacts"),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["kind", "name"]

    def __str__(self):
        return self.name

    def cache_generations(self):
        return [generations.PAGES]


class OfficeContact(Orderable):
    office = ParentalKey(Office, related_name="contacts", on_delete=models.CASCADE)
    role = models.CharField(max_length=120, help_text="For example 'PSEA focal point'.")
    name = models.CharField(max_length=120)
    email = models.EmailField(blank=True)
    phone = models.CharField(max_length=40, blank=True)
    languages = models.CharField(max_length=80, blank=True)

    panels = [
        FieldPanel("role"),
        FieldPanel("name"),
        FieldPanel("email"),
        FieldPanel("phone"),
        FieldPanel("languages"),
    ]

    def cache_generations(self):
        return [generations.PAGES]


class ContactChannel(TranslatableMixin, index.Indexed, ClusterableModel):
    """One way to report a concern or get support, with the facts a person needs to choose it."""

    KINDS = [
        ("investigations", "Independent investigations office"),
        ("ethics", "Ethics Office"),
        ("ombudsman", "Ombudsman"),
        ("counsellor", "Staff Counsellor"),
        ("hr", "HR Business Partner"),
        ("psea_focal_point", "PSEA focal point"),
        ("security", "Security focal point"),
        ("victims_advocate", "Victims' Rights Advocate"),
    ]
    SEA, SH, BOTH = "sea", "sh", "both"
    COVERS = [(SEA, _("SEA")), (SH, _("SH")), (BOTH, _("SEA and SH"))]
    FORMAL, INFORMAL, FORMAL_OR_INFORMAL, SUPPORT = "formal", "informal", "both", "support"
    FORMALITY = [
        (FORMAL, _("Formal")),
        (INFORMAL, _("Informal")),
        (FORMAL_OR_INFORMAL, _("Formal or informal")),
        (SUPPORT, _("Support, not a report")),
    ]

    kind = models.CharField(max_length=30, choices=KINDS)
    name = models.CharField(max_length=120)
    summary = models.CharField(max_length=300)
    covers = models.CharField(max_length=4, choices=COVERS, default=BOTH)
    formality = models.CharField(max_length=8, choices=FORMALITY)
    accepts_anonymous = models.BooleanField(default=False)
    accepts_third_party = models.BooleanField(default=False)
    confidentiality = models.TextField(help_text="Who learns what when you use this channel.")
    hours = models.CharField(max_length=200, blank=True)
    languages = models.CharField(max_length=120, blank=True)
    next_steps = models.TextField(help_text="What happens next, in plain words.")
    timeline = models.CharField(max_length=300, blank=True, help_text="A typical timeline.")
    office = models.ForeignKey(
        Office,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="channels",
        help_text="Leave empty for an agency-wide channel. An office's channel replaces the "
        "agency-wide channel of the same kind for people in that office.",
    )
    sort_order = models.PositiveSmallIntegerField(default=0)

    panels = [
        MultiFieldPanel(
            [FieldPanel("name"), FieldPanel("kind"), FieldPanel("summary"), FieldPanel("office")],
            "Channel",
        ),
        MultiFieldPanel(
            [
                FieldPanel("covers"),
                FieldPanel("formality"),
                FieldPanel("accepts_anonymous"),
                FieldPanel("accepts_third_party"),
                FieldPanel("confidentiality"),
            ],
            "Who it is for and who learns what",
        ),
        MultiFieldPanel(
            [FieldPanel("hours"), FieldPanel("languages"), InlinePanel("contacts", label="Ways")],
            "How to contact",
        ),
        MultiFieldPanel([FieldPanel("next_steps"), FieldPanel("timeline")], "What happens next"),
        FieldPanel("sort_order"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.SearchField("summary"),
        index.SearchField("next_steps"),
        index.FilterField("locale_id"),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.name

    @property
    def is_reporting_channel(self) -> bool:
        return self.formality != self.SUPPORT

    def cache_generations(self):
        return [generations.PAGES]


class ContactMethod(Orderable):
    PHONE, EMAIL, WEB, IN_PERSON = "phone", "email", "web", "in_person"
    METHODS = [(PHONE, "Phone"), (EMAIL, "E-mail"), (WEB, "Web form"), (IN_PERSON, "In person")]

    channel = ParentalKey(ContactChannel, related_name="contacts", on_delete=models.CASCADE)
    method = models.CharField(max_length=10, choices=METHODS)
    value = models.CharField(max_length=200, help_text="Number, address or link.")
    label = models.CharField(max_length=120, blank=True)

    panels = [FieldPanel("method"), FieldPanel("value"), FieldPanel("label")]

    @property
    def href(self) -> str:
        if self.method == self.PHONE:
            return "tel:" + "".join(ch for ch in self.value if ch.isdigit() or ch == "+")
        if self.method == self.EMAIL:
            return f"mailto:{self.value}"
        if self.method == self.WEB and self.value.startswith(("https://", "http://")):
            return self.value
        return ""

    def cache_generations(self):
        return [generations.PAGES]


class GlossaryTerm(TranslatableMixin, index.Indexed, models.Model):
    """A word the guidance uses, defined in plain language; shown where it is used."""

    key = models.SlugField(
        max_length=60, help_text="The same in every language, e.g. 'retaliation'."
    )
    term = models.CharField(max_length=120)
    definition = models.TextField()

    panels = [FieldPanel("term"), FieldPanel("key"), FieldPanel("definition")]
    search_fields = [
        index.SearchField("term", boost=3),
        index.SearchField("definition"),
        index.FilterField("locale_id"),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["term"]

    def __str__(self):
        return self.term

    def cache_generations(self):
        return [generations.PAGES]
