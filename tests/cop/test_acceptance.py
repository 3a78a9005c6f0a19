"""The issue's acceptance story: a Spanish question, an answer, the accepted answer, a watcher's
digest, and a new hire who sees none of it anywhere."""

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command

from cop.models import Attachment, Notification, Post, Subscription
from cop.models.members import EmailMode
from cop.people import ensure_profile
from tests.cop.helpers import BASE, category, new_topic, reply
from tests.helpers import client_for

QUESTION = "¿Qué materiales usan para explicar la política a personal nuevo?"
QUESTION_TEXT = "Buscamos materiales breves y visuales para la inducción del personal nuevo."
ANSWER = "Usamos una tarjeta de bolsillo con los seis principios y un video corto de 5 minutos."


@pytest.fixture
def answered_question(users, django_capture_on_commit_callbacks):
    asker, answerer, watcher = users["focalpoint"], users["demo-omar"], users["moderator"]
    profile = ensure_profile(watcher)
    profile.email_mode = EmailMode.DAILY
    profile.save()
    Subscription.objects.update_or_create(
        user=watcher, category=category("americas"), defaults={"level": "watch"}
    )
    asking = client_for(asker)
    with django_capture_on_commit_callbacks(execute=True):
        response = new_topic(asking, QUESTION, QUESTION_TEXT, language="es", is_question="on")
    assert response.status_code == 302
    topic = Post.objects.get(source=QUESTION_TEXT).topic
    assert topic.status == "published"
    assert topic.is_question

    pdf = SimpleUploadedFile("materiales.pdf", _pdf_bytes(), content_type="application/pdf")
    with django_capture_on_commit_callbacks(execute=True):
        response = reply(client_for(answerer), topic, ANSWER, attachment=pdf)
    assert response.status_code == 302
    answer = Post.objects.get(source=ANSWER)
    assert answer.is_published

    response = asking.post(f"{BASE}p/{answer.pk}/accept/")
    assert response.status_code == 302
    topic.refresh_from_db()
    assert topic.accepted_post == answer
    return topic, answer


def _pdf_bytes():
    from fpdf import FPDF

    document = FPDF()
    document.add_page()
    document.set_font("helvetica", size=12)
    document.cell(text="Tarjeta de bolsillo")
    document.set_author("Someone Identifiable")
    return bytes(document.output())


@pytest.mark.django_db
def test_the_question_is_answered_accepted_and_sent_in_the_watchers_digest(answered_question):
    topic, answer = answered_question
    page = client_for(answered_question and topic.author).get(f"{BASE}t/{topic.pk}/")
    html = page.content.decode()
    assert QUESTION in html
    assert ANSWER in html
    assert "Accepted answer" in html
    assert '<h1 lang="es">' in html

    mail.outbox.clear()
    call_command("send_community_digests", "--period", "daily", verbosity=0)
    digests = [m for m in mail.outbox if m.to == ["moderator@example.org"]]
    assert len(digests) == 1
    assert ANSWER[:40] in digests[0].body
    assert QUESTION in digests[0].body
    # The same period again: nothing more is sent.
    call_command("send_community_digests", "--period", "daily", verbosity=0)
    assert len([m for m in mail.outbox if m.to == ["moderator@example.org"]]) == 1
    # The answer's author heard that it was accepted.
    assert Notification.objects.filter(
        recipient=answer.author, post=answer, kind="accepted"
    ).exists()


@pytest.mark.django_db
def test_the_new_hire_sees_none_of_it_anywhere(answered_question, users):
    topic, answer = answered_question
    attachment = Attachment.objects.get(post=answer)
    newhire = client_for(users["newhire"])
    surfaces = [
        "/en/community/",
        "/es/community/",
        f"{BASE}c/americas/",
        f"{BASE}t/{topic.pk}/",
        f"{BASE}p/{answer.pk}/",
        f"{BASE}unanswered/",
        f"{BASE}feed/",
        f"{BASE}members/",
        f"/community/go/topic/{topic.pk}/",
        f"/community/go/post/{answer.pk}/",
        f"/community/files/{attachment.pk}/",
    ]
    for url in surfaces:
        response = newhire.get(url, follow=True)
        assert response.status_code == 404, url
        body = response.content.decode()
        assert QUESTION not in body
        assert ANSWER not in body
        assert "materiales.pdf" not in body
    for url in ("/en/", "/es/"):
        body = newhire.get(url).content.decode()
        assert "Comunidad de práctica" not in body
        assert "Community of practice" not in body
    assert not Notification.objects.filter(recipient=users["newhire"]).exists()
    mail.outbox.clear()
    call_command("send_community_digests", "--period", "daily", verbosity=0)
    call_command("send_community_digests", "--period", "weekly", verbosity=0)
    assert not [m for m in mail.outbox if "newhire@example.org" in m.to]


@pytest.mark.django_db
def test_members_download_the_answer_file_without_its_author_metadata(answered_question, users):
    from io import BytesIO

    from pypdf import PdfReader

    _topic, answer = answered_question
    attachment = Attachment.objects.get(post=answer)
    response = client_for(users["focalpoint"]).get(f"/community/files/{attachment.pk}/")
    assert response.status_code == 200
    assert response["Cache-Control"] == "private, no-store"
    assert 'attachment; filename="materiales.pdf"' in response["Content-Disposition"]
    data = b"".join(response.streaming_content)
    metadata = PdfReader(BytesIO(data)).metadata or {}
    assert "Someone Identifiable" not in str(dict(metadata))
    anonymous = client_for().get(f"/community/files/{attachment.pk}/")
    assert anonymous.status_code == 302
    assert "/login/" in anonymous["Location"]
