"""Turning content into plain search text, and search text into highlighted snippets."""

from __future__ import annotations

import re
import unicodedata

from django.utils.html import escape, strip_tags
from django.utils.safestring import SafeString, mark_safe
from wagtail.blocks import StreamValue
from wagtail.rich_text import RichText

SNIPPET_LENGTH = 220
_WORD = re.compile(r"\w+", re.UNICODE)


def plain(value) -> str:
    """Readable text from a field value: StreamField, rich text, HTML or plain."""
    if value is None:
        return ""
    if isinstance(value, StreamValue):
        parts = value.stream_block.get_searchable_content(value)
        return " ".join(plain(part) for part in parts)
    if isinstance(value, RichText):
        value = value.source
    text = strip_tags(str(value))
    return re.sub(r"\s+", " ", text).strip()


class _FoldTable(dict):
    """Each character to its base letter (its first non-combining part after NFKD, or a space),
    worked out once per character and then looked up by str.translate."""

    def __missing__(self, code: int) -> str:
        parts = unicodedata.normalize("NFKD", chr(code))
        base = next((c for c in parts if not unicodedata.combining(c)), parts[:1]) or " "
        self[code] = base[:1]
        return self[code]


_FOLD = _FoldTable()


def fold(text: str) -> str:
    """Lower case without accents, keeping every character's position (for highlighting)."""
    lowered = text.lower()
    return lowered if lowered.isascii() else lowered.translate(_FOLD)


def query_terms(query: str) -> list[str]:
    """The words of a query, folded; very short words are too common to highlight."""
    return [word for word in _WORD.findall(fold(query)) if len(word) >= 3]


def snippet(text: str, query: str, length: int = SNIPPET_LENGTH) -> SafeString:
    """A short extract of `text` around the first matching word, with matches in <mark>.

    Words match by prefix of their first five letters, so "harceler" marks "harcèlement".
    """
    terms = [term[:5] for term in query_terms(query)]
    folded = fold(text)
    spans = []
    for match in _WORD.finditer(folded):
        word = match.group()
        if any(word.startswith(term) for term in terms):
            spans.append(match.span())
    if not spans:
        return mark_safe(escape(text[:length]) + ("…" if len(text) > length else ""))  # noqa: S308
    start = max(0, spans[0][0] - length // 3)
    end = min(len(text), start + length)
    out, cursor = [], start
    for span_start, span_end in spans:
        if span_start < start or span_end > end:
            continue
        out.append(escape(text[cursor:span_start]))
        out.append(f"<mark>{escape(text[span_start:span_end])}</mark>")
        cursor = span_end
    out.append(escape(text[cursor:end]))
    prefix = "…" if start > 0 else ""
    suffix = "…" if end < len(text) else ""
    return mark_safe(prefix + "".join(out) + suffix)  # noqa: S308 - every part is escaped
