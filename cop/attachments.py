"""Files members attach to posts: checked by core.uploads, stripped of metadata, kept in
private storage.

What is stripped: images are decoded and saved again by Pillow, which drops EXIF (camera,
GPS position, owner) and every other ancillary chunk; PDFs are rewritten page by page by pypdf
with empty document information; Word and PowerPoint files lose their author, "last modified
by", comments, keywords and subject. Plain text carries none. Spreadsheets are not accepted:
nothing installed can clean them reliably.
"""

from __future__ import annotations

from io import BytesIO

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.utils.translation import gettext as _

from cop.models import Attachment
from core import extraction, uploads

ALLOWED_KINDS = frozenset(
    {uploads.PDF, uploads.DOCX, uploads.PPTX, uploads.PNG, uploads.JPEG, uploads.TEXT}
)
MAX_BYTES = 10 * uploads.MB
# What the guard reads of an attachment while the member waits; past these it is held.
GUARD_MAX_CHARS = 500_000
GUARD_MAX_SECONDS = 10.0


def validate(uploaded_file) -> uploads.CleanUpload:
    return uploads.validate_upload(uploaded_file, allowed_kinds=ALLOWED_KINDS, max_bytes=MAX_BYTES)


def _image(data: bytes, kind: str) -> bytes:
    from PIL import Image, ImageOps

    with Image.open(BytesIO(data)) as image:
        # Keep the picture the right way up once the orientation tag is gone.
        cleaned = ImageOps.exif_transpose(image)
        out = BytesIO()
        if kind == uploads.JPEG:
            cleaned.convert("RGB").save(out, "JPEG", quality=90)
        else:
            cleaned.save(out, "PNG")
    return out.getvalue()


def _pdf(data: bytes) -> bytes:
    from pypdf import PdfReader, PdfWriter

    reader = PdfReader(BytesIO(data))
    writer = PdfWriter()
    for page in reader.pages:
        writer.add_page(page)
    writer.add_metadata({"/Producer": ""})
    out = BytesIO()
    writer.write(out)
    return out.getvalue()


def _office(data: bytes, kind: str) -> bytes:
    if kind == uploads.DOCX:
        from docx import Document as open_document
    else:
        from pptx import Presentation as open_document
    document = open_document(BytesIO(data))
    properties = document.core_properties
    for name in ("author", "last_modified_by", "comments", "keywords", "subject", "category"):
        setattr(properties, name, "")
    out = BytesIO()
    document.save(out)
    return out.getvalue()


def strip_metadata(clean: uploads.CleanUpload) -> bytes:
    """The file's bytes without the metadata we can remove; refuses files we cannot read."""
    clean.file.seek(0)
    data = clean.file.read()
    try:
        if clean.kind in (uploads.PNG, uploads.JPEG):
            return _image(data, clean.kind)
        if clean.kind == uploads.PDF:
            return _pdf(data)
        if clean.kind in (uploads.DOCX, uploads.PPTX):
            return _office(data, clean.kind)
    except Exception as error:  # noqa: BLE001 - any parser failure means "cannot clean it"
        raise ValidationError(
            _(
                "This file could not be opened to remove its hidden details. Save it again and "
                "retry, or share it another way."
            ),
            code="unreadable",
        ) from error
    return data


def text_for_guard(clean: uploads.CleanUpload, data: bytes) -> extraction.Extracted:
    """The text of a cleaned attachment, for the confidentiality guard. Pictures have none we
    can read (only their name is checked); a file that fails to read is not complete."""
    if not extraction.can_read(clean.kind):
        return extraction.Extracted("", complete=True)
    try:
        return extraction.read_text(
            BytesIO(data), clean.kind, max_chars=GUARD_MAX_CHARS, max_seconds=GUARD_MAX_SECONDS
        )
    except Exception:  # noqa: BLE001 - unreadable means unchecked, and the guard holds it
        return extraction.Extracted("", complete=False)


def save(post, uploader, clean: uploads.CleanUpload, data: bytes) -> Attachment:
    attachment = Attachment(
        post=post,
        uploader=uploader,
        display_name=clean.display_name,
        content_type=clean.content_type,
        size=len(data),
    )
    attachment.file.save(clean.stored_name, ContentFile(data), save=False)
    attachment.save()
    return attachment


def delete_files(post) -> None:
    """Remove a post's files from storage and the database (redaction)."""
    for attachment in post.attachments.all():
        attachment.file.delete(save=False)
        attachment.delete()
