"""Text from the chambers' spreadsheets made fit to store, and keys to compare names by.

Two levels, on purpose:

- ``clean_text`` gives what is *stored*: NFC, widths folded (full-width Latin letters, digits,
  spaces and signs to ASCII; half-width katakana to full-width), control characters gone,
  whitespace collapsed. It does not apply NFKC to anything else, so "①", "㈱" or "ﬁ" stay
  as the person typed them.
- ``match_key`` and the keys built on it are only ever *compared*: NFKC, case, accents,
  katakana/hiragana, long-vowel marks, small kana, spaces and punctuation are all folded, so
  they are never shown or stored.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from app.model.enums import NameOrder

# The Halfwidth and Fullwidth Forms block, plus the ideographic space: the only characters
# clean_text passes through NFKC.
_WIDTH_RUN = re.compile("[\u3000\uff00-\uffef]+")
# Joiners matter in some scripts (and emoji); every other format character (zero-width space,
# byte-order mark, soft hyphen, bidi marks) is noise from copy and paste.
_KEEP_FORMAT = {"\u200c", "\u200d"}
# Japanese voiced/semi-voiced combining marks: not accents; dropping them would make
# さとう match さどう.
_KANA_MARKS = {"\u3099", "\u309a"}


class _CharMap(dict[int, str | None]):
    """A str.translate table computed one character at a time by ``rule`` (None drops it)
    and remembered: a memo of a pure function, so translate runs at C speed."""

    def __init__(self, rule: Callable[[str], str | None]) -> None:
        super().__init__()
        self._rule = rule

    def __missing__(self, code: int) -> str | None:
        mapped = self._rule(chr(code))
        self[code] = mapped
        return mapped


def _dropping(drop: Callable[[str], bool]) -> _CharMap:
    return _CharMap(lambda ch: None if drop(ch) else ch)


def _control_rule(ch: str) -> str | None:
    if ch.isspace():
        return " "
    category = unicodedata.category(ch)
    if category == "Cc" or (category == "Cf" and ch not in _KEEP_FORMAT):
        return None
    return ch


_CONTROLS = _CharMap(_control_rule)
_ACCENTS = _dropping(lambda ch: bool(unicodedata.combining(ch)) and ch not in _KANA_MARKS)
# Spaces, punctuation (hyphens, apostrophes as in D'Amico, middle dots ・ ･ ·), controls and
# format characters do not tell two names apart.
_SEPARATORS = _dropping(lambda ch: unicodedata.category(ch)[0] in "PZC")

# One table for what match keys fold character by character: katakana to hiragana, small
# kana to full size (キャノン = キヤノン), Latin letters whose "accent" does not decompose
# under NFKD, and the old forms of the kanji most often met in family names (髙橋 is
# registered as 高橋 wherever a system lacks 髙, 齋藤 as 斎藤).
_FOLD: dict[int, str] = {c: chr(c - 0x60) for c in (*range(0x30A1, 0x30F7), 0x30FD, 0x30FE)}
for _small, _full in zip("ぁぃぅぇぉっゃゅょゎゕゖ", "あいうえおつやゆよわかけ", strict=True):
    _FOLD[ord(_small)] = _FOLD[ord(_small) + 0x60] = _full
_FOLD.update(
    {
        ord(k): v
        for k, v in {"ø": "o", "ł": "l", "đ": "d", "ð": "d", "æ": "ae", "œ": "oe", "ı": "i"}.items()
    }
)
for _old, _new in zip(
    "髙﨑嵜齋齊邊邉澤濱櫻廣國藏眞壽惠實瀨", "高崎崎斎斉辺辺沢浜桜広国蔵真寿恵実瀬", strict=True
):
    _FOLD[ord(_old)] = _new
_VOWEL_OF: dict[str, str] = {}
for _vowel, _row in (
    ("あ", "あかがさざただなはばぱまやらわ"),
    ("い", "いきぎしじちぢにひびぴみりゐ"),
    ("う", "うくぐすずつづぬふぶぷむゆるゔ"),
    ("え", "えけげせぜてでねへべぺめれゑ"),
    ("お", "おこごそぞとどのほぼぽもよろを"),
):
    for _kana in _row:
        _VOWEL_OF[_kana] = _vowel
# How a long vowel is spelt out in kana for matching: オー and オウ (and オオ) read the same in
# names (遠藤 エンドー / えんどう; 大野 オーノ / おおの), as do エー and エイ (セーコー / せいこう).
_LONG_VOWEL = {"あ": "あ", "い": "い", "う": "う", "え": "い", "お": "う"}


def _is_japanese(ch: str) -> bool:
    o = ord(ch)
    return (
        0x3040 <= o <= 0x30FF  # hiragana, katakana
        or 0x3400 <= o <= 0x4DBF  # CJK extension A
        or 0x4E00 <= o <= 0x9FFF  # CJK unified ideographs
        or 0xF900 <= o <= 0xFAFF  # CJK compatibility ideographs
        or 0xFF66 <= o <= 0xFF9F  # half-width katakana
        or 0x20000 <= o <= 0x3FFFF  # CJK extensions B and later
        or ch == "々"
    )


# The characters _is_japanese accepts, as one class: a search runs at C speed.
_JAPANESE = re.compile(
    "[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f\U00020000-\U0003ffff\u3005]"
)


def has_japanese(s: str) -> bool:
    """True when the text has any kanji or kana."""
    return _JAPANESE.search(s) is not None


def clean_text(s: str) -> str:
    """The text to store: NFC, widths folded, control characters removed, whitespace collapsed.

    "ＡＢＣ　１２３" -> "ABC 123", "ｶﾀｶﾅ" -> "カタカナ"; "①" and "㈱" are kept as typed.
    """
    if not s.isascii():
        s = unicodedata.normalize("NFC", s)
        s = _WIDTH_RUN.sub(lambda m: unicodedata.normalize("NFKC", m.group()), s)
        # NFC again: a half-width sound mark after a full-width kana joins it (カﾞ -> ガ).
        s = unicodedata.normalize("NFC", s)
    return " ".join(s.translate(_CONTROLS).split())


def strip_accents(s: str) -> str:
    """Combining accents removed (è -> e), NFC; Japanese sound marks kept (ガ stays ガ)."""
    if s.isascii():
        return s
    return unicodedata.normalize("NFC", unicodedata.normalize("NFKD", s).translate(_ACCENTS))


def _spell_long_vowels(s: str) -> str:
    """Long-vowel marks spelt out, and おお/ええ as おう/えい, in hiragana."""
    out: list[str] = []
    for ch in s:
        prev_vowel = _VOWEL_OF.get(out[-1]) if out else None
        if ch == "ー":
            if prev_vowel is None:
                continue  # a stray mark after no kana carries nothing to compare
            ch = _LONG_VOWEL[prev_vowel]
        elif ch == "お" and prev_vowel == "お":
            ch = "う"
        elif ch == "え" and prev_vowel == "え":
            ch = "い"
        out.append(ch)
    return "".join(out)


# ASCII that a name key keeps: letters, digits and the symbols ($+<=>^`|~); the rest
# (spaces, punctuation, controls) is category P, Z or C.
_ASCII_DROP = str.maketrans(
    "", "", "".join(chr(c) for c in range(128) if unicodedata.category(chr(c))[0] in "PZC")
)
# A key made only of these is settled: another pass would not change it.
_SETTLED = re.compile("[0-9a-z\u3042-\u3094\u4e00-\u9fff]*")


def _match_key_once(s: str) -> str:
    s = strip_accents(unicodedata.normalize("NFKC", s).casefold())
    # Separators go before long vowels are spelt out: ヨ・オ is spelt as ヨオ would be.
    s = s.translate(_FOLD).translate(_SEPARATORS)
    if "ー" in s or "お" in s or "え" in s:
        s = _spell_long_vowels(s)
    return s


@functools.lru_cache(maxsize=65536)  # pure, and a file repeats its names
def match_key(s: str) -> str:
    """A key to compare names by, never to show: equal keys mean "the same name".

    Folds width, case, Latin accents (è -> e, ß -> ss), katakana to hiragana, small kana,
    long-vowel marks, old kanji forms common in surnames (髙 -> 高), and ignores spaces,
    hyphens, apostrophes and middle dots.
    """
    if s.isascii():  # most names: the same result as below (a test checks), faster
        return s.lower().translate(_ASCII_DROP)
    key = _match_key_once(s)
    # A few exotic characters only settle after another pass (NFKC and casefold do not
    # commute for all of Unicode); names never need more than that.
    for _ in range(3):
        if _SETTLED.fullmatch(key):
            break
        again = _match_key_once(key)
        if again == key:
            break
        key = again
    return key


def person_key(family: str, given: str) -> frozenset[str]:
    """The name read both ways round, as match keys; two people match when the sets meet.

    The same for (family, given) and (given, family), so "Tanaka Hiroshi" in one file and
    "Hiroshi Tanaka" in another meet; and since spaces are ignored, a kanji name kept whole
    in one column ("田中博", "") meets the same name split in two ("田中", "博").
    An empty name gives an empty set, which meets nothing.
    """
    return name_keys(match_key(family), match_key(given))


def name_keys(family_key: str, given_key: str) -> frozenset[str]:
    """``person_key`` from names already made match keys."""
    return frozenset(k for k in (family_key + given_key, given_key + family_key) if k)


_EMAIL = re.compile(r"[^@\s]+@[^@\s.]+(\.[^@\s.]+)+")


def email_key(s: str | None) -> str | None:
    """The address to compare (and store): NFKC (full-width ＠ and letters to ASCII),
    trimmed, lower case; None when it does not look like an e-mail address."""
    if s is None:
        return None
    s = unicodedata.normalize("NFKC", clean_text(s)).strip().lower()
    if s.startswith("mailto:"):
        s = s[len("mailto:") :]
    s = s.strip("<>")
    return s if _EMAIL.fullmatch(s) else None


@dataclass(frozen=True)
class SplitName:
    """A full name split in two; ``guessed`` when the text alone did not say which is which."""

    family: str
    given: str
    guessed: bool


# Italian (and a few other) surname particles: "Mario De Luca", "Anna Dalla Chiesa".
_PARTICLES = {
    "d'", "da", "dal", "dalla", "dalle", "de", "de'", "dei", "degli", "del", "della", "delle",
    "dello", "di", "la", "le", "li", "lo", "van", "von", "san", "santo",
}  # fmt: skip


def _is_caps_word(word: str) -> bool:
    letters = [ch for ch in word if ch.isalpha()]
    return len(letters) >= 2 and all(ch.isupper() for ch in letters)


def split_full_name(text: str, order_hint: NameOrder | None = None) -> SplitName:
    """Split a name written in one cell into family and given name.

    The rules, strongest first: a comma means "Family, Given"; a name in Japanese script is
    family first (a kanji name with no space cannot be split and stays whole as the family
    name, guessed); a word in CAPITALS among others is the family name ("ROSSI Mario",
    "Mario ROSSI"); otherwise ``order_hint`` (the file's convention), given first if none,
    with Italian particles kept with the surname ("Mario De Luca"). The result is a guess
    when the order came from the hint alone or the words could be split more than one way.
    """
    text = clean_text(text)
    if not text:
        return SplitName("", "", guessed=False)
    if "," in text:
        family, _, given = text.partition(",")
        return SplitName(family.strip(), given.strip(), guessed=False)
    words = text.split(" ")
    if has_japanese(text):
        if len(words) == 1:
            return SplitName(text, "", guessed=True)
        return SplitName(words[0], " ".join(words[1:]), guessed=len(words) > 2)
    if len(words) == 1:
        return SplitName(text, "", guessed=True)
    caps = [_is_caps_word(w) for w in words]
    if any(caps) and not all(caps):
        first = caps.index(True)
        last = len(caps) - 1 - caps[::-1].index(True)
        if all(caps[first : last + 1]) and (first == 0 or last == len(words) - 1):
            family = " ".join(words[first : last + 1])
            given = " ".join(words[:first] + words[last + 1 :])
            return SplitName(family, given, guessed=False)
    family_first = order_hint is NameOrder.FAMILY_FIRST
    lowered = [w.casefold() for w in words]
    if family_first:
        n = 1
        while n < len(words) - 1 and lowered[n - 1] in _PARTICLES:
            n += 1
        family_words, given_words = words[:n], words[n:]
    else:
        n = len(words) - 1
        while n > 1 and lowered[n - 1] in _PARTICLES:
            n -= 1
        family_words, given_words = words[n:], words[:n]
    sure = order_hint is not None and (len(words) == 2 or len(family_words) > 1)
    return SplitName(" ".join(family_words), " ".join(given_words), guessed=not sure)
