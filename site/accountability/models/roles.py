"""The roles chart: who owns the policy, who takes reports, who investigates, who supports, and
the resources behind each role, as structured pages (translated, revised, approved through the
workflow), drawn as a diagram and written out as an outline (accountability.chart).

Relations (reports to, works with, the channels a role runs) are kept on the source-language
page and read through translation keys, so every language shows the same structure.
"""

from __future__ import annotations

from django.core.validators import MaxValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Orderable
from wagtail.search import index

from accountability import chart
from core.fields import MultipleChoiceField
from core.models import BasePage
from core.page_cache import generations

RESPONSIBILITIES = [
    ("policy", _("Owns the policy")),
    ("prevention", _("Prevention")),
    ("intake", _("Takes reports")),
    ("investigation", _("Investigation")),
    ("support", _("Support for the person affected")),
    ("training", _("Training")),
    ("coordination", _("Coordination with the UN system")),
]


class RolesChartPage(RoutablePageMixin, BasePage):
    """Every role, as a diagram and as an outline, with the date of the last change."""

    intro = models.TextField(help_text="Two or three plain sentences on what this chart shows.")

    content_panels = BasePage.content_panels + [FieldPanel("intro")]
    search_fields = BasePage.search_fields + [index.SearchField("intro")]
    search_kind = "roles"

    parent_page_types = ["home.HomePage"]
    subpage_types = ["accountability.RolePage"]
    max_count_per_parent = 1

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["chart"] = chart.build(request, self)
        url = self.get_url(request)
        context["diagram_url"] = url + self.reverse_subpage("diagram")
        context["print_url"] = url + self.reverse_subpage("print")
        return context

    @path("diagram/", name="diagram")
    def diagram(self, request):
        return chart.diagram_response(request, self)

    @path("print/", name="print")
    def print_version(self, request):
        return chart.pdf_response(request, self)


class RolePage(BasePage):
    """One role: what it is responsible for, how to reach it, whom it reports to and works
    with, the channels it runs and the resources behind it."""

    unit = models.CharField(max_length=120, help_text="For example 'Human Resources'.")
    summary = models.CharField(max_length=300, help_text="One sentence: what this role is for.")
    responsibilities = MultipleChoiceField(choices=RESPONSIBILITIES, default=list)
    how_to_reach = models.TextField(help_text="How personnel reach this role, in plain words.")
    reports_to = models.ForeignKey(
        "accountability.RolePage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    works_with = ParentalManyToManyField("accountability.RolePage", blank=True, related_name="+")
    channels = ParentalManyToManyField(
        "core.ContactChannel",
        blank=True,
        related_name="+",
        help_text="The reporting or support channels this role runs.",
    )
    share_of_post = models.PositiveSmallIntegerField(
        _("Share of a full-time post (%)"), default=100, validators=[MaxValueValidator(100)]
    )
    budget_line = models.BooleanField(_("Has its own budget line"), default=False)

    content_panels = BasePage.content_panels + [
        FieldPanel("unit"),
        FieldPanel("summary"),
        FieldPanel("responsibilities"),
        FieldPanel("how_to_reach"),
        MultiFieldPanel(
            [FieldPanel("reports_to"), FieldPanel("works_with"), FieldPanel("channels")],
            "Relations",
        ),
        MultiFieldPanel([FieldPanel("share_of_post"), FieldPanel("budget_line")], "Resources"),
        InlinePanel("holders", heading="Who holds it, by office"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("summary"),
        index.SearchField("unit"),
        index.SearchField("how_to_reach"),
    ]
    search_kind = "roles"

    parent_page_types = ["accountability.RolesChartPage"]
    subpage_types = []

    def responsibility_labels(self) -> list[str]:
        return self._meta.get_field("responsibilities").labels(self.responsibilities)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["role"] = chart.role_details(request, self)
        return context


class RoleHolder(Orderable):
    """A person who holds the role in an office, from the office's contacts (the people who
    agreed to be listed on the where-to-go page)."""

    page = ParentalKey(RolePage, related_name="holders", on_delete=models.CASCADE)
    contact = models.ForeignKey("core.OfficeContact", on_delete=models.CASCADE, related_name="+")

    panels = [FieldPanel("contact")]

    def cache_generations(self):
        return [generations.PAGES]
