"""A post with personal data is held: not shown, not indexed, not mailed, until a moderator
releases or redacts it."""

import pytest
from django.core import mail

from cop import moderation
from cop.models import Notification, Post, PostRevision, Subscription
from cop.models.members import EmailMode
from cop.people import ensure_profile
from cop.signals import post_redacted
from core.visibility import community
from tests.cop.helpers import BASE, client_for, reply, topic_titled

PERSONAL = "Please contact her directly at maria.r@example.org or on +000 555 0123 4567."
TOPIC = "What do you tell a supervisor"


@pytest.fixture
def held(users, django_capture_on_commit_callbacks):
    watcher = users["demo-omar"]  # wrote the topic, so watches it
    profile = ensure_profile(watcher)
    profile.email_mode = EmailMode.IMMEDIATE
    profile.save()
    topic = topic_titled(TOPIC)
    assert Subscription.objects.filter(user=watcher, topic=topic, level="watch").exists()
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = reply(client_for(users["focalpoint"]), topic, PERSONAL)
    assert response.status_code == 302
    post = Post.objects.get(source=PERSONAL)
    return topic, post


@pytest.mark.django_db
def test_the_post_is_held_and_the_author_is_told_why_in_plain_words(held, users):
    topic, post = held
    assert post.status == "held"
    assert set(post.hold_reasons) == {"email", "phone"}
    author = client_for(users["focalpoint"])
    page = author.get(f"{BASE}t/{topic.pk}/", follow=True).content.decode()
    assert "waiting for a moderator" in page.lower()
    assert "an e-mail address" in page and "a phone number" in page
    # The author keeps the text.
    assert "maria.r@example.org" in page


@pytest.mark.django_db
def test_the_held_post_is_not_shown_indexed_or_mailed(held, users):
    topic, post = held
    other = client_for(users["demo-omar"])
    for url in (f"{BASE}t/{topic.pk}/", f"{BASE}feed/", f"{BASE}notifications/"):
        assert "maria.r@example.org" not in other.get(url).content.decode()
    assert other.get(f"{BASE}p/{post.pk}/").status_code == 404
    assert not community.notifiable_posts().filter(pk=post.pk).exists()
    assert not Notification.objects.filter(post=post).exists()
    assert mail.outbox == []
    topic.refresh_from_db()
    assert topic.last_published_post_id != post.pk


@pytest.mark.django_db
def test_release_publishes_and_mails_the_watcher(held, users, django_capture_on_commit_callbacks):
    topic, post = held
    with django_capture_on_commit_callbacks(execute=True):
        response = client_for(users["moderator"]).post(
            f"{BASE}p/{post.pk}/moderate/", {"action": "release", "note": "contacts are fictional"}
        )
    assert response.status_code == 302
    post.refresh_from_db()
    assert post.status == "published"
    assert [m.to for m in mail.outbox] == [["demo-omar@example.org"]]
    assert "maria.r@example.org" in mail.outbox[0].body
    assert (
        "maria.r@example.org"
        in client_for(users["demo-omar"]).get(f"{BASE}t/{topic.pk}/").content.decode()
    )


@pytest.mark.django_db
def test_redaction_removes_the_text_everywhere(held, users):
    topic, post = held
    PostRevision.objects.create(post=post, source=PERSONAL, edited_by=users["focalpoint"])
    heard = []
    post_redacted.connect(lambda sender, post, **kw: heard.append(post.pk), weak=False)
    moderation.redact(users["moderator"], post, note="contact details")
    post.refresh_from_db()
    assert post.status == "redacted" and post.source == "" and post.html == ""
    assert not PostRevision.objects.filter(post=post).exclude(source="").exists()
    assert not Notification.objects.filter(post=post).exists()
    assert mail.outbox == []
    for user in ("focalpoint", "moderator", "demo-omar"):
        page = client_for(users[user]).get(f"{BASE}t/{topic.pk}/").content.decode()
        assert "maria.r@example.org" not in page
    log = client_for(users["moderator"]).get(f"{BASE}moderation/log/").content.decode()
    assert "Redacted a post" in log and "maria" not in log


@pytest.mark.django_db
def test_a_new_member_is_premoderated(users, django_capture_on_commit_callbacks):
    from django.contrib.auth.models import Group

    from core import roles

    newcomer = users["newhire"]
    newcomer.groups.add(Group.objects.get(name=roles.FOCAL_POINTS))
    newcomer = type(newcomer).objects.get(pk=newcomer.pk)
    topic = topic_titled(TOPIC)
    with django_capture_on_commit_callbacks(execute=True):
        reply(client_for(newcomer), topic, "Hello everyone, glad to join.")
    post = Post.objects.get(source="Hello everyone, glad to join.")
    assert post.status == "held" and post.hold_reasons == ["new_member"]
    assert post in community.visible_posts(newcomer)
    assert post not in community.visible_posts(users["focalpoint"])


@pytest.mark.django_db
def test_reporting_identifying_information_holds_the_post_at_once(users):
    topic = topic_titled(TOPIC)
    answer = topic.posts.filter(is_opening=False).first()
    response = client_for(users["demo-omar"]).post(
        f"{BASE}p/{answer.pk}/flag/", {"reason": "identifying", "note": "mentions an office"}
    )
    assert response.status_code == 302
    answer.refresh_from_db()
    assert answer.status == "held" and answer.hold_reasons == ["flagged"]
    queue = client_for(users["moderator"]).get(f"{BASE}moderation/").content.decode()
    assert "It contains identifying or case information" in queue
