"""Text from PDF, DOCX, PPTX and plain-text files, read within caps.

The toolkit reads its files for search; the forum's confidentiality guard reads attachments.

    found = read_text(handle, DOCX, max_chars=200_000, max_seconds=20)
    found.text, found.complete        # complete is False when a cap stopped the reading

Bounded, so that no file can make a worker read without end:
- Office files are ZIP archives. Their declared sizes and compression are checked first (the
  upload validator's rule); then only the parts people read (body, headers, footers, notes,
  comments, slides) are streamed through a parser that refuses DTDs, so no entity expansion,
  and at most MAX_OFFICE_XML_BYTES in all. Pictures and other parts are never decompressed.
- Reading stops at a time cap (checked between pages and paragraphs) and at a length cap.

A file that cannot be read raises: ValidationError for an archive bomb, anything else for a
broken file. Callers decide what that means for them.
"""

from __future__ import annotations

import re
import time
import zipfile
from dataclasses import dataclass
from xml.parsers import expat

from core.uploads import DOCX, MB, PDF, PPTX, TEXT, check_archive_members

MAX_OFFICE_XML_BYTES = 50 * MB
CHUNK_BYTES = 64 * 1024

# Parts whose text a reader sees. Word: body first, then headers, footers, notes, comments.
WORD_PARTS = re.compile(r"word/(document|header\d*|footer\d*|footnotes|endnotes|comments)\.xml")
# PowerPoint: the slides in order, then the speaker notes.
SLIDE_PARTS = re.compile(r"ppt/(slides/slide|notesSlides/notesSlide)(\d+)\.xml")
# Elements by local name, so that both Transitional and Strict namespaces are read.
TEXT_ELEMENTS = frozenset({"t", "delText"})  # delText: a tracked deletion, still in the file
SPACE_ELEMENTS = frozenset({"tab", "br"})
PARAGRAPH_ELEMENTS = frozenset({"p"})


@dataclass(frozen=True)
class Extracted:
    text: str
    complete: bool


class _Budget:
    def __init__(self, seconds: float, chars: int):
        self.deadline = time.monotonic() + seconds
        self.chars = chars
        self.parts: list[str] = []
        self.cut = False

    def add(self, text: str) -> bool:
        """Keep `text` (or as much as the length cap allows); False once a cap is reached."""
        if time.monotonic() > self.deadline:
            self.cut = True
            return False
        text = (text or "").strip()
        if len(text) > self.chars:
            self.parts.append(text[: self.chars])
            self.chars = 0
            self.cut = True
            return False
        if text:
            self.parts.append(text)
            self.chars -= len(text)
        return True

    @property
    def text(self) -> str:
        return "\n".join(part for part in self.parts if part)


class _CapReached(Exception):
    """Stop reading: the budget is spent."""


def _pdf(handle, budget):
    from pypdf import PdfReader

    for page in PdfReader(handle).pages:
        if not budget.add(page.extract_text()):
            return


def _word_order(name: str):
    return (not name.endswith("document.xml"), name)


def _slide_order(name: str):
    folder, number = SLIDE_PARTS.fullmatch(name).groups()
    return (folder != "slides/slide", int(number))


def _office(parts: re.Pattern, order):
    def read(handle, budget):
        with zipfile.ZipFile(handle) as archive:
            members = archive.infolist()
            check_archive_members(members)
            names = sorted((m.filename for m in members if parts.fullmatch(m.filename)), key=order)
            reader = _XmlText(budget)
            try:
                for name in names:
                    with archive.open(name) as part:
                        reader.read(part)
            except _CapReached:
                budget.cut = True

    return read


class _XmlText:
    """Streams Office XML parts into a budget, one paragraph at a time."""

    def __init__(self, budget: _Budget):
        self.budget = budget
        self.bytes_left = MAX_OFFICE_XML_BYTES
        self.paragraph: list[str] = []
        self.paragraph_length = 0
        self.inside_text = 0

    def read(self, part) -> None:
        parser = expat.ParserCreate(namespace_separator=" ")
        parser.StartDoctypeDeclHandler = self._refuse_dtd
        parser.StartElementHandler = self._start
        parser.EndElementHandler = self._end
        parser.CharacterDataHandler = self._characters
        while chunk := part.read(CHUNK_BYTES):
            self.bytes_left -= len(chunk)
            if self.bytes_left < 0:
                raise _CapReached
            parser.Parse(chunk, False)
        parser.Parse(b"", True)

    @staticmethod
    def _refuse_dtd(*args):
        raise ValueError("An Office part declares a document type; it is not read.")

    def _start(self, name, attributes):
        local = name.rpartition(" ")[2]
        if local in TEXT_ELEMENTS:
            self.inside_text += 1
        elif local in SPACE_ELEMENTS:
            self._keep(" ")

    def _end(self, name):
        local = name.rpartition(" ")[2]
        if local in TEXT_ELEMENTS:
            self.inside_text -= 1
        elif local in PARAGRAPH_ELEMENTS:
            text = "".join(self.paragraph)
            self.paragraph, self.paragraph_length = [], 0
            if not self.budget.add(text):
                raise _CapReached

    def _characters(self, data):
        if self.inside_text:
            self._keep(data)

    def _keep(self, text):
        self.paragraph.append(text)
        self.paragraph_length += len(text)
        if self.paragraph_length > self.budget.chars:
            # One paragraph longer than what is left: keep what fits, then stop.
            self.budget.add("".join(self.paragraph))
            raise _CapReached


def _text(handle, budget):
    # Four bytes at most per character: one byte more than this means the text is longer.
    budget.add(handle.read(budget.chars * 4 + 1).decode("utf-8", "replace"))


READERS = {
    PDF: _pdf,
    DOCX: _office(WORD_PARTS, _word_order),
    PPTX: _office(SLIDE_PARTS, _slide_order),
    TEXT: _text,
}


def can_read(kind: str) -> bool:
    return kind in READERS


def read_text(handle, kind: str, *, max_chars: int, max_seconds: float) -> Extracted:
    """The text of a file of `kind` (see can_read), open for binary reading at `handle`."""
    budget = _Budget(max_seconds, max_chars)
    READERS[kind](handle, budget)
    return Extracted(budget.text, complete=not budget.cut)
