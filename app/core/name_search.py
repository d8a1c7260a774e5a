"""Finding a person by what the desk typed: Latin, kanji or kana, in either order (pure).

Both sides are folded alike: NFKC (full-width Latin and half-width katakana become their
ordinary forms), case folded, accents dropped (a desk without an Italian keyboard types
"Rossi" for "Rossì", and "Rossì" still finds "Rossi"), katakana read as hiragana (ヤマダ
finds やまだ), and the name separators people write (・, ·, hyphens, apostrophes) read as
spaces. A person matches when every typed word begins one of their names' words (Mario
Rossi, Rossi Mario, "ross mar"), or when the typed text without spaces begins their name
written without spaces in either order (山田太郎, やまだたろう, "rossimario").
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

_SEPARATORS = re.compile(r"[\s\u30fb\u00b7\u2027\-\u2010-\u2015'\u2019.,]+")
_KATAKANA = {code: code - 0x60 for code in range(0x30A1, 0x30F7)}  # ァ..ヶ → ぁ..ゖ


def fold(text: str) -> str:
    """``text`` as names are compared: see the module's docstring."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    decomposed = unicodedata.normalize("NFD", folded)
    # Drop accents, but not the (semi-)voiced marks of kana: か and が are different sounds.
    plain = "".join(
        ch for ch in decomposed if not unicodedata.combining(ch) or ch in "\u3099\u309a"
    )
    plain = unicodedata.normalize("NFC", plain).translate(_KATAKANA)
    return _SEPARATORS.sub(" ", plain).strip()


@dataclass(frozen=True)
class NameKeys:
    """A person's names, folded once: their words, and each script's name without spaces in
    both orders."""

    words: frozenset[str]
    joined: tuple[str, ...]


def name_keys(parts: tuple[tuple[str | None, str | None], ...]) -> NameKeys:
    """The keys of a person from (family, given) pairs, one pair per script."""
    words: set[str] = set()
    joined: list[str] = []
    for family, given in parts:
        f = fold(family or "")
        g = fold(given or "")
        words.update(w for w in (*f.split(), *g.split()) if w)
        if f or g:
            f_, g_ = f.replace(" ", ""), g.replace(" ", "")
            joined += [f_ + g_, g_ + f_]
    return NameKeys(frozenset(words), tuple(dict.fromkeys(joined)))


@dataclass(frozen=True)
class Query:
    words: tuple[str, ...]
    joined: str


def query_of(text: str) -> Query:
    folded = fold(text)
    return Query(tuple(folded.split()), folded.replace(" ", ""))


def score(query: Query, keys: NameKeys) -> int:
    """How well ``keys`` match ``query``: 0 no match; 2 every typed word is a whole word of
    the name (or the whole name); 1 they begin the name's words."""
    if not query.joined:
        return 0
    if all(q in keys.words for q in query.words) or query.joined in keys.joined:
        return 2
    if all(any(w.startswith(q) for w in keys.words) for q in query.words):
        return 1
    if any(j.startswith(query.joined) for j in keys.joined):
        return 1
    return 0
