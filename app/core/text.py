"""Text as reportlab must receive it: NFC, no control characters, and which script it is in."""

from __future__ import annotations

import re
import unicodedata

# Characters that print as nothing (or as a box) and carry nothing a reader needs: zero-width
# and joiner characters (ZWSP, ZWNJ, ZWJ, word joiner, BOM), the bidirectional marks,
# embeddings and isolates (LRM/RLM/ALM, U+202A-E, U+2066-9), soft hyphen, combining grapheme
# joiner, Mongolian variation selectors, invisible operators, interlinear annotation marks and
# lone surrogates. :func:`clean` removes them from every text it is given.
_FORMAT = (
    "\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e"
    "\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb\ud800-\udfff"
)
# What only a colour-emoji or a variant-aware renderer uses: variation selectors (an emoji's
# text or emoji style, a kanji's variant), emoji skin-tone modifiers and tag characters (the
# tail of a subdivision flag). A calendar client shows them; Ponte's PDFs, whose fonts have
# one colour and no shaping, would print a swatch or a box, so the documents' fonts skip them
# (:func:`invisible`) while :func:`clean` keeps them.
_PRESENTATION = "\ufe00-\ufe0f\U0001f3fb-\U0001f3ff\U000e0000-\U000e007f\U000e0100-\U000e01ef"
# C0/C1 controls (tab and newline are turned into spaces by ``clean``: a name is one line),
# plus the format characters above.
_CONTROLS = re.compile(f"[\x00-\x08\x0b-\x1f\x7f-\x9f{_FORMAT}]")
_NOT_PRINTED = re.compile(f"[\x00-\x1f\x7f-\x9f{_FORMAT}{_PRESENTATION}]")
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


def invisible(char: str) -> bool:
    """True for a character the documents leave out rather than draw: a control or format
    character :func:`clean` removes (bidi marks, zero-width joiners...), or one of presentation
    only (variation selectors, skin-tone modifiers, tags)."""
    return _NOT_PRINTED.fullmatch(char) is not None


def has_japanese(text: str) -> bool:
    """True when ``text`` holds a character only the Japanese face has (kana, kanji, full-width)."""
    return _JAPANESE.search(text) is not None
