"""Text from PDF, DOCX, PPTX and plain-text files, for the search index.

Bounded: files over a size cap are skipped, reading stops at a time cap (checked between pages,
paragraphs and slides) and at a length cap. A file that cannot be read fails alone: the failure
is recorded and logged, the upload and its page are untouched.
"""

from __future__ import annotations

import logging
import time

from core.uploads import DOCX, MB, PDF, PPTX, TEXT
from toolkit.models import FileText

logger = logging.getLogger(__name__)

MAX_FILE_BYTES = 30 * MB
MAX_SECONDS = 20.0
MAX_CHARS = 200_000


class _Budget:
    def __init__(self, seconds: float, chars: int):
        self.deadline = time.monotonic() + seconds
        self.chars = chars
        self.parts: list[str] = []
        self.cut = False

    def add(self, text: str) -> bool:
        """Keep `text`; False once a cap is reached (stop reading)."""
        if time.monotonic() > self.deadline or self.chars <= 0:
            self.cut = True
            return False
        text = (text or "").strip()
        if text:
            self.parts.append(text[: self.chars])
            self.chars -= len(text)
        return True

    @property
    def text(self) -> str:
        return "\n".join(self.parts)


def _pdf(handle, budget):
    from pypdf import PdfReader

    for page in PdfReader(handle).pages:
        if not budget.add(page.extract_text()):
            return


def _docx(handle, budget):
    import docx

    document = docx.Document(handle)
    for paragraph in document.paragraphs:
        if not budget.add(paragraph.text):
            return
    for table in document.tables:
        for row in table.rows:
            if not budget.add(" | ".join(cell.text for cell in row.cells)):
                return


def _pptx(handle, budget):
    from pptx import Presentation

    for slide in Presentation(handle).slides:
        texts = [shape.text_frame.text for shape in slide.shapes if shape.has_text_frame]
        if slide.has_notes_slide:
            texts.append(slide.notes_slide.notes_text_frame.text)
        if not budget.add("\n".join(texts)):
            return


def _text(handle, budget):
    budget.add(handle.read(MAX_CHARS * 4).decode("utf-8", "replace"))


READERS = {PDF: _pdf, DOCX: _docx, PPTX: _pptx, TEXT: _text}


def extract(storage_file, kind: str, size: int) -> FileText:
    """Read the text of one stored file and record the outcome (keyed by its stored name)."""
    name = storage_file.name
    reader = READERS.get(kind)
    if reader is None or size > MAX_FILE_BYTES:
        note = "too large" if reader is not None else f"no text in {kind} files"
        return _record(name, FileText.Status.SKIPPED, "", note)
    budget = _Budget(MAX_SECONDS, MAX_CHARS)
    try:
        with storage_file.open("rb") as handle:
            reader(handle, budget)
    except Exception as error:  # noqa: BLE001 - any parser failure must fail this file alone
        logger.warning("Text extraction failed for %s: %s", name, error.__class__.__name__)
        return _record(name, FileText.Status.FAILED, "", f"{error.__class__.__name__}"[:300])
    note = "stopped at the time or length cap" if budget.cut else ""
    return _record(name, FileText.Status.DONE, budget.text, note)


def _record(name, status, text, note) -> FileText:
    record, _created = FileText.objects.update_or_create(
        name=name, defaults={"status": status, "text": text, "note": note}
    )
    return record
