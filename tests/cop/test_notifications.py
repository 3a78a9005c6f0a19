"""Who hears about what: watch, track, mute, mentions, immediate and content-free e-mails,
digests once per period."""

import pytest
import time_machine
from django.core import mail

from cop import emails, posting
from cop.models import DigestRun, Notification, Subscription
from cop.models.members import EmailMode
from cop.people import ensure_profile
from tests.cop.helpers import category, topic_titled

TOPIC = "What do you tell a supervisor"


def set_mode(user, mode, content_free=False):
    profile = ensure_profile(user)
    profile.email_mode = mode
    profile.content_free_email = content_free
    profile.save()


@pytest.mark.django_db
def test_watch_track_and_mute(users, django_capture_on_commit_callbacks):
    topic = topic_titled(TOPIC)
    watcher, tracker, muted = users["demo-omar"], users["moderator"], users["demo-camille"]
    Subscription.objects.update_or_create(user=tracker, topic=topic, defaults={"level": "track"})
    Subscription.objects.update_or_create(user=muted, topic=topic, defaults={"level": "mute"})
    with django_capture_on_commit_callbacks(execute=True):
        outcome = posting.create_reply(users["focalpoint"], topic, "A short practical tip.")
    by_user = {n.recipient_id: n for n in Notification.objects.filter(post=outcome.post)}
    assert by_user[watcher.pk].email_wanted is True
    assert by_user[tracker.pk].email_wanted is False
    assert muted.pk not in by_user
    assert users["focalpoint"].pk not in by_user


@pytest.mark.django_db
def test_a_mention_notifies_a_member_and_links_their_profile(users):
    topic = topic_titled(TOPIC)
    outcome = posting.create_reply(users["focalpoint"], topic, "@demo-camille what do you think?")
    assert '<a href="/community/go/member/' in outcome.post.html
    assert Notification.objects.filter(
        post=outcome.post, recipient=users["demo-camille"], kind="mention"
    ).exists()
    # Non-members are never linked or told.
    outcome = posting.create_reply(users["focalpoint"], topic, "@newhire should read this")
    assert "go/member" not in outcome.post.html
    assert not Notification.objects.filter(recipient=users["newhire"]).exists()


@pytest.mark.django_db
def test_immediate_and_content_free_emails(users, django_capture_on_commit_callbacks):
    topic = topic_titled(TOPIC)
    set_mode(users["demo-omar"], EmailMode.IMMEDIATE, content_free=True)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        posting.create_reply(users["focalpoint"], topic, "Thank them for their trust first.")
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["demo-omar@example.org"]
    assert "Thank them" not in message.body
    assert topic.title not in message.subject + message.body
    assert "/community/go/notifications/" in message.body


@pytest.mark.django_db
def test_a_post_hidden_before_the_digest_is_never_sent(users):
    from cop import moderation

    topic = topic_titled(TOPIC)
    set_mode(users["demo-omar"], EmailMode.WEEKLY)
    outcome = posting.create_reply(users["focalpoint"], topic, "Something later hidden.")
    moderation.hide(users["moderator"], outcome.post)
    mail.outbox.clear()
    assert emails.send_digests("weekly") == 0
    assert mail.outbox == []


@pytest.mark.django_db
def test_digests_go_once_per_period(users):
    topic = topic_titled(TOPIC)
    set_mode(users["demo-omar"], EmailMode.WEEKLY)
    with time_machine.travel("2025-03-03 08:00Z", tick=False):
        posting.create_reply(users["focalpoint"], topic, "Monday's reply.")
        mail.outbox.clear()
        assert emails.send_digests("weekly") == 1
        assert emails.send_digests("weekly") == 0
    with time_machine.travel("2025-03-05 08:00Z", tick=False):
        posting.create_reply(users["focalpoint"], topic, "Wednesday's reply.")
        assert emails.send_digests("weekly") == 0  # same ISO week
    with time_machine.travel("2025-03-10 08:00Z", tick=False):
        assert emails.send_digests("weekly") == 1
        assert "Wednesday's reply." in mail.outbox[-1].body
    assert DigestRun.objects.filter(user=users["demo-omar"]).count() == 2


@pytest.mark.django_db
def test_following_a_category_brings_its_new_topics(users):
    watcher = users["moderator"]
    Subscription.objects.update_or_create(
        user=watcher, category=category("africa"), defaults={"level": "watch"}
    )
    outcome = posting.create_topic(
        users["focalpoint"], category("africa"), "Radio spots", "Which radio formats worked?"
    )
    assert Notification.objects.filter(
        post=outcome.post, recipient=watcher, kind="new_topic"
    ).exists()
