"""The confidentiality guard: personal data in a post holds it for a moderator.

Members discuss practice, never cases. A post that looks like it carries an e-mail address,
a phone number, a case or file reference, a date of birth or an identity number is kept from
everyone but its author and the moderators until a moderator releases or redacts it. The
patterns lean towards holding: a moderator's minute is cheaper than a leaked name.

Texts are normalised before matching, so that what is matched is what a reader sees: HTML
entities decoded (`&#64;` shows as @), compatibility forms folded (a full-width `＠` is an @)
and invisible format characters removed (zero-width spaces, soft hyphens, bidi controls).
Attachments are checked too: their name and the text core.extraction reads from them.
"""

import functools
import html
import re
import sys
import unicodedata

# Embeddings, overrides and isolates: they show text in another order than it is stored.
BIDI_CONTROLS = dict.fromkeys([*range(0x202A, 0x202F), *range(0x2066, 0x206A)])
# Entities inside entities (`&amp;#64;`) are decoded too, a few levels deep.
ENTITY_LEVELS = 3

# "@" or a spelled-out "[at]", "(at)"; "." or "[dot]", "(dot)".
AT = r"(?:@|\s*[\[({]\s*at\s*[\])}]\s*)"
DOT = r"(?:\.|\s*[\[({]\s*dot\s*[\])}]\s*)"
EMAIL = re.compile(rf"[\w.+-]+{AT}[\w-]+(?:{DOT}[\w-]+)+", re.IGNORECASE)
# Seven or more digits with the usual separators (spaces, brackets, dots, dashes of any width,
# slashes, middle dots), optionally after + or 00.
PHONE_SEPARATORS = r"\s().\-/\u2010-\u2015\u2212\u00b7\u2022"
PHONE = re.compile(rf"(?<![\w/])(?:\+|00)?\d[\d{PHONE_SEPARATORS}]{{5,}}\d(?![\w/])")
YEAR_RANGE = re.compile(r"^(?:19|20)\d\d\s*[-–/]\s*(?:19|20)\d\d$")
SLASHED_DATE = re.compile(r"^(?:\d{1,2}/\d{1,2}/(?:\d\d){1,2}|\d{4}/\d{1,2}/\d{1,2})$")
CASE_WORDS = (
    r"case|file|ref(?:erence)?|complaint|incident|report|investigation|"
    r"dossier|affaire|plainte|caso|expediente|denuncia|queja|"
    r"قضية|ملف|بلاغ"
)
CASE_REFERENCE = re.compile(
    rf"\b(?:{CASE_WORDS})\s*"
    r"(?:(?:no\.?|n\.?[°ºo]\.?|#|number|num[ée]ro|número)\s*:?\s*(?P<marked>[A-Z]{0,6}-?\d{2,}[\d/-]*)"
    r"|:?\s*(?P<bare>[A-Z]{0,6}[-/ ]?\d+[-/]\d+[\d/-]*))",
    re.IGNORECASE,
)
# Reference-like codes such as INV/2025/045 or OIOS-2024-0012 (but not ST/SGB/2003/13).
CODED_REFERENCE = re.compile(r"(?<![\w/])[A-Z]{2,6}[-/]\d{2,4}[-/]\d{1,6}\b")
BIRTH_DATE = re.compile(
    r"\b(?:born|DOB|date of birth|n[ée]e? le|date de naissance|naci[óo]|fecha de nacimiento)\b"
    r"\D{0,12}\d{1,4}",
    re.IGNORECASE,
)
ID_NUMBER = re.compile(
    r"\b(?:passport|national id|id card|identity card|passeport|pasaporte|cédula|c[ée]dula)\b"
    r"\D{0,15}[A-Z0-9]{5,}",
    re.IGNORECASE,
)

POLICY_REFERENCE = re.compile(r"\bST/[A-Z]{2,4}/\d{4}/\d{1,3}\b")


def _phones(text: str) -> bool:
    for match in PHONE.finditer(text):
        candidate = match.group(0).strip()
        digits = sum(char.isdigit() for char in candidate)
        if digits >= 7 and not YEAR_RANGE.match(candidate) and not SLASHED_DATE.match(candidate):
            return True
    return False


def _case_references(text: str) -> bool:
    for match in CASE_REFERENCE.finditer(text):
        number = match.group("marked") or match.group("bare")
        if match.group("marked") or not YEAR_RANGE.match(number.strip()):
            return True
    return False


def normalise(text: str) -> str:
    """The text as a reader sees it: entities decoded, compatibility forms folded (NFKC) and
    invisible format characters removed."""
    for _level in range(ENTITY_LEVELS):
        decoded = html.unescape(text)
        if decoded == text:
            break
        text = decoded
    return unicodedata.normalize("NFKC", text).translate(_invisible_characters())


@functools.cache
def _invisible_characters() -> dict[int, None]:
    """Every invisible format character (Unicode category Cf), for str.translate (made once,
    on first use: it takes a scan of all of Unicode)."""
    return dict.fromkeys(
        code for code in range(sys.maxunicode + 1) if unicodedata.category(chr(code)) == "Cf"
    )


def strip_bidi_controls(text: str) -> str:
    """`text` without the characters that make it show in another order than it is stored."""
    return text.translate(BIDI_CONTROLS)


def check(*texts: str) -> list[str]:
    """Reasons (codes of `Post.HOLD_REASONS`) why these texts must wait for a moderator."""
    text = POLICY_REFERENCE.sub(" ", normalise("\n".join(texts)))
    reasons = []
    if EMAIL.search(text):
        reasons.append("email")
    if _phones(text):
        reasons.append("phone")
    if _case_references(text) or CODED_REFERENCE.search(text):
        reasons.append("case_reference")
    if BIRTH_DATE.search(text):
        reasons.append("birth_date")
    if ID_NUMBER.search(text):
        reasons.append("id_number")
    return reasons


def check_attachment(name: str, text: str, complete: bool) -> list[str]:
    """Reasons to hold a post for its attached file: what its name and text contain, said to
    be in the file, and that it could not be read to the end (the rest may hold anything)."""
    reasons = check(name, text)
    if reasons:
        reasons.append("in_attachment")
    if not complete:
        reasons.append("attachment_unchecked")
    return reasons
