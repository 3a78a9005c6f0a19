"""The one validator for every file a user or an editor uploads (toolkit files, forum
attachments).

    from core.uploads import validate_upload, PDF, DOCX

    clean = validate_upload(request.FILES["file"], allowed_kinds={PDF, DOCX}, max_bytes=10 * MB)
    record.file.save(clean.stored_name, clean.file)      # a generated name, never the user's
    record.display_name = clean.display_name             # cleaned, for showing and downloads

`validate_upload` raises django.core.exceptions.ValidationError with a message a person can act
on, or returns a CleanUpload. What it checks:

- the size (empty files and files over `max_bytes` are refused);
- the content against the extension: magic bytes for PDF, PNG and JPEG; Office files (DOCX,
  PPTX, XLSX) must be ZIP archives whose [Content_Types].xml declares the right main part;
  plain text must be UTF-8 without NUL bytes and must not be a web page; programs are refused
  whatever they are called;
- archive bombs: ZIP members are counted, their compression methods checked, and their
  declared uncompressed sizes summed and compared with the compressed ones, member by member
  and in total; archives inside archives are refused;
- names: the stored name is generated (random, with the checked extension); the display name
  keeps the person's name without folders, path tricks or control characters.

Nothing is written anywhere: the caller saves the file only after validation passed, so a
refused upload leaves nothing behind.
"""

from __future__ import annotations

import copy
import re
import unicodedata
import uuid
import zipfile
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

from core.security import antivirus

MB = 1024 * 1024

PDF = "pdf"
DOCX = "docx"
PPTX = "pptx"
XLSX = "xlsx"
PNG = "png"
JPEG = "jpeg"
TEXT = "txt"

DOCUMENT_KINDS = frozenset({PDF, DOCX, PPTX, XLSX, TEXT})
IMAGE_KINDS = frozenset({PNG, JPEG})
ALL_KINDS = DOCUMENT_KINDS | IMAGE_KINDS

# Extension (lower case) -> kind.
EXTENSIONS = {
    "pdf": PDF,
    "docx": DOCX,
    "pptx": PPTX,
    "xlsx": XLSX,
    "png": PNG,
    "jpg": JPEG,
    "jpeg": JPEG,
    "txt": TEXT,
}
CONTENT_TYPES = {
    PDF: "application/pdf",
    DOCX: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    PPTX: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    XLSX: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    PNG: "image/png",
    JPEG: "image/jpeg",
    TEXT: "text/plain; charset=utf-8",
}
LABELS = {
    PDF: "PDF",
    DOCX: "Word (DOCX)",
    PPTX: "PowerPoint (PPTX)",
    XLSX: "Excel (XLSX)",
    PNG: "PNG image",
    JPEG: "JPEG image",
    TEXT: "plain text",
}
# The main part an Office file's [Content_Types].xml must declare for its extension.
OFFICE_MAIN_PARTS = {
    DOCX: (
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
        "application/vnd.ms-word.document.macroEnabled.main+xml",
    ),
    PPTX: ("application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml",),
    XLSX: ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",),
}

# Archive limits. Office XML compresses about 5 to 20 times; a bomb compresses thousands of times.
# Pictures and media, most of a large Office file, hardly compress: 50 MB unpacked leaves room
# for any file within the upload limits, and is what a worker may have to hold to clean one.
ZIP_MAX_MEMBERS = 2000
ZIP_MAX_TOTAL_UNCOMPRESSED = 50 * MB
ZIP_MAX_RATIO = 100
# Members (and archives) this small may compress very well (blank XML) without being a bomb.
ZIP_RATIO_FLOOR = 1 * MB
# Office files use only these; Python unpacks others (bzip2, LZMA) whole before it can stop.
ZIP_METHODS = frozenset({zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED})

# Starts of files that are programs or archives, whatever their name says.
PROGRAM_SIGNATURES = (b"MZ", b"\x7fELF", b"#!", b"\xcf\xfa\xed\xfe", b"\xca\xfe\xba\xbe")
ARCHIVE_SIGNATURES = (
    b"PK\x03\x04",
    b"\x1f\x8b",  # gzip
    b"7z\xbc\xaf\x27\x1c",
    b"Rar!",
    b"BZh",
    b"\xfd7zXZ\x00",
)
ARCHIVE_EXTENSIONS = (".zip", ".gz", ".tgz", ".7z", ".rar", ".bz2", ".xz", ".tar", ".jar")
HTML_START = re.compile(rb"^\s*<(!doctype\s+html|html|head|body|script|svg|\?xml)", re.IGNORECASE)

