"""With the clock moved, scheduled publishing runs a campaign: a phase goes live at its start,
shows its banner, sends its e-mail once per language and audience, and ends at its expiry,
even when the scheduler runs late."""

from datetime import timedelta

import pytest
import time_machine
from django.core.management import call_command
from django.template import Context, Template
from django.test import Client, RequestFactory
from django.utils import translation

from campaigns.banners import live_banner
from campaigns.factories import make_phase
from campaigns.models import PhaseEmailSend, PhasePage
from tests.helpers import later

pytestmark = pytest.mark.django_db


def banner_for(user, language="en"):
    request = RequestFactory().get(f"/{language}/")
    request.user = user
    request.session = {}
    with translation.override(language):
        return live_banner(request)


def sent_to(outbox, subject):
    return sorted(message.to[0] for message in outbox if message.subject.startswith(subject))


def test_scheduled_phase_goes_live_sends_once_and_ends(users, mailoutbox):
    start, end = later(5), later(15)
    phase = make_phase(7, start, end)
    assert not phase.live
    assert banner_for(users["newhire"]).text != "Phase 7 banner"
    assert mailoutbox == []

    with time_machine.travel(start + timedelta(minutes=1), tick=False):
        call_command("publish_scheduled")
        phase.refresh_from_db()
        assert phase.live
        assert banner_for(users["newhire"]).text == "Phase 7 banner"
        assert banner_for(users["newhire"], "fr").phase.locale.language_code == "fr"
        # Once per language to the all-personnel list.
        assert sent_to(mailoutbox, "Phase 7 starts") == ["allpersonnel@example.org"] * 4
        assert {m.extra_headers["Content-Language"] for m in mailoutbox} >= {"en", "fr", "es", "ar"}
        assert PhaseEmailSend.objects.filter(phase_key=phase.translation_key).count() == 4
        # Re-runs (and a late scheduler) never send twice.
        call_command("publish_scheduled")
        call_command("send_due_campaign_emails")
        assert len(sent_to(mailoutbox, "Phase 7 starts")) == 4
        client = Client()
        client.force_login(users["newhire"])
        assert client.get(phase.url).status_code == 200
        html = Template("{% include 'campaigns/includes/home_banner.html' %}").render(
            Context({"request": banner_request(users["newhire"])})
        )
        assert "Phase 7 banner" in html
        assert "?via=banner" in html

    with time_machine.travel(end + timedelta(minutes=1), tick=False):
        # Before the scheduler runs, the expired phase is already hidden.
        client = Client()
        client.force_login(users["newhire"])
        assert client.get(phase.url).status_code == 404
        assert banner_for(users["newhire"]) is None or banner_for(users["newhire"]).phase != phase
        call_command("publish_scheduled")
        phase.refresh_from_db()
        assert not phase.live
        assert phase.expired
        assert not PhasePage.objects.filter(translation_key=phase.translation_key, live=True)


def banner_request(user):
    request = RequestFactory().get("/en/")
    request.user = user
    request.session = {}
    return request


def test_late_scheduler_never_publishes_an_expired_phase(users, mailoutbox):
    first = make_phase(8, later(2), later(3))
    second = make_phase(9, later(3), later(6))
    # The scheduler was down from before the first phase started until after it ended.
    with time_machine.travel(later(4), tick=False):
        call_command("publish_scheduled")
        first.refresh_from_db()
        second.refresh_from_db()
        assert not first.live
        assert second.live
        assert not first.revisions.filter(approved_go_live_at__isnull=False).exists()
        assert sent_to(mailoutbox, "Phase 8") == []
        assert len(sent_to(mailoutbox, "Phase 9")) == 4
        # Translations of the expired phase stay unpublished too.
        assert not PhasePage.objects.filter(translation_key=first.translation_key, live=True)


def test_late_scheduler_expires_then_publishes_in_order(users, mailoutbox):
    first = make_phase(10, later(2), later(4))
    second = make_phase(11, later(4), later(8))
    with time_machine.travel(later(3), tick=False):
        call_command("publish_scheduled")
    first.refresh_from_db()
    assert first.live
    with time_machine.travel(later(5), tick=False):
        call_command("publish_scheduled")
        first.refresh_from_db()
        second.refresh_from_db()
        assert not first.live
        assert first.expired
        assert second.live
        assert banner_for(users["newhire"]).phase.pk == second.pk
    assert len(sent_to(mailoutbox, "Phase 10")) == 4
    assert len(sent_to(mailoutbox, "Phase 11")) == 4


def test_translation_waits_for_its_source_phase(users):
    draft = make_phase(12, later(2), later(4), publish=False)
    translations = PhasePage.objects.filter(translation_key=draft.translation_key).exclude(
        pk=draft.pk
    )
    assert translations.count() == 3
    assert not translations.filter(live=True).exists()
    # Scheduling the source schedules its translations on the same times.
    draft.save_revision().publish()
    for translation_page in translations:
        assert translation_page.is_scheduled()
        assert translation_page.go_live_at == draft.go_live_at
        assert translation_page.expire_at == draft.expire_at


def test_a_sending_failure_is_retried_by_the_command(users, mailoutbox, settings):
    settings.EMAIL_BACKEND = "tests.campaigns.failing_backend.FailingBackend"
    phase = make_phase(13, later(1), later(5))
    with time_machine.travel(later(2), tick=False):
        call_command("publish_scheduled")
        assert PhaseEmailSend.objects.filter(phase_key=phase.translation_key).count() == 0
        settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
        call_command("send_due_campaign_emails")
        assert len(sent_to(mailoutbox, "Phase 13")) == 4
        call_command("send_due_campaign_emails")
        assert len(sent_to(mailoutbox, "Phase 13")) == 4
