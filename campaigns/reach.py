"""Counting phase views by the channel that brought the reader, and showing the totals so that
no small number can point to a person."""

from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils.translation import gettext as _

from campaigns.models.reach import CHANNELS, PhaseReach

CHANNEL_CODES = {code for code, _label in CHANNELS}
# Totals below this are shown as "fewer than 5": a count of 1 or 2 can identify a reader.
SMALLEST_SHOWN = 5


def count_view(phase_key: str, via: str | None) -> None:
    """Add one view of the phase (any language) for the channel named by `?via=`."""
    channel = via if via in CHANNEL_CODES else "intranet"
    rows = PhaseReach.objects.filter(phase_key=phase_key, channel=channel)
    if rows.update(views=F("views") + 1):
        return
    try:
        with transaction.atomic():
            PhaseReach.objects.create(phase_key=phase_key, channel=channel, views=1)
    except IntegrityError:
        # Another request created the row first.
        rows.update(views=F("views") + 1)


def shown(count: int) -> str:
    return _("fewer than 5") if count < SMALLEST_SHOWN else str(count)


def reach_table(phase_keys) -> dict:
    """{phase_key: {channel: shown total}} for every channel, zeros included."""
    totals = {key: dict.fromkeys(CHANNEL_CODES, 0) for key in phase_keys}
    for row in PhaseReach.objects.filter(phase_key__in=list(totals)):
        totals[row.phase_key][row.channel] = row.views
    return {
        key: {code: shown(counts[code]) for code, _label in CHANNELS}
        for key, counts in totals.items()
    }
