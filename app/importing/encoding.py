"""The encoding of a CSV file, found by explicit rules and refused when it cannot be told.

The rules, in order:

1. a byte-order mark decides (UTF-8, UTF-16 as Excel's "Unicode text", UTF-32);
2. UTF-16 without a mark: many NUL bytes, nearly all on one side of the code units, and a
   strict decoding without NULs or control characters;
3. ASCII is ASCII, unless it decodes strictly as UTF-7 into names ("M+APw-ller");
4. strict UTF-8 (other encodings almost never decode as UTF-8 when they hold accents or
   Japanese); a file with UTF-8 lines and lines that are not is refused;
5. otherwise each legacy encoding the chambers' Excel writes is tried strictly —
   Windows-1252 (Italian Excel), Mac Roman (Excel for Mac's "CSV Macintosh"), CP932
   (Japanese Excel's Shift_JIS), EUC-JP and GB18030 — and each reading is judged by what
   names are made of (:func:`oddities`): accented letters inside Latin words, Japanese in runs
   of its own (with the marks Japanese sheets use: ○ × ※), no symbols inside words, no
   control or private-use characters; GB18030 only when most of its characters are the
   common (GB2312) ones. When a reading has kana, the Japanese readings win over the Chinese
   one. Exactly one plausible reading is taken; none, or several that differ (kanji alone
   read as EUC-JP and as GB18030), are refused with what each reading makes of the first
   line they disagree on, since any guess would import garbled names.

Measured against charset-normalizer on a corpus of Italian and Japanese registration sheets
in each encoding: ``benchmarks/bench_encodings.py`` (figures in the README).
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterator
from dataclasses import dataclass

from app.common.wording import Message
from app.importing import messages as msg
from app.importing.errors import ImportFileError
from app.importing.table import shown

# (mark, codec, the encoding as the notes name it, as an error names it)
_BOMS: tuple[tuple[bytes, str, str, str | Message], ...] = (
    # UTF-32 first: its little-endian mark starts with UTF-16's
    (codecs.BOM_UTF32_LE, "utf-32", "UTF-32", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32", "UTF-32", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8-sig", "UTF-8 with BOM", msg.UTF8_WITH_BOM()),
    (codecs.BOM_UTF16_LE, "utf-16", "UTF-16 (Excel's Unicode text)", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16", "UTF-16 (Excel's Unicode text)", "UTF-16"),
)


@dataclass(frozen=True)
class Legacy:
    codec: str
    label: str  # as the notes and the messages name it


WINDOWS_1252 = Legacy("cp1252", "Windows-1252 (Western European Excel)")
MAC_ROMAN = Legacy("mac_roman", "Mac Roman (Excel for Mac)")
CP932 = Legacy("cp932", "Shift_JIS (CP932, Japanese Excel)")
EUC_JP = Legacy("euc_jp", "EUC-JP")
GB18030 = Legacy("gb18030", "GB18030 (Chinese)")
LEGACY = (WINDOWS_1252, MAC_ROMAN, CP932, EUC_JP, GB18030)
_JAPANESE_CODECS = (CP932.codec, EUC_JP.codec)

# Each reading is judged on 64 KB of the lines that are not ASCII (thousands of names); the
# one chosen then decodes the whole file.
_JUDGED_BYTES = 64 * 1024
_NON_ASCII_LINE = re.compile(rb"[^\n]*[\x80-\xff][^\n]*")
# In text read with "surrogateescape": a line with non-ASCII text and no byte UTF-8 refused,
# and a byte UTF-8 refused.
_UTF8_LINE = re.compile("^[^\n\udc80-\udcff]*[^\x00-\x7f\udc80-\udcff][^\n\udc80-\udcff]*$", re.M)
_NOT_UTF8 = re.compile("[\udc80-\udcff]")
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")
_BINARY_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_PUNCTUATION = frozenset("’‘“”„‚–—…«»•·°€£¥©®™№§×ªº±½¼¾¿¡")
_DASHES = frozenset("–—")
# What Japanese sheets mark cells with (○ yes, × no, ※ note …), and the postal mark.
_JAPANESE_MARKS = frozenset("○●◎◯×△▲▽▼□■◇◆☆★※〒→←↑↓")
_OPENING = frozenset("‘“„‚«")
_BEFORE_WORDS = frozenset("’£€¥№§°¿¡")


def _is_latin_letter(ch: str) -> bool:
    """The accented letters of European names: Latin-1's and Latin Extended-A's, and the
    Romanian ș ț (not "ƒ", Windows-1252's florin sign, which Mac Roman's "É" reads as)."""
    return ("\u00c0" <= ch <= "\u017f" and ch not in "×÷") or "\u0218" <= ch <= "\u021b"


def _is_japanese(ch: str) -> bool:
    return (
        "\u3000" <= ch <= "\u30ff"  # CJK punctuation, hiragana, katakana
        or "\u31f0" <= ch <= "\u31ff"
        or "\u3400" <= ch <= "\u4dbf"
        or "\u4e00" <= ch <= "\u9fff"
        or "\uf900" <= ch <= "\ufaff"
        or "\uff01" <= ch <= "\uff60"  # full-width forms
        or "\uffe0" <= ch <= "\uffe6"
        or ch in _JAPANESE_MARKS
    )


def _is_half_kana(ch: str) -> bool:
    return "\uff61" <= ch <= "\uff9f"


def _has_kana(text: str) -> bool:
    return any("\u3041" <= ch <= "\u30fa" or _is_half_kana(ch) for ch in text)


def oddities(text: str) -> tuple[int, int]:
    """(runs of non-ASCII characters, how many of them no name or address is made of): a
    symbol or a capital accent inside a Latin word, a Latin letter beside a kanji or a
    half-width kana beside a full-width character, control and private-use characters."""
    runs = odd = 0
    for m in _NON_ASCII.finditer(text):
        runs += 1
        run = m.group()
        before = text[m.start() - 1] if m.start() else " "
        after = text[m.end()] if m.end() < len(text) else " "
        if not _plausible(run, before, after):
            odd += 1
    return runs, odd


def _plausible(run: str, before: str, after: str) -> bool:
    if all(_is_latin_letter(ch) for ch in run):
        if len(run) > 3:
            return False
        # a capital accent starts a word or sits in a capitalised one ("Élise", "MÜLLER")
        return not (any(ch.isupper() for ch in run) and before.islower())
    if all(_is_japanese(ch) or ch in "\u00a0" for ch in run):
        # kanji or kana between Latin letters, or one alone beside one: what Latin bytes read
        # as CJK turn into ("ネise" for Mac Roman's "Élise"); "NTTドコモ" is Japanese
        left = before.isascii() and before.isalpha()
        right = after.isascii() and after.isalpha()
        return not (left and right) and not (len(run) == 1 and (left or right))
    if all(_is_half_kana(ch) for ch in run):
        # a lone one is what a single Latin byte turns into ("ﾛ" for Mac Roman's "€")
        return (
            len(run) > 1
            and not (before.isascii() and before.isalpha())
            and not (after.isascii() and after.isalpha())
        )
    if len(run) == 1 and run in _PUNCTUATION:
        if run in _OPENING:
            return not before.isalpha()
        if run in _DASHES:
            return not (before.isalpha() and after.isalpha())
        # the apostrophe, and signs that may stand before a word ("€", "°C", "¿Qué")
        return run in _BEFORE_WORDS or not after.isalpha()
    # mixed runs: Japanese with full-width punctuation is covered above; a Latin letter glued
    # to a symbol, a half-width kana glued to a kanji, controls, other scripts are not names
    return False


def _plausible_reading(text: str, codec: str) -> bool:
    runs, odd = oddities(text)
    if runs == 0 or odd * 20 > runs:  # one odd run in twenty: a stray symbol, not garbage
        return False
    if _BINARY_CONTROLS.search(text) or any("\ue000" <= ch <= "\uf8ff" for ch in text):
        return False
    # a Chinese reading made of rare characters is Japanese bytes misread
    return codec != GB18030.codec or _common_chinese(text)


def _common_chinese(text: str) -> bool:
    """Text in GB18030 is mostly GB2312 (the common hanzi, and the kana): 84–100 % of them in
    the benchmark's files; CP932 kanji and kana read as GB18030 fall in its rare extensions
    (their lead bytes 0x81–0x9F are never GB2312): 0–6 %."""
    han = [ch for ch in text if "\u3040" <= ch <= "\u30ff" or "\u4e00" <= ch <= "\u9fff"]
    common = 0
    for ch in han:
        try:
            ch.encode("gb2312")
        except UnicodeEncodeError:
            continue
        common += 1
    return common * 2 >= len(han)


@dataclass(frozen=True)
class Decoded:
    text: str
    label: str  # the encoding, as the notes name it


def decode(data: bytes, name: str, encoding: str | None = None) -> Decoded:
    """The text of a CSV file and its encoding: ``encoding`` when the user named one, else
    found by the rules of the module docstring. Raises ImportFileError."""
    if encoding is not None:
        return _named(data, name, encoding)
    for bom, codec, label, said in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(data.decode(codec), label)
            except UnicodeDecodeError as e:
                raise ImportFileError(
                    msg.BAD_BYTE_AFTER_BOM(
                        name=name, encoding=said, byte=f"{len(bom) + e.start + 1:,}"
                    )
                ) from None
    if b"\x00" in data:
        utf16 = _utf16_without_bom(data)
        if utf16 is not None:
            return utf16
        raise ImportFileError(msg.BINARY(name=name, byte=f"{data.index(0) + 1:,}"))
    if data.isascii():
        return _ascii_or_utf7(data)
    try:
        return Decoded(data.decode("utf-8"), "UTF-8")
    except UnicodeDecodeError:
        pass
    _refuse_mixed(data, name)
    return _legacy(data, name)


def _named(data: bytes, name: str, encoding: str) -> Decoded:
    try:
        codec = codecs.lookup(encoding)
    except LookupError:
        raise ImportFileError(msg.UNKNOWN_ENCODING(encoding=encoding)) from None
    try:
        text = codecs.decode(data, codec.name)
    except UnicodeDecodeError as e:
        raise ImportFileError(
            msg.NOT_IN_ENCODING(name=name, encoding=encoding, byte=f"{e.start + 1:,}")
        ) from None
    return Decoded(text.removeprefix("\ufeff"), f"{encoding} (as asked)")


def _utf16_without_bom(data: bytes) -> Decoded | None:
    """UTF-16 text has a NUL in one half of every ASCII character (commas, digits, line
    breaks, e-mails: plenty in a sheet) and almost never in the other half."""
    if len(data) % 2:
        return None
    head = data[:8192]
    units = len(head) // 2
    even, odd = head[0::2].count(0), head[1::2].count(0)
    if odd >= units // 10 and even * 20 <= odd:
        codec = "utf-16-le"
    elif even >= units // 10 and odd * 20 <= even:
        codec = "utf-16-be"
    else:
        return None
    try:
        text = data.decode(codec)
    except UnicodeDecodeError:
        return None
    if _BINARY_CONTROLS.search(text):
        return None
    return Decoded(text, "UTF-16 without BOM")


def _ascii_or_utf7(data: bytes) -> Decoded:
    text = data.decode("ascii")
    if b"+" in data:
        try:
            utf7 = data.decode("utf-7")
        except UnicodeDecodeError:
            pass
        else:
            if utf7 != text and _plausible_reading(utf7, "utf-7"):
                return Decoded(utf7, "UTF-7")
    return Decoded(text, "UTF-8")


def _non_ascii_lines(data: bytes) -> Iterator[tuple[int, bytes]]:
    """The lines that are not plain ASCII, with their 1-based numbers."""
    number, at = 1, 0
    for m in _NON_ASCII_LINE.finditer(data):
        number += data.count(b"\n", at, m.start())
        at = m.start()
        yield number, m.group()


def _refuse_mixed(data: bytes, name: str) -> None:
    """An ImportFileError when some lines are UTF-8 (with non-ASCII text) and others are
    not: one encoding for the whole file would turn half of the names into mojibake
    ("BertÃ¨"), and which half is right cannot be guessed. (Read as UTF-8 with the bytes
    that are not kept as lone surrogates: a UTF-8 line is one with neither those nor ASCII
    alone.)"""
    text = data.decode("utf-8", "surrogateescape")
    utf8 = _UTF8_LINE.search(text)
    if utf8 is None:
        return
    other = _NOT_UTF8.search(text)
    if other is None:
        return
    raise ImportFileError(
        msg.MIXED_ENCODINGS(
            name=name,
            utf8_line=text.count("\n", 0, utf8.start()) + 1,
            other_line=text.count("\n", 0, other.start()) + 1,
        )
    )


def _legacy(data: bytes, name: str) -> Decoded:
    """The one legacy encoding whose reading looks like names; refused otherwise. Each
    reading is judged on the lines that are not ASCII, up to a sample's worth."""
    numbers: list[int] = []
    sample: list[bytes] = []
    size = 0
    for number, line in _non_ascii_lines(data):
        numbers.append(number)
        sample.append(line)
        size += len(line)
        if size > _JUDGED_BYTES:
            break
    judged = b"\n".join(sample)
    readings: dict[str, tuple[Legacy, str]] = {}  # text → the first encoding reading it so
    for legacy in LEGACY:
        try:
            text = judged.decode(legacy.codec)
        except UnicodeDecodeError:
            continue
        if _plausible_reading(text, legacy.codec):
            readings.setdefault(text, (legacy, text))
    found = list(readings.values())
    if any(e.codec in _JAPANESE_CODECS and _has_kana(t) for e, t in found):
        # kana are Japanese: a Chinese reading of the same bytes is not the one
        found = [(e, t) for e, t in found if e != GB18030] or found
    if len(found) == 1:
        legacy = found[0][0]
        try:
            return Decoded(data.decode(legacy.codec), legacy.label)
        except UnicodeDecodeError as e:
            raise ImportFileError(
                msg.NOT_IN_ENCODING(name=name, encoding=legacy.label, byte=f"{e.start + 1:,}")
            ) from None
    if not found:
        raise ImportFileError(
            msg.ENCODING_UNKNOWN(name=name, encodings=", ".join(e.label for e in LEGACY))
        )
    raise ImportFileError(msg.ENCODING_AMBIGUOUS(name=name, readings=_readings(found, numbers)))


def _readings(found: list[tuple[Legacy, str]], numbers: list[int]) -> str | Message:
    """The first line the readings disagree on, as each reads it ("line 2 reads EUC-JP:
    "山田"; GB18030 (Chinese): "…")."""
    lines = [t.split("\n") for _, t in found]
    for number, variants in zip(numbers, zip(*lines, strict=True), strict=True):
        if len(set(variants)) > 1:
            readings = "; ".join(
                f'{e.label}: "{shown(v.strip(), 60)}"'
                for (e, _), v in zip(found, variants, strict=True)
            )
            return msg.READINGS(line=f"{number:,}", readings=readings)
    return ", ".join(e.label for e, _ in found)
