"""Excel workbooks (.xlsx), read with python-calamine after checking the zip ourselves.

python-calamine reads 10,000 rows in about 0.2 s where openpyxl takes 3–5 s
(``benchmarks/bench_import_read.py``), but it trusts the file: it would expand a zip bomb,
and it allocates one cell for every position between the first and the last cell of a sheet
(a stray value in XFD1048576 asks for 17 billion and aborts the process). So before calamine
sees a byte, every member is inflated here once, by our own loop: real sizes and ratios are
checked against limits (not the sizes the zip claims), no XML may carry a DOCTYPE (entity
expansion), and each sheet's extent is measured from its cell references. calamine then reads
the very same bytes, from memory.
"""

from __future__ import annotations

import io
import re
import struct
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from posixpath import dirname, join, normpath
from xml.etree import ElementTree

from python_calamine import CalamineError, CalamineWorkbook, SheetTypeEnum, SheetVisibleEnum

from app.importing import messages as msg
from app.importing.errors import ImportFileError
from app.importing.table import Cell

MAX_UNPACKED_BYTES = 200 * 1024 * 1024  # all members inflated
MAX_RATIO = 100  # inflated / compressed, per member over 1 MiB (Apache POI's limit too)
MAX_MEMBERS = 10_000
MAX_CELLS = 2_000_000  # rows × columns of a sheet's area, from A1 to its last cell

# What zipfile may raise on a damaged archive (the sizes are already checked by then).
_ZIP_ERRORS = (
    zipfile.BadZipFile,
    NotImplementedError,
    RuntimeError,
    zlib.error,
    EOFError,
    ValueError,
    OSError,
    KeyError,
)

Grid = list[tuple[int, list[Cell]]]
_RawCell = int | float | str | bool | time | date | datetime | timedelta

_CHUNK = 1024 * 1024
_BINARY_SUFFIXES = (
    ".bin",
    ".png",
    ".jpeg",
    ".jpg",
    ".gif",
    ".emf",
    ".wmf",
    ".tif",
    ".tiff",
    ".bmp",
)
# "<!DOCTYPE" / "<!ENTITY" (any case) in UTF-8 and both UTF-16s: "<!" then D or E.
_DTD = re.compile(rb"<!\s*[DEde]|<\x00!\x00[DEde]\x00|\x00<\x00!\x00[DEde]")
# Cell and row references (r="B12", r="12"): the sheet's extent, as calamine will place them.
# Either quote, spaces around "=": XML allows both, and a guard must not be walked around.
_COLUMN = re.compile(rb"r\s*=\s*[\"']\$?([A-Za-z]{1,3})")
_ROW = re.compile(rb"r\s*=\s*[\"']\$?[A-Za-z]{0,3}\$?([0-9]{1,9})[\"']")
# A formula cell without a cached value (what openpyxl and other libraries write).
_NO_VALUE = (
    re.compile(rb"</f>(?:<v ?/>|<v></v>)?</c>"),
    re.compile(rb"<f [^>]*/>(?:<v ?/>|<v></v>)?</c>"),
)
_CUT = re.compile(rb"<(?:\w+:)?(?:c|row)[\s>/]")


@dataclass
class _Part:
    """What the scan saw in one member."""

    max_row: int = 0
    max_col: int = 0
    formulas: int = 0
    no_value: int = 0
    errors: int = 0


@dataclass
class Workbook:
    """A checked workbook: its bytes, and the scan's findings per sheet name."""

    name: str
    data: bytes
    parts: dict[str, _Part] = field(default_factory=dict)  # member name → scan
    sheet_parts: dict[str, str] = field(default_factory=dict)  # sheet name → member name
    calamine: CalamineWorkbook | None = None  # opened once, when first needed


