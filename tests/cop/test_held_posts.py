"""A post with personal data is held: not shown, not indexed, not mailed, until a moderator
releases or redacts it."""

import io

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from cop import attachments, moderation
from cop.models import Notification, Post, PostRevision, Subscription
from cop.models.members import EmailMode
from cop.people import ensure_profile
from cop.signals import post_redacted
from core.visibility import community
from tests.cop.helpers import BASE, reply, topic_titled
from tests.helpers import client_for

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
    assert "an e-mail address" in page
    assert "a phone number" in page
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
    assert post.status == "redacted"
    assert post.source == ""
    assert post.html == ""
    assert not PostRevision.objects.filter(post=post).exclude(source="").exists()
    assert not Notification.objects.filter(post=post).exists()
    assert mail.outbox == []
    for user in ("focalpoint", "moderator", "demo-omar"):
        page = client_for(users[user]).get(f"{BASE}t/{topic.pk}/").content.decode()
        assert "maria.r@example.org" not in page
    log = client_for(users["moderator"]).get(f"{BASE}moderation/log/").content.decode()
    assert "Redacted a post" in log
    assert "maria" not in log


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
    assert post.status == "held"
    assert post.hold_reasons == ["new_member"]
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
    assert answer.status == "held"
    assert answer.hold_reasons == ["flagged"]
    queue = client_for(users["moderator"]).get(f"{BASE}moderation/").content.decode()
    assert "It contains identifying or case information" in queue


# Personal data as people disguise it, and the guard's reason for each (all fictional).
DISGUISES = [
    ("decimal entity for @", "jane.doe&#64;example.org", "email"),
    ("hex entity for @", "jane.doe&#x40;example.org", "email"),
    ("named entity for @", "jane.doe&commat;example.org", "email"),
    ("entity for the dot", "jane.doe@example&#46;org", "email"),
    ("zero-width space before @", "jane.doe\u200b@example.org", "email"),
    ("soft hyphen in the domain", "jane.doe@exam\u00adple.org", "email"),
    ("word joiner after @", "jane.doe@\u2060example.org", "email"),
    ("bidi isolates around @", "jane.doe\u2066@\u2069example.org", "email"),
    ("full-width @", "jane.doe\uff20example.org", "email"),
    ("small commercial at", "jane.doe\ufe6bexample.org", "email"),
    ("full-width full stop", "jane.doe@example\uff0eorg", "email"),
    ("one dot leader", "jane.doe@example\u2024org", "email"),
    ("[at] and [dot]", "jane.doe [at] example [dot] org", "email"),
    ("(at)", "jane.doe(at)example.org", "email"),
    ("slashes in a phone number", "555/123/4567", "phone"),
    ("en dashes in a phone number", "555\u2013123\u20134567", "phone"),
    ("middle dots in a phone number", "555\u00b7123\u00b74567", "phone"),
    ("zero-width spaces in a phone number", "555\u200b123\u200b4567", "phone"),
    ("soft hyphens in a phone number", "+000\u00ad555\u00ad0123", "phone"),
    ("entities in a phone number", "555&#45;123&#45;4567", "phone"),
    ("full-width solidus in a case reference", "INV\uff0f2025\uff0f045", "case_reference"),
    ("soft hyphen in a case reference", "IN\u00adV/2025/045", "case_reference"),
    ("zero-width space in 'passport'", "pass\u200bport no. X1234567", "id_number"),
    ("soft hyphen in 'born'", "b\u00adorn on 12 May 1980", "birth_date"),
]
PLAIN = "Sharing my notes from the session."


def word_file(*paragraphs: str, footer: str = "") -> bytes:
    import docx

    document = docx.Document()
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    document.sections[0].footer.paragraphs[0].text = footer
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def assert_hidden_from_others(post, users, *texts):
    other = client_for(users["demo-omar"])
    assert other.get(f"{BASE}p/{post.pk}/").status_code == 404
    page = other.get(f"{BASE}t/{post.topic_id}/").content.decode()
    for text in texts:
        assert text not in page
    for attachment in post.attachments.all():
        assert other.get(reverse("cop:attachment", args=[attachment.pk])).status_code == 404
        assert attachment.display_name not in page


