"""Telling a phase's owner, a few days before it starts, what it still lacks. Once per phase
and start time."""

from __future__ import annotations

from datetime import timedelta

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Locale

from campaigns.models import PhasePage, PhaseReminder
from campaigns.readiness import missing_for
from core import links


def _recipient(phase: PhasePage):
    owner = phase.owner
    return owner if owner is not None and owner.is_active and owner.email else None


def send_reminders(now=None) -> int:
    """Remind the owner of every source-language phase starting within the reminder window
    that is not ready. Returns how many reminders were sent."""
    now = now or timezone.now()
    horizon = now + timedelta(days=settings.CAMPAIGNS_REMINDER_DAYS)
    sent = 0
    candidates = PhasePage.objects.filter(locale=Locale.get_default(), live=False, expired=False)
    for phase in candidates.select_related("owner"):
        draft = phase.get_latest_revision_as_object()
        if draft.go_live_at is None or not now < draft.go_live_at <= horizon:
            continue
        missing = missing_for(draft)
        recipient = _recipient(phase)
        if not missing or recipient is None:
            continue
        try:
            with transaction.atomic():
                PhaseReminder.objects.create(
                    phase=phase, go_live_at=draft.go_live_at, recipient=recipient
                )
                body = render_to_string(
                    "campaigns/emails/reminder.txt",
                    {
                        "phase": draft,
                        "missing": missing,
                        "edit_url": links.absolute(
                            reverse("wagtailadmin_pages:edit", args=[phase.pk])
                        ),
                    },
                )
                EmailMessage(
                    subject=f"Phase not ready: {draft.title}", body=body, to=[recipient.email]
                ).send()
        except IntegrityError:
            continue
        sent += 1
    return sent
