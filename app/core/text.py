"""Text as reportlab must receive it: NFC, no control characters, and which script it is in."""

from __future__ import annotations

import re
import unicodedata

# C0/C1 controls (tab and newline are turned into spaces: a name is one line), plus the
# zero-width and bidi formatting characters that render as nothing or as boxes.
_CONTROLS = re.compile(
    r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]"
)
_SPACES = re.compile(r"[\t\n\r\u2028\u2029]+")

# Hiragana, katakana (incl. half-width), CJK ideographs and their punctuation and full-width
# forms: any of these needs the Japanese face.
_JAPANESE = re.compile(
    r"[\u3000-\u303f\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
    r"\uff00-\uffef\U00020000-\U0002fa1f]"
)


def clean(text: str | None, *, one_line: bool = True) -> str:
    """``text`` NFC-normalised, without control characters; line breaks become spaces when
    ``one_line`` (names, titles), or are kept as ``\\n`` (profiles, addresses)."""
    if not text:
        return ""
    text = unicodedata.normalize("NFC", text)
    if one_line:
        text = _SPACES.sub(" ", text)
    else:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        text = re.sub(r"[\t\u2028\u2029]", " ", text)
    return _CONTROLS.sub("", text).strip()


def trimmed(text: str | None) -> str:
    """``text`` NFC-normalised, without the spaces around it ("" for None): a form's field as
    the set-up actions check and store it."""
    return unicodedata.normalize("NFC", text or "").strip()


def has_japanese(text: str) -> bool:
    """True when ``text`` holds a character only the Japanese face has (kana, kanji, full-width)."""
    return _JAPANESE.search(text) is not None