DISPLAY_NAME_MAX = 120
SNIFF_BYTES = 8192
UNPACK_CHUNK = 64 * 1024


@dataclass(frozen=True)
class CleanUpload:
    """An upload that passed every check.

    file: the uploaded file object, rewound; save it under `stored_name`.
    stored_name: a generated name ("<32 hex>.<ext>") safe for any storage.
    display_name: the person's file name, cleaned; show it and use it for downloads.
    kind: one of the kind constants (PDF, DOCX...). content_type: the type to serve it as.
    size: bytes.
    """

    file: object
    stored_name: str
    display_name: str
    kind: str
    extension: str
    content_type: str
    size: int


def validate_upload(uploaded_file, allowed_kinds, max_bytes: int) -> CleanUpload:
    """Check an uploaded file (a Django File/UploadedFile) and return a CleanUpload.

    Raises ValidationError (code: "empty", "too_large", "extension", "mismatch", "program",
    "archive_bomb", "archive_method", "nested_archive") with a message that says what to do.
    """
    display_name = clean_display_name(getattr(uploaded_file, "name", "") or "")
    extension = display_name.rsplit(".", 1)[-1].lower() if "." in display_name else ""
    kind = EXTENSIONS.get(extension)
    if kind is None or kind not in allowed_kinds:
        accepted = ", ".join(sorted({LABELS[k] for k in allowed_kinds}))
        raise ValidationError(
            _("Files ending in “.%(extension)s” are not accepted here. Accepted: %(accepted)s.")
            % {"extension": extension or _("(no extension)"), "accepted": accepted},
            code="extension",
        )
    size = _size_of(uploaded_file)
    if size == 0:
        raise ValidationError(
            _("The file is empty. Check you chose the right file and upload it again."),
            code="empty",
        )
    if size > max_bytes:
        raise ValidationError(
            _("The file is %(size)s; the limit is %(limit)s. Make it smaller and try again.")
            % {"size": filesizeformat(size), "limit": filesizeformat(max_bytes)},
            code="too_large",
        )
    head = _read_head(uploaded_file)
    if head.startswith(PROGRAM_SIGNATURES):
        raise ValidationError(
            _("This file is a program, not a document, so it cannot be uploaded."), code="program"
        )
    _CHECKS[kind](uploaded_file, head, kind)
    antivirus.scan(uploaded_file)  # no-op unless CLAMD_ADDRESS is set
    uploaded_file.seek(0)
    return CleanUpload(
        file=uploaded_file,
        stored_name=f"{uuid.uuid4().hex}.{extension}",
        display_name=display_name,
        kind=kind,
        extension=extension,
        content_type=CONTENT_TYPES[kind],
        size=size,
    )


def clean_display_name(name: str) -> str:
    """The last part of a file name, without path tricks, control or invisible characters."""
    name = unicodedata.normalize("NFC", str(name))
    name = re.split(r"[\\/]", name)[-1]
    # Control, format (bidi overrides, zero-width) and unassigned characters go.
    name = "".join(ch for ch in name if not unicodedata.category(ch).startswith("C"))
    name = re.sub(r"\s+", " ", name).strip(" .")
    name = name.replace(":", "-").replace('"', "'")
    if len(name) > DISPLAY_NAME_MAX:
        stem, dot, extension = name.rpartition(".")
        if dot and len(extension) <= 10:
            name = stem[: DISPLAY_NAME_MAX - len(extension) - 1] + "." + extension
        else:
            name = name[:DISPLAY_NAME_MAX]
    return name or "file"


def _size_of(uploaded_file) -> int:
    size = getattr(uploaded_file, "size", None)
    if size is None:
        uploaded_file.seek(0, 2)
        size = uploaded_file.tell()
    return size


def _read_head(uploaded_file) -> bytes:
    uploaded_file.seek(0)
    head = uploaded_file.read(SNIFF_BYTES)
    uploaded_file.seek(0)
    return head


def _mismatch(kind: str) -> ValidationError:
    return ValidationError(
        _(
            "The file’s content is not %(label)s, although its name says so. Save it again as "
            "%(label)s and upload that copy."
        )
        % {"label": LABELS[kind]},
        code="mismatch",
    )


