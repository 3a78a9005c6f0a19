"""A timeline of campaigns and their phases, laid out on the server as percentages so the
template can draw it as SVG (no JavaScript) beside a table that says the same in words."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from django.utils import timezone
from django.utils.translation import get_language_bidi

ROW_HEIGHT = 28
AXIS_HEIGHT = 24


@dataclass
class Bar:
    campaign: str
    number: int
    title: str
    start: datetime | None
    end: datetime | None
    status: str = ""
    status_label: str = ""
    url: str = ""
    phase: object = None
    x: float = 0.0
    width: float = 0.0
    y: int = 0

    @property
    def drawn(self) -> bool:
        return self.start is not None and self.end is not None

    @property
    def short_title(self) -> str:
        """The title without a leading "Phase 5:" (in any language) that the table adds itself."""
        return numbered_prefix(self.number).sub("", self.title, count=1) or self.title


def numbered_prefix(number) -> re.Pattern:
    """A title's own "Phase 5:", "Fase 5 -", "المرحلة 5:" at its start."""
    return re.compile(rf"^\s*\w+\s+{int(number)}\s*[:\-\u2013\u2014.]\s*")


@dataclass
class Timeline:
    bars: list[Bar]
    ticks: list[tuple[float, datetime]] = field(default_factory=list)
    now_x: float | None = None
    height: int = AXIS_HEIGHT

    @property
    def drawn(self) -> list[Bar]:
        return [bar for bar in self.bars if bar.drawn]


def _months(start: datetime, end: datetime):
    month = start.replace(day=1, hour=0, minute=0, second=0, microsecond=0)
    while month <= end:
        yield month
        month = (month + timedelta(days=32)).replace(day=1)


def lay_out(bars: list[Bar], now: datetime | None = None) -> Timeline:
    """Place every bar with a start and an end between the earliest start and latest end;
    mirrored for right-to-left languages so time runs the way the reader reads."""
    now = now or timezone.now()
    timeline = Timeline(bars=bars)
    drawn = timeline.drawn
    if not drawn:
        return timeline
    first = min(bar.start for bar in drawn)
    last = max(bar.end for bar in drawn)
    span = (last - first).total_seconds() or 1.0
    rtl = get_language_bidi()

    def position(moment: datetime) -> float:
        share = 100 * (moment - first).total_seconds() / span
        return round(100 - share if rtl else share, 2)

    for row, bar in enumerate(drawn):
        left, right = sorted((position(bar.start), position(bar.end)))
        bar.x, bar.width = left, max(round(right - left, 2), 0.5)
        bar.y = AXIS_HEIGHT + row * ROW_HEIGHT
    timeline.ticks = [(position(month), month) for month in _months(first, last) if month >= first]
    if first <= now <= last:
        timeline.now_x = position(now)
    timeline.height = AXIS_HEIGHT + len(drawn) * ROW_HEIGHT
    return timeline


def timeline_for(campaigns_and_phases, now=None) -> Timeline:
    """The reader's timeline: each campaign with the phases given for it (already filtered by
    core.visibility by the caller)."""
    bars = [
        Bar(
            campaign=campaign.title,
            number=phase.number,
            title=phase.title,
            start=phase.go_live_at,
            end=phase.expire_at,
            url=phase.url,
            phase=phase,
        )
        for campaign, phases in campaigns_and_phases
        for phase in phases
    ]
    return lay_out(bars, now)
