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

import functools
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


# In a person's haystack each word is framed by WORD on both sides and each whole name by
# WHOLE: "does a word begin with q" is then one substring search, in C (2,000 people are
# scored in about 2 ms).
WORD = "\x00"
WHOLE = "\x01"


@dataclass(frozen=True)
class NameKeys:
    """A person's names, folded once: their words, and each script's name without spaces in
    both orders, framed in one string (see ``WORD``)."""

    haystack: str


# Memoised (a pure function of the names): the desk folds a mission's names once, not at
# every name typed (2,000 people: 35 ms a search without it, under 1 ms with it).
@functools.lru_cache(maxsize=50_000)
def name_keys(parts: tuple[tuple[str | None, str | None], ...]) -> NameKeys:
    """The keys of a person from (family, given) pairs, one pair per script."""
    words: list[str] = []
    joined: list[str] = []
    for family, given in parts:
        f = fold(family or "")
        g = fold(given or "")
        words += [w for w in (*f.split(), *g.split()) if w]
        if f or g:
            f_, g_ = f.replace(" ", ""), g.replace(" ", "")
            joined += [f_ + g_, g_ + f_]
    framed = "".join(f"{WORD}{w}{WORD}" for w in dict.fromkeys(words))
    whole = "".join(f"{WHOLE}{j}{WHOLE}" for j in dict.fromkeys(joined))
    return NameKeys(framed + whole)


@dataclass(frozen=True)
class Query:
    """What was typed, folded, as the substrings a matching haystack holds."""

    words: tuple[str, ...]  # framed whole words
    starts: tuple[str, ...]  # the beginnings of words
    whole: str  # the name without spaces, framed
    whole_start: str  # its beginning

    @property
    def empty(self) -> bool:
        return not self.starts


def query_of(text: str) -> Query:
    folded = fold(text).replace(WORD, "").replace(WHOLE, "")
    words = folded.split()
    joined = "".join(words)
    return Query(
        tuple(f"{WORD}{w}{WORD}" for w in words),
        tuple(f"{WORD}{w}" for w in words),
        f"{WHOLE}{joined}{WHOLE}",
        f"{WHOLE}{joined}",
    )


def score(query: Query, keys: NameKeys) -> int:
    """How well ``keys`` match ``query``: 0 no match; 2 every typed word is a whole word of
    the name (or the whole name); 1 they begin the name's words (or the whole name)."""
    hay = keys.haystack
    if not query.starts or (
        query.whole_start not in hay and not all(q in hay for q in query.starts)
    ):
        return 0
    if query.whole in hay or all(q in hay for q in query.words):
        return 2
    return 1
