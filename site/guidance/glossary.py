"""The glossary from A to Z: terms grouped under the letter a reader looks them up by.

Latin letters are looked up without their accents (É under E), except the Spanish Ñ, a letter
of its own. Arabic terms are looked up without the article (الانتقام under ا, التحرش under ت)
and with the hamza and madda forms of alef under alef, as Arabic glossaries do.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field

ARABIC_ARTICLE = "ال"
ALEF_FORMS = str.maketrans("أإآٱ", "اااا")
OWN_LETTERS = {"es": {"Ñ"}}
OTHER = "#"  # terms that start with a digit or a sign


@dataclass
class Letter:
    letter: str
    terms: list = field(default_factory=list)

    @property
    def anchor(self) -> str:
        return "letter-" + (self.letter if self.letter != OTHER else "other")


def _unaccented(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def lookup_form(term: str, language: str) -> str:
    """The term as it is sorted and filed: without the Arabic article, alef forms folded."""
    text = term.strip()
    if language == "ar":
        if text.startswith(ARABIC_ARTICLE) and len(text) > len(ARABIC_ARTICLE) + 1:
            text = text[len(ARABIC_ARTICLE) :]
        return text.translate(ALEF_FORMS)
    return text


def initial(term: str, language: str) -> str:
    """The letter a term is filed under."""
    first = lookup_form(term, language)[:1].upper()
    if first in OWN_LETTERS.get(language, ()):
        return first
    first = _unaccented(first)
    return first if first.isalpha() else OTHER


def _sort_key(text: str, language: str):
    letter = initial(text, language)
    # Ñ after N: sort a letter by its base letter first, then by itself.
    return (_unaccented(letter), letter, _unaccented(lookup_form(text, language)).casefold())


def by_letter(terms: Iterable, language: str) -> list[Letter]:
    """The terms (anything with a `term`) grouped by letter, letters and terms in order."""
    letters: dict[str, Letter] = {}
    for term in sorted(terms, key=lambda t: _sort_key(t.term, language)):
        letter = initial(term.term, language)
        letters.setdefault(letter, Letter(letter)).terms.append(term)
    return list(letters.values())
