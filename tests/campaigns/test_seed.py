"""The demo campaign: four phases around today, in four languages, with its workflow."""

import pytest
from django.core.management import call_command
from wagtail.models import Locale, PageViewRestriction, WorkflowPage

from campaigns.factories import demo_campaign
from campaigns.models import CampaignMailingList, PhasePage

pytestmark = pytest.mark.django_db


def test_demo_campaign_has_one_ended_one_live_and_two_scheduled_phases():
    campaign = demo_campaign()
    assert (
        campaign.title == "Know your rights: the updated policy on prevention of harassment, 2026"
    )
    phases = PhasePage.objects.child_of(campaign).order_by("number")
    states = [(p.live, p.expired, p.is_scheduled()) for p in phases]
    assert states == [
        (False, True, False),
        (True, False, False),
        (False, False, True),
        (False, False, True),
    ]
    for code in ("fr", "es", "ar"):
        translated = PhasePage.objects.filter(
            locale=Locale.objects.get(language_code=code), alias_of=None
        )
        assert translated.count() == 4
        assert campaign.get_translation(Locale.objects.get(language_code=code)).alias_of_id is None


def test_campaigns_are_for_signed_in_personnel_and_approved_by_editors():
    index = demo_campaign().get_parent()
    assert PageViewRestriction.objects.filter(page=index).count() == 1
    workflow = WorkflowPage.objects.get(page=index).workflow
    assert workflow.name == "Campaign approval"
    task = workflow.tasks.get().specific
    assert [group.name for group in task.groups.all()] == ["Editors"]
    assert CampaignMailingList.objects.count() == 4


def test_seed_is_idempotent(mailoutbox):
    counts = (PhasePage.objects.count(), CampaignMailingList.objects.count())
    call_command("seed_demo", verbosity=0)
    assert (PhasePage.objects.count(), CampaignMailingList.objects.count()) == counts
    assert mailoutbox == []
