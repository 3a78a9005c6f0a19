"""The iCalendar feed of phases for one person: the phases they may read now (core.visibility)
and, for planners, the phases approved and scheduled to start later."""

from __future__ import annotations

from django.contrib.contenttypes.models import ContentType
from django.utils import timezone
from icalendar import Calendar, Event
from wagtail.models import Locale, Revision

from campaigns.calendar import numbered_prefix
from campaigns.models import PhasePage
from campaigns.planning import is_planner
from core import links, visibility


def phases_for(user) -> list[PhasePage]:
    source_phases = PhasePage.objects.filter(locale=Locale.get_default())
    phases = {
        phase.pk: phase
        for phase in visibility.visible_pages_for_user(user, source_phases).exclude(
            go_live_at__isnull=True
        )
    }
    if is_planner(user):
        # Revision.object_id is text; compare as numbers in Python, not in SQL.
        scheduled = [
            int(object_id)
            for object_id in Revision.objects.filter(
                approved_go_live_at__gt=timezone.now(),
                content_type=ContentType.objects.get_for_model(PhasePage),
            ).values_list("object_id", flat=True)
        ]
        for phase in source_phases.filter(pk__in=scheduled, expire_at__isnull=False):
            phases[phase.pk] = phase
    return sorted(phases.values(), key=lambda phase: phase.go_live_at)


def feed_for(user) -> bytes:
    calendar = Calendar()
    calendar.add("prodid", "-//The Agency//Campaign phases//EN")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", "Campaign phases")
    for phase in phases_for(user):
        event = Event()
        event.add("uid", f"{phase.translation_key}@campaigns")
        event.add("dtstamp", timezone.now())
        event.add("dtstart", phase.go_live_at)
        if phase.expire_at:
            event.add("dtend", phase.expire_at)
        title = numbered_prefix(phase.number).sub("", phase.title, count=1) or phase.title
        event.add("summary", f"Phase {phase.number}: {title}")
        event.add("description", phase.objective)
        event.add("url", links.page_url(phase))
        calendar.add_component(event)
    return calendar.to_ical()
