"""Editors upload files through the Wagtail admin: good files are stored under generated names
in private storage and read for search; bad ones are refused with a message and nothing is
saved; a file whose text cannot be read still uploads."""

import io
import tracemalloc

import pytest
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.models import Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from core.storage import private_storage
from core.uploads import DOCX, MB, PDF, PPTX
from demo.files import make_file
from tests.core import archive_bombs
from tests.helpers import client_as
from tests.toolkit.helpers import toolkit_index
from toolkit import extraction
from toolkit.models import FileText, ResourceFile, ResourcePage


def page_data(slug, files, initial=0, **extra):
    return nested_form_data(
        {
            "title": "Uploaded by an editor",
            "slug": slug,
            "summary": "A resource made in the admin.",
            "resource_type": "template",
            "topic": "both",
            "year": "2025",
            "for_managers": "on",
            "tags": "uploads",
            "owning_unit": "Ethics Office",
            "content_owner": "Ethics adviser",
            "last_reviewed": "2025-01-01",
            "next_review": "2026-01-01",
            "body": streamfield([]),
            "video_url": "",
            "indicators": streamfield([]),
            "files": inline_formset(files, initial=initial),
            "comments": inline_formset([]),
            "seo_title": "",
            "search_description": "",
            "go_live_at": "",
            "expire_at": "",
            "action-publish": "action-publish",
            **extra,
        }
    )


def add_url():
    return f"/admin/pages/add/toolkit/resourcepage/{toolkit_index().pk}/"


def upload(name, content):
    return SimpleUploadedFile(name, content)


@pytest.mark.django_db
def test_editor_uploads_a_file_under_a_generated_name(users):
    client = client_as("editor", users)
    content = make_file(PDF, "Plan", "A plan.", "document", "en")
    files = [
        {
            "file": upload("../../Plan d'action\x07.pdf", content),
            "part": "document",
            "language": "fr",
        }
    ]
    response = client.post(add_url(), page_data("made-in-admin", files))
    assert response.status_code == 302, response.context["form"].errors
    page = ResourcePage.objects.get(slug="made-in-admin", alias_of=None)
    assert page.live
    item = page.files.get()
    assert item.display_name == "Plan d'action.pdf"
    assert item.kind == "pdf"
    assert item.size == len(content)
    assert item.language == "fr"
    assert item.file.name.startswith("toolkit/")
    assert ".." not in item.file.name
    assert private_storage.open(item.file.name).read() == content
    assert FileText.objects.get(name=item.file.name).text.startswith("Plan")

    # Adding a second file to the live page goes through a revision, and is stored too.
    slides = make_file(PPTX, "Slides", "Some slides.", "slides", "en")
    existing = {"id": item.pk, "part": "document", "language": "fr"}
    new = {"file": upload("slides.pptx", slides), "part": "slides", "language": "en"}
    data = page_data("made-in-admin", [existing, new], initial=1)
    response = client.post(f"/admin/pages/{page.pk}/edit/", data)
    assert response.status_code == 302
    stored = page.files.order_by("pk").last()
    assert stored.display_name == "slides.pptx"
    assert stored.kind == "pptx"
    assert private_storage.open(stored.file.name).read() == slides
    assert page.files.count() == 2


BAD_FILES = [
    ("program.pdf", b"MZ\x90\x00" + b"\x00" * 64, "is a program"),
    ("page.pdf", b"<!doctype html><script>alert(1)</script>", "not PDF"),
    ("cut.pdf", make_file(PDF, "T", "S", "document", "en")[:-300], "damaged"),
    ("slides.docx", make_file(PPTX, "T", "S", "slides", "en"), "not Word"),
    ("run.exe", b"MZ", "not accepted"),
]


