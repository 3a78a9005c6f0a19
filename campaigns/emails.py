"""The phase e-mail: built in the phase's language, sent once per language and audience to the
audience's list, and as a test to one member of staff. Knows nothing of HTTP."""

from __future__ import annotations

import logging

from django.core.mail import EmailMessage
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.utils import translation

from campaigns.audiences import list_reader
from campaigns.models import CampaignMailingList, PhaseEmailSend, PhasePage
from core import links, visibility

logger = logging.getLogger(__name__)


def phase_message(phase: PhasePage, to: list[str], test: bool = False) -> EmailMessage:
    language = phase.locale.language_code
    with translation.override(language):
        body = render_to_string(
            "campaigns/emails/phase.txt",
            {"phase": phase, "link": f"{links.page_url(phase)}?via=email", "test": test},
        )
    subject = f"[TEST] {phase.email_subject}" if test else phase.email_subject
    return EmailMessage(subject=subject, body=body, to=to, headers={"Content-Language": language})


def list_address(audience: str, language: str) -> str | None:
    """The list for this audience and language, else the audience's all-languages list."""
    lists = {
        row.language: row.address
        for row in CampaignMailingList.objects.filter(
            audience=audience, language__in=[language, ""]
        )
    }
    return lists.get(language) or lists.get("")


def send_phase_emails(phase_id: int) -> int:
    """Send a live phase's e-mail in its language to each of its audiences' lists, skipping
    every (phase, language, audience) already sent. Returns how many were sent now."""
    phase = PhasePage.objects.filter(pk=phase_id).select_related("locale").first()
    # Untranslated locales (aliases) send nothing: the source language's lists carry it.
    if phase is None or phase.alias_of_id or not phase.live or visibility.is_expired(phase):
        return 0
    language = phase.locale.language_code
    sent = 0
    for audience in phase.audiences:
        readable = visibility.visible_pages_for_user(
            list_reader(audience), PhasePage.objects.filter(pk=phase.pk)
        ).exists()
        address = list_address(audience, language)
        if not readable or address is None:
            logger.info("Phase %s: no %s list for %s, or not visible", phase.pk, language, audience)
            continue
        try:
            # The record is written first; if sending fails the record is rolled back so a
            # later run retries, and if it already exists nothing is sent again.
            with transaction.atomic():
                PhaseEmailSend.objects.create(
                    phase_key=phase.translation_key,
                    language=language,
                    audience=audience,
                    address=address,
                )
                phase_message(phase, [address]).send()
        except IntegrityError:
            continue
        sent += 1
    return sent


def send_test(phase: PhasePage, user) -> None:
    """The phase e-mail as it stands now (the latest draft), to `user` alone."""
    draft = phase.get_latest_revision_as_object()
    phase_message(draft, [user.email], test=True).send()
