"""Turning content into plain search text, and search text into highlighted snippets."""

from __future__ import annotations

import re
import unicodedata
from html import unescape

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


def _matches(text: str, query: str) -> list[tuple[int, int]]:
    """Where the words of `query` are in `text`: words match by prefix of their first five
    letters, so "harceler" marks "harcèlement"."""
    terms = [term[:5] for term in query_terms(query)]
    return [
        match.span()
        for match in _WORD.finditer(fold(text))
        if any(match.group().startswith(term) for term in terms)
    ]


def _marked(text: str, spans: list[tuple[int, int]], start: int, end: int) -> str:
    """text[start:end], escaped, with the spans inside it in <mark>."""
    out, cursor = [], start
    for span_start, span_end in spans:
        if span_start < start or span_end > end:
            continue
        out.append(escape(text[cursor:span_start]))
        out.append(f"<mark>{escape(text[span_start:span_end])}</mark>")
        cursor = span_end
    out.append(escape(text[cursor:end]))
    return "".join(out)


def highlight(text: str, query: str) -> SafeString:
    """All of `text`, escaped, with the words of `query` in <mark>."""
    return mark_safe(_marked(text, _matches(text, query), 0, len(text)))  # noqa: S308


def snippet(text: str, query: str, length: int = SNIPPET_LENGTH) -> SafeString:
    """A short extract of `text` around the first matching word, with matches in <mark>, cut
    between words."""
    spans = _matches(text, query)
    first_start, first_end = spans[0] if spans else (0, 0)
    start = max(0, first_start - length // 3)
    end = min(len(text), start + length)
    if start > 0:
        start = text.find(" ", start, first_start) + 1 or start
    if end < len(text):
        space = text.rfind(" ", first_end, end)
        end = space if space > 0 else end
    prefix = "…" if start > 0 else ""
    suffix = "…" if end < len(text) else ""
    return mark_safe(prefix + _marked(text, spans, start, end) + suffix)  # noqa: S308 - escaped


def repeats(extract: str, summary: str) -> bool:
    """Whether an extract (plain or marked HTML) and the summary shown above it overlap whole:
    one holds the other, whatever the case, accents, spacing and ellipses."""

    def words(text: str) -> str:
        return " ".join(_WORD.findall(fold(unescape(strip_tags(text)))))

    extract, summary = f" {words(extract)} ", f" {words(summary)} "
    return bool(extract.strip() and summary.strip()) and (extract in summary or summary in extract)


# The parts of escaped, marked HTML (a snippet): a mark tag, an escaped character, a character.
_MARKED_PARTS = re.compile(r"</?mark>|&#?\w+;|.", re.DOTALL)


def cut_out(marked: str, text: str) -> str:
    """Escaped, marked HTML without the first copy of the plain `text` it holds (the marks
    stay balanced: only characters are cut)."""
    parts = _MARKED_PARTS.findall(marked)
    characters = [index for index, part in enumerate(parts) if part not in ("<mark>", "</mark>")]
    at = "".join(unescape(parts[index]) for index in characters).find(text) if text else -1
    if at < 0:
        return marked
    cut = set(characters[at : at + len(text)])
    kept = "".join(part for index, part in enumerate(parts) if index not in cut)
    return kept.replace("<mark></mark>", "").strip()


def snippet_beside(summary: str, text: str, query: str) -> SafeString:
    """A snippet of `text` for a result that shows `summary` too: never a repeat of it. Pages
    repeat their summary in their text, so that copy is cut out first."""
    if summary:
        text = text.replace(summary, " ", 1).strip()
    extract = snippet(text, query)
    return mark_safe("") if repeats(extract, summary) else extract  # noqa: S308