@pytest.mark.django_db
@pytest.mark.parametrize("carrier", ["body", "text file", "Word file"])
@pytest.mark.parametrize(("label", "disguise", "reason"), DISGUISES, ids=[d[0] for d in DISGUISES])
def test_disguised_personal_data_holds_the_post(label, disguise, reason, carrier, users):
    topic = topic_titled(TOPIC)
    written = f"For follow-up: {disguise}, thanks."
    source, files, expected = written, {}, {reason}
    if carrier == "text file":
        source, expected = PLAIN, {reason, "in_attachment"}
        files["attachment"] = SimpleUploadedFile("notes.txt", written.encode())
    elif carrier == "Word file":
        source, expected = PLAIN, {reason, "in_attachment"}
        files["attachment"] = SimpleUploadedFile("notes.docx", word_file("Notes", written))
    response = reply(client_for(users["focalpoint"]), topic, source, **files)
    assert response.status_code == 302
    post = Post.objects.filter(topic=topic, author=users["focalpoint"]).latest("pk")
    assert post.status == "held"
    assert set(post.hold_reasons) == expected
    assert post.attachments.count() == len(files)
    assert_hidden_from_others(post, users, post.source)


@pytest.mark.django_db
@pytest.mark.parametrize(
    "source",
    ["Write to jane.doe@example\\.org", "Write to jane.doe**@**example.org"],
    ids=["Markdown escapes", "Markdown emphasis"],
)
def test_an_address_split_by_markdown_holds_the_post(source, users):
    topic = topic_titled(TOPIC)
    reply(client_for(users["focalpoint"]), topic, source)
    post = Post.objects.get(topic=topic, source=source)
    assert post.status == "held"
    assert post.hold_reasons == ["email"]


def pdf_file(text: str) -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    pdf.multi_cell(0, 6, text)
    return bytes(pdf.output())


def slides_file(notes: str) -> bytes:
    from pptx import Presentation

    presentation = Presentation()
    slide = presentation.slides.add_slide(presentation.slide_layouts[1])
    slide.shapes.title.text = "Lessons learned"
    slide.notes_slide.notes_text_frame.text = notes
    buffer = io.BytesIO()
    presentation.save(buffer)
    return buffer.getvalue()


ATTACHED = [
    ("jane.doe@example.org.txt", b"Nothing personal inside.", "email"),
    ("minutes.pdf", pdf_file("Call the witness on +000 555 0123 4567."), "phone"),
    ("minutes.docx", word_file("Minutes", footer="Case INV/2025/045"), "case_reference"),
    ("lessons.pptx", slides_file("Her e-mail: jane.doe@example.org"), "email"),
]


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("name", "content", "reason"),
    ATTACHED,
    ids=["file name", "PDF text", "Word footer", "speaker notes"],
)
def test_personal_data_in_an_attachment_holds_the_post_and_its_author_is_told_why(
    name, content, reason, users
):
    topic = topic_titled(TOPIC)
    author = client_for(users["focalpoint"])
    response = reply(author, topic, PLAIN, attachment=SimpleUploadedFile(name, content))
    post = Post.objects.get(topic=topic, source=PLAIN)
    assert post.status == "held"
    assert set(post.hold_reasons) == {reason, "in_attachment"}
    page = author.get(response.url, follow=True).content.decode()
    assert "waiting for a moderator" in page
    assert "some of this is in the attached file or its name" in page
    # The author keeps the text and the file.
    assert PLAIN in page
    assert name in page
    assert (
        author.get(reverse("cop:attachment", args=[post.attachments.get().pk])).status_code == 200
    )
    assert_hidden_from_others(post, users, PLAIN)


@pytest.mark.django_db
def test_an_attachment_too_long_to_check_is_held_for_a_moderator(users):
    topic = topic_titled(TOPIC)
    long_text = "Practice notes without names. " * 20_000  # 600,000 characters, 600 KB
    author = client_for(users["focalpoint"])
    attached = SimpleUploadedFile("notes.txt", long_text.encode())
    response = reply(author, topic, PLAIN, attachment=attached)
    post = Post.objects.get(topic=topic, source=PLAIN)
    assert post.status == "held"
    assert post.hold_reasons == ["attachment_unchecked"]
    page = author.get(response.url, follow=True).content.decode()
    assert "could not be read to the end" in page
    assert_hidden_from_others(post, users, PLAIN)
    assert len(long_text) > attachments.GUARD_MAX_CHARS
