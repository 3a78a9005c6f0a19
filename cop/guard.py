"""The confidentiality guard: personal data in a post holds it for a moderator.

Members discuss practice, never cases. A post that looks like it carries an e-mail address,
a phone number, a case or file reference, a date of birth or an identity number is kept from
everyone but its author and the moderators until a moderator releases or redacts it. The
patterns lean towards holding: a moderator's minute is cheaper than a leaked name.
"""

import re

EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# Seven or more digits with the usual separators, optionally after + or 00.
PHONE = re.compile(r"(?<![\w/])(?:\+|00)?\d[\d\s().-]{5,}\d(?![\w/])")
YEAR_RANGE = re.compile(r"^(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d$")
CASE_WORDS = (
    r"case|file|ref(?:erence)?|complaint|incident|report|investigation|"
    r"dossier|affaire|plainte|caso|expediente|denuncia|queja|"
    r"قضية|ملف|بلاغ"
)
CASE_REFERENCE = re.compile(
    rf"\b(?:{CASE_WORDS})\s*"
    r"(?:(?:no\.?|n\.?[°º]\.?|#|number|num[ée]ro|número)\s*:?\s*(?P<marked>[A-Z]{0,6}-?\d{2,}[\d/-]*)"
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
        if digits >= 7 and not YEAR_RANGE.match(candidate):
            return True
    return False


def _case_references(text: str) -> bool:
    for match in CASE_REFERENCE.finditer(text):
        number = match.group("marked") or match.group("bare")
        if match.group("marked") or not YEAR_RANGE.match(number.strip()):
            return True
    return False


def check(*texts: str) -> list[str]:
    """Reasons (codes of `Post.HOLD_REASONS`) why these texts must wait for a moderator."""
    text = POLICY_REFERENCE.sub(" ", "\n".join(texts))
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
