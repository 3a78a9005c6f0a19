"""What the transparency page counts each quarter, and how the counts add up.

Only numbers: never a name, a date of an incident, an office below region, or words about a
case. A breakdown always adds up to its total (the entry form refuses one that does not), and
those sums are what suppression must guard: a hidden count must not come back by subtracting
the counts shown from a total.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

# Counts, in the order the page shows them: field name -> label.
RECEIVED = {
    "received_sea": _("Sexual exploitation and abuse"),
    "received_sh": _("Sexual harassment"),
}
REGIONS = {
    "region_africa": _("Africa"),
    "region_americas": _("Americas and the Caribbean"),
    "region_arab_states": _("Arab States"),
    "region_asia_pacific": _("Asia and the Pacific"),
    "region_europe": _("Europe and Central Asia"),
}
CLOSED = {
    "closed_substantiated": _("Substantiated"),
    "closed_unsubstantiated": _("Not substantiated"),
    "closed_without_investigation": _("Closed after assessment, without investigation"),
}
OUTCOMES = {
    "outcome_separation": _("Dismissal or separation"),
    "outcome_disciplinary": _("Other disciplinary measure"),
    "outcome_administrative": _("Administrative measure (training, reassignment)"),
    "outcome_referred_to_authorities": _("Referred to national authorities"),
}
REFERRED = {"referred": _("Referred for investigation")}
# Totals the page shows beside their parts (worked out, never entered).
TOTALS = {
    "received_total": _("Allegations received"),
    "closed_total": _("Cases closed"),
}
ENTERED = {**RECEIVED, **REFERRED, **CLOSED, **OUTCOMES, **REGIONS}
COUNTS = {**TOTALS, **ENTERED}
MEDIAN_DAYS = "median_days_to_close"


@dataclass(frozen=True)
class Relation:
    """`total` is the sum of `parts`."""

    total: str
    parts: tuple[str, ...]


# Every sum inside one quarter (the same hold inside a year).
RELATIONS = (
    Relation("received_total", tuple(RECEIVED)),
    Relation("received_total", tuple(REGIONS)),
    Relation("closed_total", tuple(CLOSED)),
    Relation("closed_substantiated", tuple(OUTCOMES)),
)


def with_totals(entered: dict[str, int | None]) -> dict[str, int | None]:
    """A quarter's counts with its totals worked out. The regions are None when the quarter
    has no breakdown by region."""
    counts = dict(entered)
    counts["received_total"] = sum(entered[name] for name in RECEIVED)
    counts["closed_total"] = sum(entered[name] for name in CLOSED)
    return counts


def breakdown_errors(entered: dict[str, int | None]) -> dict[str, str]:
    """Field name -> why the breakdowns do not add up (empty when they do)."""
    errors = {}
    if any(entered[name] is None for name in ENTERED if name not in REGIONS):
        return errors  # a count left out has its own message
    counts = with_totals(entered)
    regions = [entered[name] for name in REGIONS]
    if any(value is not None for value in regions):
        if any(value is None for value in regions):
            errors["region_africa"] = _(
                "Give every region, or none: a breakdown by region covers all of them."
            )
        elif sum(regions) != counts["received_total"]:
            errors["region_africa"] = _(
                "The regions add up to %(regions)s, but %(total)s allegations were received."
            ) % {"regions": sum(regions), "total": counts["received_total"]}
    outcomes = sum(entered[name] for name in OUTCOMES)
    if outcomes != entered["closed_substantiated"]:
        errors["outcome_separation"] = _(
            "The outcomes add up to %(outcomes)s, but %(substantiated)s cases were "
            "substantiated: give one outcome per substantiated case."
        ) % {"outcomes": outcomes, "substantiated": entered["closed_substantiated"]}
    return errors
