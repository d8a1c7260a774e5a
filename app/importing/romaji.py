"""Just enough romaji to tell which word of a romaji full name is the family name: the kana
reading of the family name ("ヤマモト") read in Hepburn ("yamamoto") and compared, long vowels
and macrons folded ("Satō" = "Sato" = "Satou" = "Satoh" = さとう), with the words of
"Yamamoto Mayumi" or "Mayumi Yamamoto".
"""

from __future__ import annotations

import re

from app.importing.normalise import strip_accents
from app.model.enums import NameOrder

_KANA = (
    "あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもやゆよらりるれろわをん"
    "がぎぐげござじずぜぞだぢづでどばびぶべぼぱぴぷぺぽゔ"
)
_ROMAJI = (
    "a i u e o ka ki ku ke ko sa shi su se so ta chi tsu te to na ni nu ne no ha hi fu he ho "
    "ma mi mu me mo ya yu yo ra ri ru re ro wa o n ga gi gu ge go za ji zu ze zo da ji zu de "
    "do ba bi bu be bo pa pi pu pe po vu"
)
_BASE = dict(zip(_KANA, _ROMAJI.split(" "), strict=True))
_SMALL = {"ゃ": "ya", "ゅ": "yu", "ょ": "yo", "ぁ": "a", "ぃ": "i", "ぅ": "u", "ぇ": "e", "ぉ": "o"}


def kana_to_romaji(kana: str) -> str:
    """Hepburn romaji of a kana word ("ヤマモト" → "yamamoto", "きょうこ" → "kyouko"); ""
    when it holds anything else."""
    text = "".join(chr(ord(c) - 0x60) if "ァ" <= c <= "ヶ" else c for c in kana.strip())
    out: list[str] = []
    double = False
    for ch in text:
        if ch == "っ":
            double = True
            continue
        if ch == "ー":
            out.append(out[-1][-1] if out else "")
            continue
        if ch in _SMALL and out:
            last = out.pop()
            stem = last[:-1]
            if stem.endswith(("sh", "ch", "j")):
                out.append(stem + _SMALL[ch][-1])
            else:
                out.append(stem + _SMALL[ch])
            continue
        piece = _BASE.get(ch)
        if piece is None:
            return ""
        if double:
            piece = ("t" if piece.startswith("ch") else piece[0]) + piece
            double = False
        out.append(piece)
    return "".join(out)


def _folded(word: str) -> str:
    """A romaji word with long vowels, macrons and Hepburn's "m" before b/p folded."""
    text = strip_accents(word).casefold()
    text = re.sub(r"[^a-z]", "", text)
    text = re.sub(r"o[uoh](?![aeiou])", "o", text)
    text = re.sub(r"uu", "u", text)
    text = re.sub(r"m(?=[bpm])", "n", text)
    return text


def order_by_reading(words: list[str], family_kana: str | None) -> NameOrder | None:
    """Which end of ``words`` (a romaji full name) the family name stands at, by the kana
    reading of the family name; None when the reading does not settle it."""
    if len(words) < 2 or not family_kana:
        return None
    reading = _folded(kana_to_romaji(family_kana))
    if not reading:
        return None
    first, last = _folded(words[0]) == reading, _folded(words[-1]) == reading
    if first and not last:
        return NameOrder.FAMILY_FIRST
    if last and not first:
        return NameOrder.GIVEN_FIRST
    return None