def _check_pdf(uploaded_file, head, kind):
    if not head.startswith(b"%PDF-"):
        raise _mismatch(kind)
    # A PDF ends with %%EOF (possibly followed by a little whitespace); a cut-off one does not.
    uploaded_file.seek(max(0, _size_of(uploaded_file) - 1024))
    tail = uploaded_file.read()
    if b"%%EOF" not in tail:
        raise ValidationError(
            _("This PDF is damaged or incomplete. Save or export it again, then upload it."),
            code="corrupt",
        )


def _check_png(uploaded_file, head, kind):
    if not head.startswith(b"\x89PNG\r\n\x1a\n"):
        raise _mismatch(kind)


def _check_jpeg(uploaded_file, head, kind):
    if not head.startswith(b"\xff\xd8\xff"):
        raise _mismatch(kind)


def _check_text(uploaded_file, head, kind):
    uploaded_file.seek(0)
    content = uploaded_file.read()
    if b"\x00" in content or HTML_START.match(content):
        raise _mismatch(kind)
    try:
        content.decode("utf-8")
    except UnicodeDecodeError:
        raise ValidationError(
            _("The text file is not in UTF-8. Save it as UTF-8 and upload it again."),
            code="encoding",
        ) from None


def _check_office(uploaded_file, head, kind):
    if not head.startswith(b"PK\x03\x04"):
        raise _mismatch(kind)
    uploaded_file.seek(0)
    try:
        with zipfile.ZipFile(uploaded_file) as archive:
            members = archive.infolist()
            check_archive_members(members)
            _unpack_members(archive, members)
            try:
                declared = archive.read("[Content_Types].xml").decode("utf-8", "replace")
            except KeyError:
                raise _mismatch(kind) from None
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError, OSError):
        raise ValidationError(
            _("This file is damaged: it cannot be opened as %(label)s.") % {"label": LABELS[kind]},
            code="corrupt",
        ) from None
    if not any(part in declared for part in OFFICE_MAIN_PARTS[kind]):
        raise _mismatch(kind)


def check_archive_members(members) -> None:
    """Refuse a ZIP whose member count, sizes, compression ratios or compression methods make
    it a bomb, from its directory alone (nothing is unpacked).

    Reading a member piece by piece never goes past its declared size, whatever the member
    holds; reading one whole is bounded by the declared size only once _unpack_members has
    shown that the member holds no more than it declares.
    """
    bomb = ValidationError(
        _("This file expands to far more than its size (an archive bomb), so it is refused."),
        code="archive_bomb",
    )
    if len(members) > ZIP_MAX_MEMBERS:
        raise bomb
    total = compressed = 0
    for member in members:
        if member.compress_type not in ZIP_METHODS:
            raise ValidationError(
                _(
                    "This file is packed in a way Office programs do not use, so it is refused. "
                    "Save it again from its program and upload that copy."
                ),
                code="archive_method",
            )
        total += member.file_size
        compressed += member.compress_size
        if total > ZIP_MAX_TOTAL_UNCOMPRESSED:
            raise bomb
        if _too_compressed(member.file_size, member.compress_size):
            raise bomb
    # Many small members, each under the floor, can make a bomb together.
    if _too_compressed(total, compressed):
        raise bomb


def _too_compressed(size: int, compressed: int) -> bool:
    return size > ZIP_RATIO_FLOOR and size / max(compressed, 1) > ZIP_MAX_RATIO


def _unpack_members(archive, members):
    """Unpack every member piece by piece: refuse archives inside the archive and members that
    hold more than they declare. Python unpacks a member read whole (as python-docx reads
    them) to its true size before cutting it to the declared one, so a member declaring 1 KB
    that holds 200 MB would cost 200 MB of memory."""
    nested = ValidationError(
        _(
            "This file contains another archive inside it (for example an embedded file). "
            "Save a copy without embedded files and upload that."
        ),
        code="nested_archive",
    )
    for member in members:
        if member.is_dir():
            continue
        if member.filename.lower().endswith(ARCHIVE_EXTENSIONS):
            raise nested
        # Allowed one byte more than declared: a member that has it lies (and fails its CRC).
        probe = copy.copy(member)
        probe.file_size += 1
        with archive.open(probe) as content:
            if content.read(8).startswith(ARCHIVE_SIGNATURES):
                raise nested
            while content.read(UNPACK_CHUNK):
                pass


_CHECKS = {
    PDF: _check_pdf,
    DOCX: _check_office,
    PPTX: _check_office,
    XLSX: _check_office,
    PNG: _check_png,
    JPEG: _check_jpeg,
    TEXT: _check_text,
}
