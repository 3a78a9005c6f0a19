"""Every address the site sends out (e-mails, the calendar feed) is on the configured base
address, never the host and port of Wagtail's Site record."""

import re
from datetime import timedelta

import pytest
import time_machine
from django.core import mail
from django.core.management import call_command
from django.test import override_settings
from django.utils import timezone
from wagtail.models import Site

from campaigns import emails as campaign_emails
from campaigns.factories import make_phase
from campaigns.ical import feed_for
from campaigns.models import CampaignMailingList
from cop import emails as community_emails
from cop import posting
from cop.models.members import EmailMode
from cop.people import ensure_profile
from tests.cop.helpers import topic_titled

BASE = "https://safe.example.org"
ADDRESSES = re.compile(r"https?://[^\s\"<>]+")

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def site_record_left_at_localhost():
    Site.objects.filter(is_default_site=True).update(hostname="localhost", port=80)
    with override_settings(WAGTAILADMIN_BASE_URL=BASE + "/"):
        yield


def addresses(text: str) -> list[str]:
    found = ADDRESSES.findall(text)
    assert found, text
    return found


def assert_on_base(text: str):
    wrong = [address for address in addresses(text) if not address.startswith(BASE + "/")]
    assert not wrong


def live_phase(number):
    now = timezone.now()
    return make_phase(number, now - timedelta(hours=1), now + timedelta(days=20), translate=())


def test_phase_email(users):
    """Sent when the phase goes live."""
    CampaignMailingList.objects.get_or_create(
        audience="all_personnel", language="", defaults={"address": "all@example.org"}
    )
    mail.outbox.clear()
    live_phase(60)
    assert len(mail.outbox) == 1
    assert_on_base(mail.outbox[0].body)
    assert f"{BASE}/en/" in mail.outbox[0].body


def test_test_email(users):
    phase = live_phase(61)
    mail.outbox.clear()
    campaign_emails.send_test(phase, users["comms"])
    assert_on_base(mail.outbox[0].body)


def test_reminder(users):
    later = timezone.now().replace(minute=0, second=0, microsecond=0) + timedelta(days=5)
    phase = make_phase(62, later, later + timedelta(days=4), translate=("fr",), publish=False)
    phase.owner = users["comms"]
    phase.save()
    mail.outbox.clear()
    with time_machine.travel(later - timedelta(days=2), tick=False):
        call_command("send_campaign_reminders")
    assert_on_base(mail.outbox[0].body)


def test_calendar_feed(users):
    live_phase(63)
    feed = feed_for(users["comms"]).decode()
    urls = [line for line in feed.splitlines() if line.startswith("URL")]
    assert urls
    assert all(line.split(":", 1)[1].startswith(BASE + "/") for line in urls)


def set_mode(user, mode):
    profile = ensure_profile(user)
    profile.email_mode = mode
    profile.save()


def test_community_notification(users, django_capture_on_commit_callbacks):
    set_mode(users["demo-omar"], EmailMode.IMMEDIATE)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        posting.create_reply(
            users["focalpoint"], topic_titled("What do you tell a supervisor"), "Thanks."
        )
    assert mail.outbox
    assert_on_base(mail.outbox[0].body)


def test_community_digest(users):
    set_mode(users["demo-omar"], EmailMode.WEEKLY)
    posting.create_reply(users["focalpoint"], topic_titled("What do you tell a supervisor"), "Hi.")
    mail.outbox.clear()
    assert community_emails.send_digests("weekly") == 1
    assert_on_base(mail.outbox[0].body)
