"""The planner's view of every campaign: each phase as its latest version has it (drafts and
phases awaiting approval included), with its status and readiness. For comms staff and editors
in the admin; readers' views go through core.visibility instead."""

from __future__ import annotations

from django.contrib.contenttypes.models import ContentType
from django.utils import dateparse, timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Revision, WorkflowState

from campaigns.calendar import Bar, Timeline, lay_out
from campaigns.models import CampaignPage, PhasePage
from core import roles

STATUS_LABELS = {
    "draft": _("Draft"),
    "awaiting": _("Awaiting approval"),
    "scheduled": _("Scheduled"),
    "live": _("Live"),
    "ended": _("Ended"),
}


def is_planner(user) -> bool:
    """Comms staff, editors and administrators plan campaigns."""
    return user.is_active and (
        user.is_superuser or bool({roles.COMMS, roles.EDITORS} & roles.user_groups(user))
    )


def _moment(value):
    if not value:
        return None
    return dateparse.parse_datetime(value) if isinstance(value, str) else value


def _status(phase, start, end, scheduled_ids, awaiting_ids, now) -> str:
    if phase.expired or (end is not None and end <= now):
        return "ended"
    if phase.live:
        return "live"
    if str(phase.pk) in scheduled_ids:
        return "scheduled"
    if str(phase.pk) in awaiting_ids:
        return "awaiting"
    return "draft"


def planning_timeline(now=None) -> Timeline:
    """Every source-language phase of every campaign, in a fixed number of queries."""
    now = now or timezone.now()
    phases = list(
        PhasePage.objects.filter(locale=Locale.get_default())
        .select_related("latest_revision")
        .order_by("path")
    )
    campaigns = {
        campaign.path: campaign.title
        for campaign in CampaignPage.objects.filter(locale=Locale.get_default())
    }
    page_type = ContentType.objects.get_for_model(PhasePage)
    ids = [str(phase.pk) for phase in phases]
    scheduled_ids = set(
        Revision.objects.filter(
            object_id__in=ids, approved_go_live_at__isnull=False, content_type=page_type
        ).values_list("object_id", flat=True)
    )
    awaiting_ids = set(
        WorkflowState.objects.filter(
            object_id__in=ids, status=WorkflowState.STATUS_IN_PROGRESS
        ).values_list("object_id", flat=True)
    )
    bars = []
    for phase in phases:
        content = phase.latest_revision.content if phase.latest_revision else {}
        start = _moment(content.get("go_live_at", phase.go_live_at))
        end = _moment(content.get("expire_at", phase.expire_at))
        if end is None and phase.expired:
            # Expiring sets the end on the page, not in its revisions.
            end = phase.expire_at
        status = _status(phase, start, end, scheduled_ids, awaiting_ids, now)
        bars.append(
            Bar(
                campaign=campaigns.get(phase.path[: -PhasePage.steplen], ""),
                number=content.get("number", phase.number),
                title=content.get("title", phase.title),
                start=start,
                end=end,
                status=status,
                status_label=str(STATUS_LABELS[status]),
                phase=phase,
            )
        )
    bars.sort(key=lambda bar: (bar.campaign, bar.start or now, bar.number))
    return lay_out(bars, now)
