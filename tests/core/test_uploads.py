"""The one upload validator: content must match the extension, sizes and archives are capped,
names are replaced, and every refusal says what to do."""

import io
import re
import tracemalloc
import zipfile

import pytest
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.test import override_settings

from core import uploads
from core.storage import PrivateStorage
from core.uploads import ALL_KINDS, DOCX, MB, PDF, PPTX, TEXT, XLSX, validate_upload
from demo.files import make_file
from tests.core import archive_bombs

LIMIT = 5 * MB


def upload(content: bytes, name: str):
    return ContentFile(content, name=name)


def real(kind):
    return make_file(kind, "Title", "Summary", "document", "en")


def office_zip(main_part: str, extra=()) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(
            "[Content_Types].xml",
            f'<Types><Override PartName="/x" ContentType="{main_part}"/></Types>',
        )
        for name, data in extra:
            archive.writestr(name, data)
    return buffer.getvalue()


XLSX_MAIN = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32
JPEG = b"\xff\xd8\xff\xe0" + b"\x00" * 32


@pytest.mark.parametrize(
    ("name", "content", "kind"),
    [
        ("guide.pdf", real(PDF), PDF),
        ("guide.DOCX", real(DOCX), DOCX),
        ("slides.pptx", real(PPTX), PPTX),
        ("sheet.xlsx", office_zip(XLSX_MAIN), XLSX),
        ("poster.png", PNG, "png"),
        ("photo.jpg", JPEG, "jpeg"),
        ("notes.txt", "Plain text, with accents: é ñ ع".encode(), TEXT),
    ],
)
def test_good_files_pass_with_a_generated_name(name, content, kind):
    clean = validate_upload(upload(content, name), ALL_KINDS, LIMIT)
    assert clean.kind == kind
    assert clean.size == len(content)
    assert re.fullmatch(r"[0-9a-f]{32}\.[a-z]+", clean.stored_name)
    assert clean.stored_name.endswith("." + name.rsplit(".", 1)[1].lower())
    assert clean.display_name == name
    assert clean.file.tell() == 0


def refusal(content, name, kinds=ALL_KINDS, limit=LIMIT) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        validate_upload(upload(content, name), kinds, limit)
    return caught.value


@pytest.mark.parametrize(
    ("name", "content", "code"),
    [
        ("report.pdf", b"MZ\x90\x00" + b"\x00" * 100, "program"),
        ("report.pdf", b"\x7fELF\x02\x01" + b"\x00" * 100, "program"),
        ("report.pdf", b"<!DOCTYPE html><html><script>alert(1)</script></html>", "mismatch"),
        ("notes.txt", b"<html><body onload=alert(1)></body></html>", "mismatch"),
        ("notes.txt", b"text\x00with a NUL", "mismatch"),
        ("notes.txt", "caf\xe9".encode("latin-1"), "encoding"),
        ("poster.png", JPEG, "mismatch"),
        ("guide.docx", real(PPTX), "mismatch"),
        ("guide.docx", real(PDF), "mismatch"),
        ("guide.docx", b"PK\x03\x04 this is not really a zip", "corrupt"),
        ("guide.docx", office_zip("text/plain"), "mismatch"),
        ("report.pdf", real(PDF)[:-200], "corrupt"),
        ("empty.pdf", b"", "empty"),
        ("tool.exe", b"MZ", "extension"),
        ("page.html", b"<html></html>", "extension"),
        ("report.pdf.exe", b"MZ", "extension"),
        ("no-extension", b"hello", "extension"),
    ],
)
def test_bad_files_are_refused_with_a_clear_message(name, content, code):
    error = refusal(content, name)
    assert error.code == code
    assert error.messages[0].endswith(".")
    assert len(error.messages[0]) > 20


def test_a_kind_not_allowed_here_is_refused_and_the_message_lists_what_is():
    error = refusal(PNG, "poster.png", kinds={PDF, DOCX})
    assert error.code == "extension"
    assert "PDF" in error.messages[0]
    assert "Word (DOCX)" in error.messages[0]


def test_a_file_over_the_limit_says_both_sizes():
    error = refusal(b"%PDF-1.4\n" + b"x" * 2048 + b"\n%%EOF", "big.pdf", limit=1024)
    assert error.code == "too_large"
    assert "2.0" in error.messages[0]
    assert "1.0" in error.messages[0]


def test_zip_bomb_is_refused():
    bomb = office_zip(
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
        extra=[("word/document.xml", b"\x00" * (20 * MB))],
    )
    assert len(bomb) < 100_000
    error = refusal(bomb, "innocent.docx")
    assert error.code == "archive_bomb"