def open_workbook(data: bytes, name: str) -> Workbook:
    """Check the zip (limits, bombs, DTDs) and map sheets to their parts; nothing is parsed
    by calamine yet."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except _ZIP_ERRORS:
        raise ImportFileError(msg.DAMAGED(name=name)) from None
    if len(infos) > MAX_MEMBERS:
        raise ImportFileError(msg.TOO_MANY_PARTS(name=name, parts=f"{len(infos):,}"))
    if sum(i.file_size for i in infos) > MAX_UNPACKED_BYTES:
        raise _too_big(name)
    for info in infos:
        if info.flag_bits & 0x1:
            raise ImportFileError(msg.ENCRYPTED(name=name))
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise ImportFileError(msg.DAMAGED(name=name))
    names = {i.filename for i in infos}
    book = Workbook(name, data)
    total = 0
    for info in infos:
        part, size = _scan(data, info, name, MAX_UNPACKED_BYTES - total)
        total += size
        book.parts[info.filename] = part
    _refuse_other_documents(archive, names, name)
    book.sheet_parts = _sheet_parts(archive, names, name)
    if any(_is_binary(p) for p in book.sheet_parts.values()):
        raise ImportFileError(msg.DAMAGED(name=name))
    return book


def _is_binary(member: str) -> bool:
    """Parts that are not XML (images, the macros of an .xlsm): not searched for a DTD."""
    return member.lower().endswith(_BINARY_SUFFIXES)


def _too_big(name: str) -> ImportFileError:
    return ImportFileError(msg.UNPACKS_TOO_LARGE(name=name, limit=MAX_UNPACKED_BYTES // 2**20))


def _refuse_other_documents(archive: zipfile.ZipFile, names: set[str], name: str) -> None:
    if "mimetype" in names:
        kind = _read(archive, "mimetype", name)[:100]
        if b"opendocument.spreadsheet" in kind:
            raise ImportFileError(msg.OPENDOCUMENT(name=name))
    if "xl/workbook.bin" in names:
        raise ImportFileError(msg.BINARY_WORKBOOK(name=name))
    if "word/document.xml" in names or any(n.startswith("ppt/") for n in names):
        raise ImportFileError(msg.WORD_OR_POWERPOINT(name=name))


def _scan(data: bytes, info: zipfile.ZipInfo, name: str, budget: int) -> tuple[_Part, int]:
    """Inflate one member with our own loop: its real size within ``budget`` and the ratio
    limit, its CRC, no DTD; for XML, the extent of cell references and formula counts."""
    damaged = ImportFileError(msg.PART_DAMAGED(name=name, part=info.filename))
    offset = info.header_offset
    header = data[offset : offset + 30]
    if len(header) < 30 or header[:4] != b"PK\x03\x04":
        raise damaged
    name_len, extra_len = struct.unpack("<HH", header[26:30])
    start = offset + 30 + name_len + extra_len
    raw = memoryview(data)[start : start + info.compress_size]
    if len(raw) < info.compress_size:
        raise damaged
    part, size, crc, tail, carry = _Part(), 0, 0, b"", b""
    binary = _is_binary(info.filename)
    limit = min(budget, max(MAX_RATIO * info.compress_size, 2**20))
    for chunk in _inflate(raw, info.compress_type == zipfile.ZIP_DEFLATED, damaged):
        size += len(chunk)
        if size > limit:
            if size > budget:
                raise _too_big(name)
            raise ImportFileError(msg.ZIP_BOMB(name=name, part=info.filename, ratio=MAX_RATIO))
        crc = zlib.crc32(chunk, crc)
        if binary:
            continue
        if _DTD.search(tail + chunk[:16]) or (b"<" in chunk and _DTD.search(chunk)):
            raise ImportFileError(msg.XML_DOCTYPE(name=name, part=info.filename))
        tail = chunk[-16:]
        carry = _measure(part, carry + chunk, final=False)
    _measure(part, carry, final=True)
    if size != info.file_size or crc != info.CRC:
        raise damaged
    return part, size


def _inflate(raw: memoryview, deflated: bool, damaged: ImportFileError) -> Iterator[bytes]:
    """The member's bytes, a chunk at a time (never more than one chunk held)."""
    if not deflated:
        for i in range(0, len(raw), _CHUNK):
            yield bytes(raw[i : i + _CHUNK])
        return
    inflater = zlib.decompressobj(-15)
    try:
        for i in range(0, len(raw), _CHUNK):
            pending: bytes | memoryview = raw[i : i + _CHUNK]
            while pending and not inflater.eof:
                out = inflater.decompress(pending, _CHUNK)
                if out:
                    yield out
                pending = inflater.unconsumed_tail
            if inflater.eof:
                break
        rest = inflater.flush()
    except zlib.error:
        raise damaged from None
    if rest:
        yield rest
    if not inflater.eof:
        raise damaged


