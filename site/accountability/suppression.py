"""Small numbers suppressed, so that no count of 1 to 4 can be read or worked out.

Primary suppression hides every count from 1 to 4. Secondary suppression then hides as many
other counts of the same quarter as it takes for no hidden count to follow from those shown:
first so that no sum (figures.RELATIONS) has exactly one hidden cell, then, exactly, by
solving the sums as a system of equations (fractions, no rounding) and hiding more while any
hidden count is determined by it. A breakdown by region is shown whole or not at all.

Each quarter is suppressed from its own counts only, so the same quarter hides the same cells
on every page, in every download and after every later quarter: comparing what was published
before and after cannot undo it. A year's count is the sum of its quarters' and is hidden when
any of them is, so "the year minus the quarters" gives nothing a quarter does not.

Every hidden cell reads the same ("not shown"): marking the complementary ones differently
would tell a reader they are 0 or 5 and more, which can narrow a small count down to one value.
"""

from __future__ import annotations

from fractions import Fraction

from accountability.figures import COUNTS, MEDIAN_DAYS, REGIONS, RELATIONS, Relation

SMALLEST_SHOWN = 5
REGION_NAMES = frozenset(REGIONS)


def is_small(value: int | None) -> bool:
    return value is not None and 0 < value < SMALLEST_SHOWN


def _relations(counts: dict) -> list[Relation]:
    has_regions = all(counts.get(name) is not None for name in REGIONS)
    return [r for r in RELATIONS if has_regions or not REGION_NAMES & set(r.parts)]


def _hide(name: str, hidden: set[str]) -> None:
    hidden |= REGION_NAMES if name in REGION_NAMES else {name}


def _complement(relation: Relation, counts: dict, hidden: set[str]) -> str:
    """The cell to hide beside the one hidden cell of this sum: the smallest part shown, a
    part above 0 when there is one (a hidden 0 protects less), else the total."""
    shown = [part for part in relation.parts if part not in hidden]
    if not shown:
        return relation.total
    return min(shown, key=lambda part: (counts[part] == 0, counts[part]))


def determined(counts: dict, hidden: set[str], relations: list[Relation]) -> set[str]:
    """The hidden cells whose value follows from the cells shown and the sums (exactly: a
    cell is determined when its unit vector lies in the row space of the sums' equations over
    the hidden cells)."""
    unknowns = sorted(hidden & {name for r in relations for name in (r.total, *r.parts)})
    if not unknowns:
        return set()
    column = {name: index for index, name in enumerate(unknowns)}
    rows = []
    for relation in relations:
        row = [Fraction(0)] * len(unknowns)
        for name, sign in ((relation.total, 1), *((part, -1) for part in relation.parts)):
            if name in column:
                row[column[name]] += sign
        if any(row):
            rows.append(row)
    return {unknowns[index] for index in unit_rows(rows, len(unknowns))}


def unit_rows(rows: list[list[Fraction]], width: int) -> set[int]:
    """The columns whose unit vector is in the row space of `rows` (reduced row echelon form:
    a column is one when its pivot row has no other entry)."""
    rows = [list(row) for row in rows]
    pivots = []
    top = 0
    for col in range(width):
        pivot = next((r for r in range(top, len(rows)) if rows[r][col] != 0), None)
        if pivot is None:
            continue
        rows[top], rows[pivot] = rows[pivot], rows[top]
        lead = rows[top][col]
        rows[top] = [value / lead for value in rows[top]]
        for r in range(len(rows)):
            if r != top and rows[r][col] != 0:
                factor = rows[r][col]
                rows[r] = [a - factor * b for a, b in zip(rows[r], rows[top], strict=True)]
        pivots.append(col)
        top += 1
    return {
        col
        for row, col in zip(rows, pivots, strict=False)
        if sum(1 for value in row if value != 0) == 1
    }


def quarter_hidden(counts: dict) -> set[str]:
    """The names of a quarter's counts that must not be shown (see the module's docstring)."""
    hidden: set[str] = set()
    for name in COUNTS:
        if is_small(counts.get(name)):
            _hide(name, hidden)
    relations = _relations(counts)
    while True:
        for relation in relations:
            cells = (relation.total, *relation.parts)
            if sum(cell in hidden for cell in cells) == 1:
                _hide(_complement(relation, counts, hidden), hidden)
                break
        else:
            found = determined(counts, hidden, relations)
            if not found:
                break
            # Hide the smallest shown cell of a sum the determined cell is in, and look again.
            cell = min(found)
            around = [
                name
                for r in relations
                if cell in (r.total, *r.parts)
                for name in (r.total, *r.parts)
                if name not in hidden
            ]
            _hide(min(around, key=lambda name: (counts[name] == 0, counts[name])), hidden)
    if not all(counts.get(name) is not None for name in REGIONS):
        hidden -= REGION_NAMES
    return hidden


def year_hidden(quarters: list[tuple[dict, set[str]]]) -> set[str]:
    """The names of a whole year's counts that must not be shown: those hidden in any of its
    quarters, and its regions unless every quarter shows them."""
    hidden = set().union(*(quarter_hidden_set for _counts, quarter_hidden_set in quarters))
    if any(not all(counts.get(name) is not None for name in REGIONS) for counts, _h in quarters):
        hidden |= REGION_NAMES
    return hidden


def median_shown(counts: dict) -> bool:
    """The median time to close says something only about five cases and more."""
    closed = counts.get("closed_total")
    return counts.get(MEDIAN_DAYS) is not None and closed is not None and closed >= SMALLEST_SHOWN
