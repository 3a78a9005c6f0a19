"""Phases for tests and benchmarks: complete (every channel asset written), scheduled and
translated unless told otherwise."""

from __future__ import annotations

from wagtail.models import Locale

from campaigns.models import CampaignPage, PhasePage
from demo import seeding

TRANSLATED = ("fr", "es", "ar")


def demo_campaign() -> CampaignPage:
    return CampaignPage.objects.get(locale=Locale.get_default(), slug="know-your-rights-2026")


def phase_fields(number: int, start, end, **overrides) -> dict:
    fields = {
        "title": f"Test phase {number}",
        "slug": f"test-phase-{number}",
        "number": number,
        "objective": "People know one more thing.",
        "key_messages": "First message.\nSecond message.",
        "audiences": ["all_personnel"],
        "email_subject": f"Phase {number} starts",
        "email_body": "Here is what is new.",
        "yammer_post": "A post for Viva Engage.",
        "newsletter_blurb": "A blurb for the newsletter.",
        "banner_text": f"Phase {number} banner",
        "go_live_at": start,
        "expire_at": end,
    }
    fields.update(overrides)
    return fields


def make_phase(
    number: int,
    start,
    end,
    campaign: CampaignPage | None = None,
    translate=TRANSLATED,
    publish: bool = True,
    **overrides,
) -> PhasePage:
    """A phase under `campaign` (the demo campaign by default), published (so scheduled, when
    its start is ahead) and translated into `translate`, each translation published too."""
    campaign = campaign or demo_campaign()
    phase = PhasePage(live=False, **phase_fields(number, start, end, **overrides))
    campaign.add_child(instance=phase)
    revision = phase.save_revision()
    if publish:
        revision.publish()
    # Translations of an unpublished phase wait for it (PhasePage.publish keeps them drafts).
    for code in translate:
        seeding.ensure_translation(
            phase,
            code,
            title=f"{phase.title} ({code})",
            email_subject=f"{phase.email_subject} ({code})",
        )
    phase.refresh_from_db()
    return phase