def _measure(part: _Part, text: bytes, *, final: bool) -> bytes:
    """Count in the complete cells of ``text``; return the unfinished rest."""
    if not final:
        cuts = [m.start() for m in _CUT.finditer(text, max(0, len(text) - 65536))]
        cut = cuts[-1] if cuts and (cuts[-1] or len(text) < 2**21) else max(0, len(text) - 1024)
        text, rest = text[:cut], text[cut:]
    else:
        rest = b""
    letters = set(_COLUMN.findall(text))
    if letters:
        part.max_col = max(part.max_col, *(column_number(x.decode()) for x in letters))
    rows = _ROW.findall(text)
    if rows:
        part.max_row = max(part.max_row, *map(int, rows))
    formulas = sum(text.count(f) for f in (b"<f>", b"<f ", b":f>", b":f "))
    if formulas:
        part.formulas += formulas
        part.no_value += sum(len(p.findall(text)) for p in _NO_VALUE)
    part.errors += text.count(b' t="e"')
    return rest


def column_number(letters: str) -> int:
    """1 for A, 27 for AA."""
    n = 0
    for ch in letters.upper():
        n = n * 26 + ord(ch) - 64
    return n


def _read(archive: zipfile.ZipFile, member: str, name: str) -> bytes:
    """A small part already inflated and checked by ``_scan``."""
    try:
        return archive.read(member)
    except _ZIP_ERRORS:
        raise ImportFileError(msg.PART_DAMAGED(name=name, part=member)) from None


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _sheet_parts(archive: zipfile.ZipFile, names: set[str], name: str) -> dict[str, str]:
    """Sheet name → its worksheet member, from the workbook and its relationships (no DTD can
    be left by now, so the standard library's parser is safe here)."""
    not_workbook = ImportFileError(msg.NOT_A_WORKBOOK(name=name))
    try:
        book_path = "xl/workbook.xml"
        if "_rels/.rels" in names:
            for rel in ElementTree.fromstring(_read(archive, "_rels/.rels", name)):
                if rel.get("Type", "").endswith("/officeDocument"):
                    book_path = normpath(rel.get("Target", book_path).lstrip("/"))
        if book_path not in names:
            raise not_workbook
        folder = dirname(book_path)
        rels_path = join(folder, "_rels", book_path.rsplit("/", 1)[-1] + ".rels")
        targets: dict[str, str] = {}
        if rels_path in names:
            for rel in ElementTree.fromstring(_read(archive, rels_path, name)):
                target = rel.get("Target", "")
                full = target.lstrip("/") if target.startswith("/") else join(folder, target)
                targets[rel.get("Id", "")] = normpath(full)
        out: dict[str, str] = {}
        for el in ElementTree.fromstring(_read(archive, book_path, name)).iter():
            if _local(el.tag) == "sheet":
                rid = next((v for k, v in el.attrib.items() if _local(k) == "id"), "")
                if rid in targets:
                    out[el.get("name", "")] = targets[rid]
        return out
    except ElementTree.ParseError:
        raise not_workbook from None


@dataclass(frozen=True)
class Sheet:
    name: str
    visible: bool


def _panicked(e: BaseException) -> bool:
    """A Rust panic inside calamine reaches Python as pyo3's PanicException, a BaseException:
    on a damaged file it is the file's fault, not ours."""
    return type(e).__name__ == "PanicException"


