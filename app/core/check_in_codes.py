"""What a badge's check-in QR code says, and reading back what a scanner typed (pure).

The code is ``PNT`` and the participant's 12-character token (:mod:`app.model.tokens`), e.g.
``PNT7K3M9QX2D4HB``: capitals and digits only. A scanner acts as a keyboard and types what
it reads through the laptop's layout; letters and digits come out alike under the Italian,
Japanese and US layouts, punctuation does not (a ``:`` sent by a US-layout scanner arrives
as ``ç`` on an Italian laptop, as ``+`` on a Japanese one). ``PNT`` tells Ponte's codes from
a name typed at the desk.

:func:`read_code` forgives what scanners and people add: the Enter (CR, LF), a tab, spaces
at either end, stray control characters at the ends, Caps Lock (case), full-width forms (an
IME left on), a symbology identifier (``]Q1``), and the letters Crockford's base32 maps
(O → 0; I, L → 1). A control character inside the text is a damaged read (MALFORMED), never
a name. Badges printed before schema
0012 say ``PONTE:<mission>:<participant>``; read with any one punctuation character as the
separator (the ``:`` as another layout typed it).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum

from app.model.tokens import TOKEN_ALPHABET, TOKEN_LENGTH

CODE_PREFIX = "PNT"
OLD_PREFIX = "PONTE"
# Longer than any code or name typed at a desk: a scanner that read a vCard or a URL.
MAX_TEXT = 200

_CROCKFORD = str.maketrans({"O": "0", "I": "1", "L": "1"})
_TOKEN_BODY = re.compile(f"[{TOKEN_ALPHABET}]{{{TOKEN_LENGTH}}}")
# A code as typed: the prefix, then letters and digits, perhaps grouped by hyphens or spaces.
_LOOKS_LIKE_CODE = re.compile(r"PNT[-\s]?[0-9A-Z][0-9A-Z\-\s]*")
# The old code with one separator typed twice: whatever the layout made of ':'.
_OLD = re.compile(r"PONTE([^0-9A-Z\s])(\d{1,9})\1(\d{1,9})")
# A scanner set to announce the symbology sends its AIM identifier first ("]Q1": QR code).
_AIM_QR = re.compile(r"\]Q[0-9]")
# The start of an old code cut short or garbled (a name "Ponte" is followed by a letter).
_OLD_DAMAGED = re.compile(r"PONTE[^0-9A-Z\s][0-9]*([^0-9A-Z\s][0-9]*)*")


class CodeKind(StrEnum):
    TOKEN = "token"  # a badge printed since 0012: ``token`` says whose
    OLD = "old"  # PONTE:<mission>:<participant>, a badge printed before 0012
    EMPTY = "empty"  # nothing but what a scanner adds (an Enter, spaces)
    MALFORMED = "malformed"  # control characters inside, a damaged code, far too long
    TEXT = "text"  # not a code: perhaps a name (``text``, cleaned)


@dataclass(frozen=True)
class ParsedCode:
    kind: CodeKind
    text: str = ""  # the input without what scanners add at the ends (NFKC)
    token: str | None = None  # TOKEN: the canonical 12 characters
    mission_id: int | None = None  # OLD
    participant_id: int | None = None  # OLD


def badge_code(token: str) -> str:
    """The check-in QR payload of a participant whose token is ``token``."""
    body = canonical_token(token)
    if not _TOKEN_BODY.fullmatch(body):
        raise ValueError(f"not a check-in token: {token!r}")
    return CODE_PREFIX + body


def canonical_token(text: str) -> str:
    """``text`` as a token is stored: capitals, Crockford's confusions mapped, no hyphens."""
    return text.upper().replace("-", "").replace(" ", "").translate(_CROCKFORD)


def _is_control(ch: str) -> bool:
    return unicodedata.category(ch) in ("Cc", "Cs")


def _edge(ch: str) -> bool:
    return ch.isspace() or unicodedata.category(ch) in ("Cc", "Cf", "Cs")


def read_code(text: str) -> ParsedCode:
    """What a line from the scanner (or the desk's keyboard) is; never raises."""
    start, end = 0, len(text)
    while start < end and _edge(text[start]):
        start += 1
    while end > start and _edge(text[end - 1]):
        end -= 1
    core = text[start:end]
    if not core:
        return ParsedCode(CodeKind.EMPTY)
    if len(core) > MAX_TEXT or any(_is_control(ch) for ch in core):
        return ParsedCode(CodeKind.MALFORMED, core)
    core = unicodedata.normalize("NFKC", core)
    if any(_is_control(ch) for ch in core):  # NFKC never makes one; kept for certainty
        return ParsedCode(CodeKind.MALFORMED, core)
    upper = core.upper()
    if _AIM_QR.match(upper):
        upper = upper[3:]
    if _LOOKS_LIKE_CODE.fullmatch(upper):
        body = canonical_token(upper[len(CODE_PREFIX) :])
        if _TOKEN_BODY.fullmatch(body):
            return ParsedCode(CodeKind.TOKEN, core, token=body)
        return ParsedCode(CodeKind.MALFORMED, core)
    old = _OLD.fullmatch(upper)
    if old:
        return ParsedCode(
            CodeKind.OLD, core, mission_id=int(old.group(2)), participant_id=int(old.group(3))
        )
    if _OLD_DAMAGED.fullmatch(upper):
        return ParsedCode(CodeKind.MALFORMED, core)
    return ParsedCode(CodeKind.TEXT, core)
