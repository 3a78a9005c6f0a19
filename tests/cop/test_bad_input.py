"""Bad input gets a clear message and a 4xx; nothing runs, nothing is half-saved, no duplicate."""

import re

import pytest

from cop import posting
from cop.models import Post, Topic
from tests.cop.helpers import BASE, new_topic, reply, topic_titled
from tests.helpers import client_for

TOPIC = "What do you tell a supervisor"


@pytest.mark.django_db
def test_an_empty_post_is_refused_with_a_message(users):
    topic = topic_titled(TOPIC)
    before = Post.objects.count()
    response = reply(client_for(users["focalpoint"]), topic, "   ")
    assert response.status_code == 400
    assert "Write something before you post." in response.content.decode()
    assert Post.objects.count() == before


@pytest.mark.django_db
def test_a_huge_post_is_refused_and_its_text_kept(users):
    topic = topic_titled(TOPIC)
    text = ("Lorem ipsum dolor sit amet " * 4000)[:100_000]
    before = Post.objects.count()
    response = reply(client_for(users["focalpoint"]), topic, text)
    html = response.content.decode()
    assert response.status_code == 400
    assert "too long: 100,000 characters" in html
    assert "20,000" in html
    assert text[:5000] in html
    assert Post.objects.count() == before


@pytest.mark.django_db
def test_an_empty_topic_title_is_refused_and_nothing_is_saved(users):
    before = (Topic.objects.count(), Post.objects.count())
    response = new_topic(client_for(users["focalpoint"]), "", "A body without a title.")
    assert response.status_code == 400
    assert "Give your topic a title." in response.content.decode()
    assert (Topic.objects.count(), Post.objects.count()) == before


ATTACKS = [
    "<script>alert('x')</script>",
    '<img src="x" onerror="alert(1)">',
    "[click me](javascript:alert(1))",
    '<a href="javascript:alert(1)" onclick="alert(2)">link</a>',
    "[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    '<svg onload="alert(1)"></svg>',
]


@pytest.mark.django_db
@pytest.mark.parametrize("attack", ATTACKS)
def test_script_and_javascript_links_are_rendered_inert(attack, users):
    topic = topic_titled(TOPIC)
    reply(client_for(users["focalpoint"]), topic, f"Look at this {attack}")
    post = Post.objects.get(source=f"Look at this {attack}")
    # What survives is text: no element runs code, no attribute handles an event, no link
    # leads to script.
    html = post.html.lower()
    for element in ("<script", "<img", "<svg", "<iframe"):
        assert element not in html
    assert not re.search(r"<[^>]*\son\w+=", html)
    assert not re.search(r"<a[^>]*href=\"(javascript|data):", html)
    page = client_for(users["demo-omar"]).get(f"{BASE}p/{post.pk}/", follow=True)
    assert "<script>alert" not in page.content.decode()


@pytest.mark.django_db
def test_a_reply_to_a_locked_topic_is_refused(users):
    topic = topic_titled("Welcome: how this community works")
    assert topic.locked
    before = Post.objects.count()
    client = client_for(users["focalpoint"])
    response = client.post(
        f"{BASE}t/{topic.pk}/reply/", {"source": "Can I add something?", "action": "post"}
    )
    assert response.status_code == 403
    assert "This topic is locked" in response.content.decode()
    assert "Can I add something?" in response.content.decode()
    assert Post.objects.count() == before


@pytest.mark.django_db
def test_a_double_submit_makes_one_post(users):
    topic = topic_titled(TOPIC)
    client = client_for(users["focalpoint"])
    form = client.get(f"{BASE}t/{topic.pk}/reply/").context["form"]
    data = {
        "source": "Sent twice by an impatient click.",
        "submission_key": str(form.initial["submission_key"]),
        "action": "post",
    }
    first = client.post(f"{BASE}t/{topic.pk}/reply/", data)
    second = client.post(f"{BASE}t/{topic.pk}/reply/", data)
    assert first.status_code == second.status_code == 302
    assert Post.objects.filter(source=data["source"]).count() == 1
    # Without the key (a form built by hand), the same text within seconds is one post too.
    data.pop("submission_key")
    client.post(f"{BASE}t/{topic.pk}/reply/", data)
    assert Post.objects.filter(source=data["source"]).count() == 1
    topic.refresh_from_db()
    assert topic.reply_count == topic.posts.filter(status="published", is_opening=False).count()