def test_a_small_docx_whose_many_parts_unpack_to_190_mb_is_refused_without_unpacking():
    # 190 pictures of 1 MB of zeros: each one alone compresses within the per-part rule.
    bomb = archive_bombs.docx_bomb(parts=190, part_bytes=MB)
    assert len(bomb) < 300_000
    tracemalloc.start()
    try:
        error = refusal(bomb, "plan.docx", limit=10 * MB)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert error.code == "archive_bomb"
    assert "archive bomb" in error.messages[0]
    assert peak < 5 * MB


def test_a_docx_part_that_holds_more_than_it_declares_is_refused_without_unpacking_it():
    # 200 MB of zeros declared as 1,000 bytes: sizes and ratios look harmless, but a reader
    # that unpacks the part whole (python-docx does) would hold all 200 MB first.
    tracemalloc.start()
    try:
        error = refusal(archive_bombs.docx_with_a_lying_part(), "plan.docx", limit=10 * MB)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert error.code == "corrupt"
    assert "damaged" in error.messages[0]
    assert peak < 5 * MB


def test_an_office_file_packed_with_bzip2_is_refused():
    # Python unpacks a bzip2 member whole before it can stop at the declared size.
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(
            "[Content_Types].xml",
            f'<Types><Override PartName="/x" ContentType="{XLSX_MAIN}"/></Types>',
        )
        archive.writestr("xl/sheet.xml", b"<sheet/>", compress_type=zipfile.ZIP_BZIP2)
    error = refusal(buffer.getvalue(), "sheet.xlsx")
    assert error.code == "archive_method"
    assert "Save it again" in error.messages[0]


def test_zip_with_too_much_in_total_is_refused(monkeypatch):
    monkeypatch.setattr(uploads, "ZIP_MAX_TOTAL_UNCOMPRESSED", 10_000)
    content = office_zip(XLSX_MAIN, extra=[(f"xl/{n}.xml", b"a" * 3000) for n in range(5)])
    assert refusal(content, "sheet.xlsx").code == "archive_bomb"


def test_zip_with_too_many_members_is_refused(monkeypatch):
    monkeypatch.setattr(uploads, "ZIP_MAX_MEMBERS", 10)
    content = office_zip(XLSX_MAIN, extra=[(f"xl/{n}.xml", b"a") for n in range(20)])
    assert refusal(content, "sheet.xlsx").code == "archive_bomb"


@pytest.mark.parametrize(
    ("member", "data"),
    [
        ("word/embeddings/inner.zip", b"anything"),
        ("word/media/image1.bin", office_zip("text/plain")),
        ("word/media/data.gz", b"\x1f\x8b\x08\x00"),
    ],
)
def test_archives_inside_archives_are_refused(member, data):
    content = office_zip(
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
        extra=[(member, data)],
    )
    assert refusal(content, "guide.docx").code == "nested_archive"


@pytest.mark.parametrize(
    ("given", "shown"),
    [
        ("../../etc/passwd.pdf", "passwd.pdf"),
        ("..\\..\\Windows\\evil.pdf", "evil.pdf"),
        ("C:\\Users\\me\\Desktop\\plan.pdf", "plan.pdf"),
        ("/var/www/../../plan.pdf", "plan.pdf"),
        ("bad\x00name\r\n.pdf", "badname.pdf"),
        ("invoice\u202efdp.exe.pdf", "invoicefdp.exe.pdf"),
        ("  ..hidden.pdf", "hidden.pdf"),
        ('quote"and:colon.pdf', "quote'and-colon.pdf"),
    ],
)
def test_path_tricks_and_control_characters_leave_the_name(given, shown):
    clean = validate_upload(upload(real(PDF), given), {PDF}, LIMIT)
    assert clean.display_name == shown
    assert "/" not in clean.stored_name
    assert ".." not in clean.stored_name


def test_very_long_names_keep_their_extension():
    clean = validate_upload(upload(real(PDF), "a" * 500 + ".pdf"), {PDF}, LIMIT)
    assert len(clean.display_name) == uploads.DISPLAY_NAME_MAX
    assert clean.display_name.endswith(".pdf")


def test_private_storage_has_no_url_and_follows_the_setting(tmp_path):
    storage = PrivateStorage()
    with override_settings(PRIVATE_MEDIA_ROOT=tmp_path):
        name = storage.save("x/file.txt", ContentFile(b"hi"))
        assert (tmp_path / name).read_bytes() == b"hi"
        with pytest.raises(NotImplementedError, match="no public URL"):
            storage.url(name)
