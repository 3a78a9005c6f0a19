"""Keeping a phase's translations on the schedule of its source-language phase, and reacting
when a phase is published or goes live."""

from __future__ import annotations

from campaigns.models import PhasePage
from core import visibility


def propagate_schedule(source: PhasePage) -> None:
    """Schedule (or publish) every translation of `source` for the same start and end.

    A translation saved earlier took the schedule its source had then; when the source is
    scheduled or moved, its translations follow. Translations already in step are left alone.
    """
    translations = PhasePage.objects.filter(
        translation_key=source.translation_key, alias_of__isnull=True
    ).exclude(pk=source.pk)
    for translation in translations:
        in_step = (translation.go_live_at, translation.expire_at) == (
            source.go_live_at,
            source.expire_at,
        )
        if in_step and (translation.live or translation.is_scheduled()):
            continue
        draft = translation.get_latest_revision_as_object()
        draft.save_revision().publish()


def on_page_published(sender, instance, **kwargs):
    if not isinstance(instance, PhasePage):
        return
    if instance.source_phase is None and instance.alias_of_id is None:
        propagate_schedule(instance)
    if instance.live and not visibility.is_expired(instance):
        from campaigns.tasks import send_phase_emails

        send_phase_emails.enqueue(instance.pk)
