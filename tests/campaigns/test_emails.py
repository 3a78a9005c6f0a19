"""Reminders to a phase's owner, per-language lists, and the banner's audience."""

import pytest
import time_machine
from django.core.management import call_command
from django.test import RequestFactory

from campaigns.banners import live_banner
from campaigns.emails import list_address
from campaigns.factories import make_phase
from campaigns.models import CampaignMailingList
from tests.helpers import later

pytestmark = pytest.mark.django_db


def test_owner_is_reminded_once_when_a_phase_starting_soon_is_not_ready(users, mailoutbox):
    phase = make_phase(50, later(5), later(9), translate=("fr",), publish=False)
    phase.owner = users["comms"]
    phase.save()
    call_command("send_campaign_reminders")
    assert mailoutbox == []  # five days ahead: outside the three-day window
    with time_machine.travel(later(3), tick=False):
        call_command("send_campaign_reminders")
        call_command("send_campaign_reminders")
    assert [m.to for m in mailoutbox] == [["comms@example.org"]]
    assert "There is no Arabic translation yet." in mailoutbox[0].body
    assert "There is no Spanish translation yet." in mailoutbox[0].body


def test_a_ready_phase_sends_no_reminder(users, mailoutbox):
    phase = make_phase(51, later(2), later(9), publish=False)
    phase.owner = users["comms"]
    phase.save()
    call_command("send_campaign_reminders")
    assert mailoutbox == []


def test_a_language_list_wins_over_the_all_languages_list():
    CampaignMailingList.objects.create(
        audience="all_personnel", language="fr", address="tout-le-personnel@example.org"
    )
    assert list_address("all_personnel", "fr") == "tout-le-personnel@example.org"
    assert list_address("all_personnel", "es") == "allpersonnel@example.org"


def test_banner_only_for_the_phase_audience(users):
    make_phase(52, later(-1), later(5), audiences=["focal_points"], translate=())

    def banner(name):
        request = RequestFactory().get("/en/")
        request.user = users[name]
        request.session = {}
        return live_banner(request)

    assert banner("focalpoint").text == "Phase 52 banner"
    assert banner("newhire").text != "Phase 52 banner"
    anonymous = RequestFactory().get("/en/")
    from django.contrib.auth.models import AnonymousUser

    anonymous.user = AnonymousUser()
    anonymous.session = {}
    assert live_banner(anonymous) is None
