"""The home page banner of the campaign phase that is live now for this reader."""

from __future__ import annotations

from dataclasses import dataclass

from wagtail.models import Locale

from campaigns.audiences import reader_audiences
from campaigns.models import PhasePage
from core import visibility


@dataclass(frozen=True)
class Banner:
    text: str
    url: str
    phase: PhasePage


def live_banner(request) -> Banner | None:
    """The banner of the newest phase live now, in the reader's language, for one of the
    reader's audiences, that the reader may see (core.visibility); None when there is none."""
    audiences = reader_audiences(request.user)
    if not audiences:
        return None
    phases = visibility.visible_pages(
        request,
        PhasePage.objects.filter(locale=Locale.get_active()).exclude(banner_text=""),
    ).order_by("-go_live_at", "-pk")
    for phase in phases[:20]:
        if audiences & set(phase.audiences):
            url = phase.banner_link or f"{phase.get_url(request)}?via=banner"
            return Banner(text=phase.banner_text, url=url, phase=phase)
    return None
