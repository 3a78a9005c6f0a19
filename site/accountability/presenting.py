"""What the transparency page shows, the CSV download and the chart: every figure goes through
accountability.suppression first, here and nowhere else, so the page, the download and the
chart hide the same cells."""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from itertools import groupby

from django.http import HttpResponse
from django.utils.translation import gettext as _

from accountability import figures, suppression
from core import visibility

QUARTERS_SHOWN = 8
NOT_SHOWN = "not shown"


@dataclass(frozen=True)
class Cell:
    value: int | None  # None when not shown

    @property
    def shown(self) -> bool:
        return self.value is not None


@dataclass
class Column:
    """One period (a quarter or a whole year) as readers may see it."""

    label: str
    key: str  # "2026-Q3" or "2026"
    cells: dict[str, Cell]
    median_days: int | None
    has_regions: bool
    quarter: object = None  # the QuarterPage, for a quarter

    def __getitem__(self, name: str) -> Cell:
        return self.cells[name]


def _column(label, key, counts, hidden, quarter=None) -> Column:
    cells = {
        name: Cell(None if name in hidden or counts.get(name) is None else counts[name])
        for name in figures.COUNTS
    }
    return Column(
        label=label,
        key=key,
        cells=cells,
        median_days=counts[figures.MEDIAN_DAYS] if suppression.median_shown(counts) else None,
        has_regions=all(cells[name].shown for name in figures.REGIONS),
        quarter=quarter,
    )


def quarter_column(quarter) -> Column:
    counts = quarter.counts()
    return _column(
        f"{quarter.year} Q{quarter.quarter}",
        f"{quarter.year}-Q{quarter.quarter}",
        counts,
        suppression.quarter_hidden(counts),
        quarter,
    )


def whole_years(quarters: list) -> list[Column]:
    """A column per year whose four quarters are all published, oldest first (`quarters` in
    order, oldest first)."""
    years = []
    for year, in_year in groupby(quarters, key=lambda q: q.year):
        in_year = list(in_year)
        if len(in_year) == 4:
            years.append(year_column(year, in_year))
    return years


def year_column(year: int, quarters: list) -> Column:
    """A whole year: the sums of its four quarters, hidden where any quarter hides."""
    counted = [quarter.counts() for quarter in quarters]
    per_quarter = [(counts, suppression.quarter_hidden(counts)) for counts in counted]
    counts = {
        name: (
            None
            if any(c[name] is None for c, _h in per_quarter)
            else sum(c[name] for c, _h in per_quarter)
        )
        for name in figures.COUNTS
    }
    counts[figures.MEDIAN_DAYS] = None  # a median of medians is not a median
    return _column(str(year), str(year), counts, suppression.year_hidden(per_quarter))


@dataclass
class Report:
    quarters: list[Column] = field(default_factory=list)  # newest first
    years: list[Column] = field(default_factory=list)  # whole years, newest first

    @property
    def latest(self) -> Column | None:
        return self.quarters[0] if self.quarters else None

    @property
    def columns(self) -> list[Column]:
        return self.quarters + self.years

    @property
    def region_columns(self) -> list[Column]:
        return [column for column in self.columns if column.has_regions]

    def rows(self, names, columns=None) -> list[tuple[str, str, list[Cell]]]:
        columns = self.columns if columns is None else columns
        return [
            (name, str(figures.COUNTS[name]), [column[name] for column in columns])
            for name in names
        ]

    @property
    def received_rows(self):
        return self.rows(["received_total", *figures.RECEIVED, *figures.REFERRED])

    @property
    def closed_rows(self):
        return self.rows(["closed_total", *figures.CLOSED])

    @property
    def outcome_rows(self):
        return self.rows(figures.OUTCOMES)

    @property
    def region_rows(self):
        return self.rows(figures.REGIONS, self.region_columns)

    @property
    def medians(self) -> list[int | None]:
        return [column.median_days for column in self.columns]


def published_quarters(request, page) -> list:
    """The live quarters under this transparency page that this reader may read, oldest first."""
    quarters = visibility.readable(request, list(page.get_children().live().specific()))
    return sorted(quarters, key=lambda quarter: (quarter.year, quarter.quarter))


def report(request, page) -> Report:
    quarters = published_quarters(request, page)
    return Report(
        quarters=[quarter_column(q) for q in reversed(quarters[-QUARTERS_SHOWN:])],
        years=list(reversed(whole_years(quarters))),
    )


def csv_response(request, page) -> HttpResponse:
    """Every published quarter and whole year, a row per period and count, with the same cells
    hidden as on the page."""
    quarters = published_quarters(request, page)
    columns = [quarter_column(q) for q in quarters] + whole_years(quarters)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="sea-sh-figures.csv"'
    writer = csv.writer(response)
    writer.writerow(["period", "measure", "value"])
    for column in columns:
        for name in figures.COUNTS:
            cell = column[name]
            writer.writerow([column.key, name, cell.value if cell.shown else NOT_SHOWN])
        writer.writerow([column.key, figures.MEDIAN_DAYS, column.median_days or NOT_SHOWN])
    return response


def chart_svg(request, page) -> HttpResponse:
    """Allegations received per quarter (SEA and SH), the last eight quarters, as SVG drawn
    by pygal on the server; a count not shown has no bar (never a bar of 0)."""
    import pygal
    from pygal.style import Style

    columns = list(reversed(report(request, page).quarters))
    style = Style(
        font_family="system-ui, sans-serif",
        background="#ffffff",
        plot_background="#ffffff",
        foreground="#1a1a1a",
        foreground_strong="#1a1a1a",
        foreground_subtle="#595959",
        colors=("#1b4f72", "#b9770e"),
    )
    chart = pygal.Bar(
        style=style,
        js=[],
        width=720,
        height=360,
        title=_("Allegations received per quarter"),
        legend_at_bottom=True,
        print_values=False,
        disable_xml_declaration=True,
    )
    chart.x_labels = [column.label for column in columns]
    for name, label in figures.RECEIVED.items():
        chart.add(str(label), [column[name].value for column in columns])
    return HttpResponse(chart.render(is_unicode=True), content_type="image/svg+xml")