@pytest.mark.django_db
@pytest.mark.parametrize("token", [None, "foreign"])
def test_a_post_without_or_with_a_foreign_csrf_token_is_refused(token, users):
    topic = topic_titled(TOPIC)
    client = client_for(users["focalpoint"], enforce_csrf_checks=True)
    data = {"source": "Posted from another site.", "action": "post"}
    if token:
        data["csrfmiddlewaretoken"] = "x" * 64
        client.cookies["csrftoken"] = "y" * 32
    response = client.post(f"{BASE}t/{topic.pk}/reply/", data)
    assert response.status_code == 403
    assert not Post.objects.filter(source=data["source"]).exists()


@pytest.mark.django_db
def test_a_failure_mid_post_saves_nothing(users, monkeypatch):
    topic = topic_titled(TOPIC)
    before = (Post.objects.count(), Topic.objects.get(pk=topic.pk).reply_count)

    def broken(post):
        raise RuntimeError("notification store is down")

    monkeypatch.setattr(posting.notify, "post_published", broken)
    with pytest.raises(RuntimeError):
        posting.create_reply(users["focalpoint"], topic, "This will not be half-saved.")
    assert (Post.objects.count(), Topic.objects.get(pk=topic.pk).reply_count) == before


@pytest.mark.django_db
def test_a_wrong_file_type_is_refused_and_the_text_kept(users):
    from django.core.files.uploadedfile import SimpleUploadedFile

    topic = topic_titled(TOPIC)
    fake = SimpleUploadedFile("notes.pdf", b"MZ\x90\x00 this is a program", "application/pdf")
    response = reply(client_for(users["focalpoint"]), topic, "Here are my notes.", attachment=fake)
    assert response.status_code == 400
    html = response.content.decode()
    assert "Here are my notes." in html
    assert "program" in html or "not" in html
    assert not Post.objects.filter(source="Here are my notes.").exists()


@pytest.mark.django_db
def test_an_archive_bomb_attachment_is_refused_and_the_text_kept(users):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from core.uploads import MB
    from tests.core.archive_bombs import docx_bomb

    topic = topic_titled(TOPIC)
    bomb = SimpleUploadedFile("plan.docx", docx_bomb(parts=190, part_bytes=MB))
    response = reply(client_for(users["focalpoint"]), topic, "Our plan, attached.", attachment=bomb)
    assert response.status_code == 400
    html = response.content.decode()
    assert "archive bomb" in html
    assert "Our plan, attached." in html
    assert not Post.objects.filter(source="Our plan, attached.").exists()


@pytest.mark.django_db
def test_bidirectional_overrides_are_stripped_from_stored_titles_and_posts(users):
    # U+202E shows what follows right to left: stored text would read otherwise than it shows.
    client = client_for(users["focalpoint"])
    new_topic(
        client, "Training \u202eroom\u202c plan", "Slides \u2067for\u2069 the \u202aday\u202c."
    )
    topic = Topic.objects.get(title="Training room plan")
    assert topic.posts.get().source == "Slides for the day."
    reply(client, topic, "Agreed, \u202dthanks\u202c.")
    assert topic.posts.filter(source="Agreed, thanks.").exists()
    opening = topic.posts.get(is_opening=True)
    client.post(
        f"{BASE}p/{opening.pk}/edit/",
        {
            "source": "Slides \u202bfor\u202c the week.",
            "title": "Plan \u2066B\u2069",
            "language": "en",
        },
    )
    opening.refresh_from_db()
    topic.refresh_from_db()
    assert (topic.title, opening.source) == ("Plan B", "Slides for the week.")
