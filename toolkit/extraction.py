"""Text of toolkit files for the search index, read by core.extraction within the toolkit's caps.

Files over a size cap are skipped. A file that cannot be read fails alone: the failure is
recorded and logged, the upload and its page are untouched.
"""

from __future__ import annotations

import logging

from django.core.exceptions import ValidationError

from core import extraction
from core.uploads import MB
from toolkit.models import FileText

logger = logging.getLogger(__name__)

MAX_FILE_BYTES = 30 * MB
MAX_SECONDS = 20.0
MAX_CHARS = 200_000


def extract(storage_file, kind: str, size: int) -> FileText:
    """Read the text of one stored file and record the outcome (keyed by its stored name)."""
    name = storage_file.name
    readable = extraction.can_read(kind)
    if not readable or size > MAX_FILE_BYTES:
        note = "too large" if readable else f"no text in {kind} files"
        return _record(name, FileText.Status.SKIPPED, "", note)
    try:
        with storage_file.open("rb") as handle:
            found = extraction.read_text(handle, kind, max_chars=MAX_CHARS, max_seconds=MAX_SECONDS)
    except ValidationError as error:  # an archive bomb, refused before it is unpacked
        logger.warning("Text extraction refused %s: %s", name, error.code)
        return _record(name, FileText.Status.FAILED, "", error.messages[0][:300])
    except Exception as error:  # noqa: BLE001 - any parser failure must fail this file alone
        logger.warning("Text extraction failed for %s: %s", name, error.__class__.__name__)
        return _record(name, FileText.Status.FAILED, "", f"{error.__class__.__name__}"[:300])
    note = "" if found.complete else "stopped at the time or length cap"
    return _record(name, FileText.Status.DONE, found.text, note)


def _record(name, status, text, note) -> FileText:
    record, _created = FileText.objects.update_or_create(
        name=name, defaults={"status": status, "text": text, "note": note}
    )
    return record
