"""A reader trying to work hidden counts out of what the transparency page publishes: every
published figure they have seen (one download or several), and the sums anyone can read off
the page (written out here, not taken from the product's code). A hidden count is worked out
when the sums determine it exactly: its unit vector lies in the row space of the equations
over the hidden counts (ranks taken modulo a large prime, a method of its own)."""

from __future__ import annotations

import csv
import io

PRIME = 2**61 - 1
RECEIVED = ("received_sea", "received_sh")
REGIONS = (
    "region_africa",
    "region_americas",
    "region_arab_states",
    "region_asia_pacific",
    "region_europe",
)
CLOSED = ("closed_substantiated", "closed_unsubstantiated", "closed_without_investigation")
OUTCOMES = (
    "outcome_separation",
    "outcome_disciplinary",
    "outcome_administrative",
    "outcome_referred_to_authorities",
)
SUMS = (
    ("received_total", RECEIVED),
    ("received_total", REGIONS),
    ("closed_total", CLOSED),
    ("closed_substantiated", OUTCOMES),
)
COUNTED = ("received_total", "closed_total", "referred", *RECEIVED, *REGIONS, *CLOSED, *OUTCOMES)


def read_csv(text: str) -> dict[tuple[str, str], int | None]:
    """(period, measure) -> the count, or None when not shown."""
    seen = {}
    for row in csv.DictReader(io.StringIO(text)):
        if row["measure"] in COUNTED:
            seen[(row["period"], row["measure"])] = (
                None if row["value"] == "not shown" else int(row["value"])
            )
    return seen


def combine(*downloads) -> dict[tuple[str, str], int | None]:
    """What a reader knows from several downloads: a count shown in any of them is known."""
    known = {}
    for seen in downloads:
        for cell, value in seen.items():
            if known.get(cell) is None:
                known[cell] = value
    return known


def equations(known) -> list[dict[tuple[str, str], int]]:
    """Each sum as {cell: coefficient} (total +1, parts -1), over the periods published."""
    periods = {period for period, _measure in known}
    found = []
    for period in periods:
        for total, parts in SUMS:
            cells = [(period, total), *((period, part) for part in parts)]
            if all(cell in known for cell in cells):
                found.append({cells[0]: 1, **{cell: -1 for cell in cells[1:]}})
    for year in (p for p in periods if "-Q" not in p):
        quarters = [f"{year}-Q{n}" for n in range(1, 5)]
        for measure in COUNTED:
            cells = [(year, measure), *((q, measure) for q in quarters)]
            if all(cell in known for cell in cells):
                found.append({cells[0]: 1, **{cell: -1 for cell in cells[1:]}})
    return found


def _rank(rows: list[list[int]]) -> int:
    rows = [[value % PRIME for value in row] for row in rows]
    rank, width = 0, len(rows[0]) if rows else 0
    for col in range(width):
        pivot = next((r for r in range(rank, len(rows)) if rows[r][col]), None)
        if pivot is None:
            continue
        rows[rank], rows[pivot] = rows[pivot], rows[rank]
        inverse = pow(rows[rank][col], PRIME - 2, PRIME)
        rows[rank] = [value * inverse % PRIME for value in rows[rank]]
        for r in range(len(rows)):
            if r != rank and rows[r][col]:
                factor = rows[r][col]
                rows[r] = [
                    (a - factor * b) % PRIME for a, b in zip(rows[r], rows[rank], strict=True)
                ]
        rank += 1
    return rank


def worked_out(known) -> set[tuple[str, str]]:
    """The hidden cells the published sums determine."""
    hidden = sorted(cell for cell, value in known.items() if value is None)
    index = {cell: i for i, cell in enumerate(hidden)}
    rows = []
    for equation in equations(known):
        row = [0] * len(hidden)
        for cell, coefficient in equation.items():
            if cell in index:
                row[index[cell]] += coefficient
        if any(row):
            rows.append(row)
    if not rows:
        return set()
    base = _rank(rows)
    found = set()
    for cell, i in index.items():
        unit = [0] * len(hidden)
        unit[i] = 1
        if _rank([*rows, unit]) == base:
            found.add(cell)
    return found