def _calamine(book: Workbook) -> CalamineWorkbook:
    if book.calamine is not None:
        return book.calamine
    try:
        book.calamine = CalamineWorkbook.from_filelike(io.BytesIO(book.data))
        return book.calamine
    except BaseException as e:
        if not isinstance(e, CalamineError) and not _panicked(e):
            raise
        raise ImportFileError(msg.DAMAGED_BECAUSE(name=book.name, reason=str(e))) from None


def worksheets(book: Workbook) -> list[Sheet]:
    """The workbook's worksheets (not chart sheets), in order."""
    wb = _calamine(book)
    return [
        Sheet(m.name, m.visible == SheetVisibleEnum.Visible)
        for m in wb.sheets_metadata
        if m.typ == SheetTypeEnum.WorkSheet
    ]


def _area(book: Workbook, sheet: str) -> _Part:
    member = book.sheet_parts.get(sheet)
    if member is not None and member in book.parts:
        return book.parts[member]
    # Unmapped: assume the worst of all parts.
    worst = _Part()
    for p in book.parts.values():
        worst.max_row, worst.max_col = max(worst.max_row, p.max_row), max(worst.max_col, p.max_col)
    return worst


def read_sheet(
    book: Workbook, sheet: str
) -> tuple[Grid, list[tuple[int, int, int, int]], list[str]]:
    """A sheet's cells from A1 (row numbers as Excel shows them), its merged areas as 0-based
    (first row, first column, last row, last column), and notes."""
    part = _area(book, sheet)
    cells = part.max_row * max(part.max_col, 1)
    if cells > MAX_CELLS:
        raise ImportFileError(
            msg.SHEET_TOO_LARGE(
                sheet=sheet,
                name=book.name,
                row=f"{part.max_row:,}",
                column=column_letters(part.max_col),
                cells=f"{cells:,}",
                limit=f"{MAX_CELLS:,}",
            )
        )
    try:
        wb = _calamine(book)
        calamine_sheet = wb.get_sheet_by_name(sheet)
        values = calamine_sheet.to_python(skip_empty_area=False)
        merged = calamine_sheet.merged_cell_ranges or []
    except BaseException as e:
        if not isinstance(e, CalamineError) and not _panicked(e):
            raise
        raise ImportFileError(
            msg.SHEET_UNREADABLE(sheet=sheet, name=book.name, reason=str(e))
        ) from None
    grid: Grid = [(i, [_cell(v) for v in row]) for i, row in enumerate(values, start=1)]
    areas = [(r1, c1, r2, c2) for (r1, c1), (r2, c2) in merged]
    notes: list[str] = []
    if part.formulas:
        notes.append("Formulas read as their last computed values.")
    if part.no_value:
        notes.append(
            f"{part.no_value:,} formula cells have no saved value (the file was not saved by "
            "Excel): they are read as empty; open and save the file in Excel to fill them."
        )
    if part.errors:
        notes.append(f"{part.errors:,} cells hold an Excel error (#N/A, #DIV/0! …): read as empty.")
    return grid, areas, notes


def _cell(value: _RawCell) -> Cell:
    """calamine's value as a Table cell: "" → None, whole floats → int, midnight → date,
    times and durations → text as Excel shows them."""
    if isinstance(value, str):
        return value or None
    if isinstance(value, float):
        return int(value) if value.is_integer() and abs(value) < 2**53 else value
    if isinstance(value, datetime):
        return value.date() if value.time() == time(0) else value
    if isinstance(value, time):
        return value.strftime("%H:%M:%S" if value.second else "%H:%M")
    if isinstance(value, timedelta):
        seconds = int(value.total_seconds())
        sign, seconds = ("-" if seconds < 0 else ""), abs(seconds)
        return f"{sign}{seconds // 3600}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"
    return value


def column_letters(n: int) -> str:
    """A for 1, AA for 27."""
    letters = ""
    while n > 0:
        n, rest = divmod(n - 1, 26)
        letters = chr(65 + rest) + letters
    return letters
