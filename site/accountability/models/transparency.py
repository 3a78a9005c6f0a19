"""The transparency page: quarterly figures on allegations of SEA and SH and what came of them,
for every member of personnel, with small numbers suppressed (accountability.suppression).

Each quarter is a page under the transparency page, so it is entered through a form that takes
only numbers, submitted by the ethics office and published through the approval workflow, and
translated (its numbers are the same in every language; its message from leadership is not).
"""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.search import index

from accountability import figures, presenting
from core.blocks import BodyBlock
from core.models import BasePage


class ReportLinkBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=200)
    publisher = blocks.CharBlock(max_length=120)
    url = blocks.URLBlock()

    class Meta:
        icon = "link"
        template = "accountability/blocks/report_link.html"


def _count_field(label, *, optional=False):
    if optional:
        return models.PositiveIntegerField(label, null=True, blank=True)
    return models.PositiveIntegerField(label, default=0)


class TransparencyPage(RoutablePageMixin, BasePage):
    """The quarters, newest first, the whole years, a chart and how to read them."""

    intro = models.TextField(help_text="Two or three plain sentences on what these figures are.")
    how_to_read = StreamField(BodyBlock(), use_json_field=True)
    public_reports = StreamField(
        [("report", ReportLinkBlock())],
        use_json_field=True,
        blank=True,
        help_text="The UN system's public reports on the same subject.",
    )

    content_panels = BasePage.content_panels + [
        FieldPanel("intro"),
        FieldPanel("how_to_read"),
        FieldPanel("public_reports"),
    ]
    search_fields = BasePage.search_fields + [index.SearchField("intro")]

    search_kind = "figures"
    parent_page_types = ["home.HomePage"]
    subpage_types = ["accountability.QuarterPage"]
    max_count_per_parent = 1

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["report"] = presenting.report(request, self)
        url = self.get_url(request)
        context["csv_url"] = url + self.reverse_subpage("csv")
        context["chart_url"] = url + self.reverse_subpage("chart")
        return context

    @path("csv/", name="csv")
    def csv(self, request):
        return presenting.csv_response(request, self)

    @path("chart/", name="chart")
    def chart(self, request):
        return presenting.chart_svg(request, self)


class QuarterForm(WagtailAdminPageForm):
    """The entry form: a quarter is entered once under its transparency page."""

    def clean(self):
        cleaned = super().clean()
        year, quarter = cleaned.get("year"), cleaned.get("quarter")
        if year and quarter and self.parent_page is not None:
            same = (
                QuarterPage.objects.child_of(self.parent_page)
                .filter(year=year, quarter=quarter)
                .exclude(pk=self.instance.pk)
            )
            if same.exists():
                self.add_error(
                    "quarter",
                    _("%(year)s Q%(quarter)s has already been entered: change that quarter.")
                    % {"year": year, "quarter": quarter},
                )
        return cleaned


class QuarterPage(BasePage):
    """One quarter's figures: numbers only, never a name, a date of an incident, an office
    below region or words about a case."""

    year = models.PositiveSmallIntegerField(
        validators=[MinValueValidator(2000), MaxValueValidator(2100)]
    )
    quarter = models.PositiveSmallIntegerField(choices=[(1, "Q1"), (2, "Q2"), (3, "Q3"), (4, "Q4")])
    leadership_message = models.TextField(
        help_text="A short message from leadership for this quarter (no details of any case)."
    )
    received_sea = _count_field(figures.RECEIVED["received_sea"])
    received_sh = _count_field(figures.RECEIVED["received_sh"])
    referred = _count_field(figures.REFERRED["referred"])
    closed_substantiated = _count_field(figures.CLOSED["closed_substantiated"])
    closed_unsubstantiated = _count_field(figures.CLOSED["closed_unsubstantiated"])
    closed_without_investigation = _count_field(figures.CLOSED["closed_without_investigation"])
    outcome_separation = _count_field(figures.OUTCOMES["outcome_separation"])
    outcome_disciplinary = _count_field(figures.OUTCOMES["outcome_disciplinary"])
    outcome_administrative = _count_field(figures.OUTCOMES["outcome_administrative"])
    outcome_referred_to_authorities = _count_field(
        figures.OUTCOMES["outcome_referred_to_authorities"]
    )
    region_africa = _count_field(figures.REGIONS["region_africa"], optional=True)
    region_americas = _count_field(figures.REGIONS["region_americas"], optional=True)
    region_arab_states = _count_field(figures.REGIONS["region_arab_states"], optional=True)
    region_asia_pacific = _count_field(figures.REGIONS["region_asia_pacific"], optional=True)
    region_europe = _count_field(figures.REGIONS["region_europe"], optional=True)
    median_days_to_close = models.PositiveIntegerField(
        _("Median days to close"),
        null=True,
        blank=True,
        validators=[MaxValueValidator(3650)],
    )

    content_panels = BasePage.content_panels + [
        FieldRowPanel([FieldPanel("year"), FieldPanel("quarter")]),
        FieldPanel("leadership_message"),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel(name) for name in figures.RECEIVED])],
            _("Allegations received"),
        ),
        MultiFieldPanel(
            [FieldPanel(name) for name in figures.REGIONS],
            _("Allegations received, by region (all regions or none)"),
        ),
        FieldPanel("referred"),
        MultiFieldPanel(
            [FieldPanel(name) for name in figures.CLOSED] + [FieldPanel("median_days_to_close")],
            _("Cases closed"),
        ),
        MultiFieldPanel(
            [FieldPanel(name) for name in figures.OUTCOMES],
            _("Outcomes of substantiated cases (one per case)"),
        ),
    ]

    search_kind = "figures"
    base_form_class = QuarterForm
    parent_page_types = ["accountability.TransparencyPage"]
    subpage_types = []

    class Meta:
        verbose_name = "quarter of figures"
        verbose_name_plural = "quarters of figures"

    def entered(self) -> dict[str, int | None]:
        return {name: getattr(self, name) for name in figures.ENTERED}

    def counts(self) -> dict[str, int | None]:
        """The entered counts, the totals worked out, and the median."""
        return {
            **figures.with_totals(self.entered()),
            figures.MEDIAN_DAYS: self.median_days_to_close,
        }

    def clean(self):
        super().clean()
        errors = figures.breakdown_errors(self.entered())
        if errors:
            raise ValidationError(errors)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["report"] = presenting.Report(quarters=[presenting.quarter_column(self)])
        return context
