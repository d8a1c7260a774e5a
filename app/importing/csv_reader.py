"""CSV text as the chambers' Excel saves it: the encoding and the delimiter found by looking.

Encodings, in this order: a byte-order mark decides (UTF-8, UTF-16 as Excel's "Unicode
text", UTF-32); UTF-16 without one is recognised by its NUL bytes; then strict UTF-8; then
CP932 (Japanese Excel's Shift_JIS) when it decodes strictly *and* reads as Japanese; else
Windows-1252 (Italian Excel), or Latin-1 for the five bytes Windows-1252 leaves undefined.
Measured against charset-normalizer in ``benchmarks/bench_import_read.py --encodings``.
"""

from __future__ import annotations

import codecs
import csv
import io
import re

from app.common.wording import Message
from app.importing import messages as msg
from app.importing.errors import ImportFileError

# The grid as read: (the record's 1-based number as a spreadsheet shows it, its fields).
Grid = list[tuple[int, list[str]]]

DELIMITERS = {",": "comma", ";": "semicolon", "\t": "tab", "|": "vertical bar"}
_SNIFF_CHARS = 64 * 1024
_SNIFF_RECORDS = 50

# (mark, codec, the encoding as the notes name it, as an error names it)
_BOMS: tuple[tuple[bytes, str, str, str | Message], ...] = (
    # UTF-32 first: its little-endian mark starts with UTF-16's
    (codecs.BOM_UTF32_LE, "utf-32", "UTF-32", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32", "UTF-32", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8-sig", "UTF-8 with BOM", msg.UTF8_WITH_BOM()),
    (codecs.BOM_UTF16_LE, "utf-16", "UTF-16 (Excel's Unicode text)", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16", "UTF-16 (Excel's Unicode text)", "UTF-16"),
)
# Kana, kanji, CJK punctuation and full-width forms: what Japanese text is made of.
_JAPANESE = re.compile(
    r"[\u3000-\u303f\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]"
)
_J = r"\u3000-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef"
# What Windows-1252 bytes read as CP932 turn into: an accent and the next letter make one
# kanji touching Latin letters ("Müller", "François"), a capital accent becomes one lone
# half-width katakana ("Élise"). Japanese text has these too, but rarely.
_TOUCHING_LATIN = (re.compile(f"[A-Za-z][{_J}]"), re.compile(f"[{_J}][A-Za-z]"))
_LONE_HALF_KANA = re.compile(r"(?<![\uff61-\uff9f])[\uff61-\uff9f](?![\uff61-\uff9f])")
_PRIVATE_USE = re.compile(r"[\ue000-\uf8ff]")
_BINARY_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


def decode(data: bytes, name: str) -> tuple[str, str]:
    """The text of a CSV file and the name of the encoding it was read in."""
    for bom, codec, label, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec), label
            except UnicodeDecodeError as e:
                raise ImportFileError(
                    msg.BAD_BYTE_AFTER_BOM(
                        name=name, encoding=encoding, byte=f"{len(bom) + e.start + 1:,}"
                    )
                ) from None
    if b"\x00" in data:
        return _utf16_without_bom(data, name)
    try:
        return data.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError:
        pass
    _refuse_mixed(data, name)
    try:
        text = data.decode("cp932")
    except UnicodeDecodeError:
        pass
    else:
        if looks_japanese(text):
            return text, "Shift_JIS (CP932, Japanese Excel)"
    try:
        return data.decode("cp1252"), "Windows-1252 (Western European Excel)"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "Latin-1 (ISO 8859-1)"


def _refuse_mixed(data: bytes, name: str) -> None:
    """An ImportFileError when some lines are UTF-8 (with non-ASCII text) and others are
    not: one encoding for the whole file would turn half of the names into mojibake
    ("BertÃ¨"), and which half is right cannot be guessed."""
    utf8_line = other_line = 0
    for number, line in enumerate(data.splitlines(), start=1):
        if line.isascii():
            continue
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            other_line = other_line or number
        else:
            utf8_line = utf8_line or number
        if utf8_line and other_line:
            raise ImportFileError(
                msg.MIXED_ENCODINGS(name=name, utf8_line=utf8_line, other_line=other_line)
            )


def looks_japanese(text: str) -> bool:
    """True when ``text`` (read as CP932) is Japanese rather than Latin text misread: it has
    Japanese characters, no private-use ones, and at most half of them look misread."""
    japanese = len(_JAPANESE.findall(text))
    if japanese == 0 or _PRIVATE_USE.search(text):
        return False
    suspect = sum(len(p.findall(text)) for p in _TOUCHING_LATIN)
    suspect += len(_LONE_HALF_KANA.findall(text))
    return suspect * 2 <= japanese


def _utf16_without_bom(data: bytes, name: str) -> tuple[str, str]:
    """UTF-16 text has a NUL in every other byte where it is ASCII; anything else with NULs is
    not text."""
    head = data[:4096]
    even, odd = head[0::2].count(0), head[1::2].count(0)
    codec = "utf-16-le" if odd > 3 * even else "utf-16-be" if even > 3 * odd else None
    if codec is not None and len(data) % 2 == 0:
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            pass
        else:
            if "\x00" not in text:
                return text, "UTF-16 without BOM"
    raise ImportFileError(msg.NOT_A_SPREADSHEET(name=name))


def check_text(text: str, name: str) -> None:
    """Refuse a binary file that happened to decode: text has (almost) no control characters."""
    controls = len(_BINARY_CONTROLS.findall(text))
    if "\x00" in text or controls > 2 + len(text) // 100:
        raise ImportFileError(msg.NOT_A_SPREADSHEET(name=name))


def sniff_delimiter(text: str) -> str | None:
    """The delimiter that splits the first records most consistently into as many fields as
    the header has (two or more), quotes honoured; None for one column."""
    sample = text[:_SNIFF_CHARS]
    truncated = len(text) > len(sample)
    best: tuple[float, int] = (0.0, 1)  # one column: the score to beat
    chosen: str | None = None
    for delimiter in DELIMITERS:
        try:
            records = _records(sample, delimiter, limit=_SNIFF_RECORDS + 1)
        except csv.Error:
            continue
        if truncated or len(records) > _SNIFF_RECORDS:
            records = records[:-1]  # maybe cut in the middle
        # records with something in them (delimiters alone count: Excel's blank rows)
        counts = [len(f) for _, f in records if len(f) > 1 or (f and f[0].strip())]
        if not counts or counts[0] < 2:
            continue
        score = (sum(c == counts[0] for c in counts) / len(counts), counts[0])
        if score > best:
            best, chosen = score, delimiter
    return chosen


def _records(text: str, delimiter: str, limit: int | None = None) -> Grid:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=False)
    out: Grid = []
    try:
        for number, fields in enumerate(reader, start=1):
            out.append((number, fields))
            if limit is not None and number >= limit:
                break
    except csv.Error as e:  # the csv module's messages do not say where
        raise csv.Error(f"line {reader.line_num}: {e}") from None
    return out


def read_csv(data: bytes, name: str) -> tuple[Grid, list[str]]:
    """The records of a CSV file and notes saying how it was read."""
    text, encoding = decode(data, name)
    check_text(text, name)
    delimiter = sniff_delimiter(text)
    try:
        grid = _records(text, delimiter or "\x00")  # one column: no NUL is left in text
    except csv.Error as e:
        raise ImportFileError(msg.BAD_CSV(name=name, reason=str(e))) from None
    how = f"delimiter: {DELIMITERS[delimiter]}" if delimiter else "one column (no delimiter)"
    return grid, [f"Read as CSV text: encoding {encoding}, {how}."]