@pytest.mark.django_db
@pytest.mark.parametrize(("name", "content", "message"), BAD_FILES)
def test_bad_uploads_are_refused_and_nothing_is_saved(name, content, message, users):
    pages, files, stored = Page.objects.count(), ResourceFile.objects.count(), _stored()
    files_data = [{"file": upload(name, content), "part": "document", "language": "en"}]
    response = client_as("editor", users).post(add_url(), page_data("refused", files_data))
    assert response.status_code == 200
    assert message in response.content.decode()
    assert (Page.objects.count(), ResourceFile.objects.count()) == (pages, files)
    assert _stored() == stored


@pytest.mark.django_db
def test_an_oversized_upload_is_refused(users, settings):
    settings.TOOLKIT_MAX_UPLOAD_BYTES = 1000
    content = make_file(DOCX, "T", "S", "document", "en")
    files_data = [{"file": upload("big.docx", content), "part": "document", "language": "en"}]
    response = client_as("editor", users).post(add_url(), page_data("too-big", files_data))
    assert response.status_code == 200
    assert "the limit is 1000" in response.content.decode()
    assert not ResourcePage.objects.filter(slug="too-big").exists()


def _stored():
    try:
        return sorted(private_storage.listdir("toolkit")[1])
    except FileNotFoundError:
        return []


@pytest.mark.django_db
def test_a_pdf_whose_text_cannot_be_read_still_uploads(users):
    # Starts and ends like a PDF, so it passes the upload check; its inside is garbage.
    broken = (
        b"%PDF-1.7\n" + b"\x00garbage obj << /Type /Catalog >> stream\xff\xfe" * 20 + b"\n%%EOF\n"
    )
    files = [{"file": upload("broken.pdf", broken), "part": "document", "language": "en"}]
    response = client_as("editor", users).post(add_url(), page_data("broken-text", files))
    assert response.status_code == 302
    item = ResourcePage.objects.get(slug="broken-text", alias_of=None).files.get()
    record = FileText.objects.get(name=item.file.name)
    assert record.status == FileText.Status.FAILED
    assert record.text == ""
    assert item.extracted_text == ""
    assert private_storage.open(item.file.name).read() == broken


@pytest.mark.django_db
def test_extraction_skips_files_over_the_size_cap(monkeypatch):
    item = ResourceFile.objects.filter(kind="pdf").first()
    monkeypatch.setattr(extraction, "MAX_FILE_BYTES", 10)
    record = extraction.extract(item.file, "pdf", 11)
    assert record.status == FileText.Status.SKIPPED


@pytest.mark.django_db
def test_extraction_stops_at_the_time_cap(monkeypatch):
    item = ResourceFile.objects.filter(kind="pptx").first()
    monkeypatch.setattr(extraction, "MAX_SECONDS", -1)
    record = extraction.extract(item.file, "pptx", item.size)
    assert record.status == FileText.Status.DONE
    assert record.text == ""
    assert "cap" in record.note


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("parts", "part_bytes"),
    [(1, 200 * MB), (190, MB)],
    ids=["one 200 MB part", "190 parts of 1 MB"],
)
def test_extraction_refuses_an_archive_bomb_without_unpacking_it(parts, part_bytes):
    # A file stored before today's upload rules, read again for search.
    bomb = archive_bombs.docx_bomb(parts, part_bytes)
    stored = ContentFile(bomb, name="toolkit/old-plan.docx")
    tracemalloc.start()
    try:
        record = extraction.extract(stored, DOCX, len(bomb))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert record.status == FileText.Status.FAILED
    assert "archive bomb" in record.note
    assert peak < 10 * MB


@pytest.mark.django_db
def test_extraction_reads_headers_footers_and_notes():
    import docx

    document = docx.Document()
    document.add_paragraph("The body of the plan.")
    document.sections[0].footer.paragraphs[0].text = "Owner: the Ethics Office"
    buffer = io.BytesIO()
    document.save(buffer)
    record = extraction.extract(ContentFile(buffer.getvalue(), name="toolkit/plan.docx"), DOCX, 1)
    assert record.status == FileText.Status.DONE
    assert record.text.splitlines() == ["The body of the plan.", "Owner: the Ethics Office"]
