"""Reading an import file into a :class:`Table`, whatever the chambers sent: .xlsx or CSV.

The format is decided by the file's first bytes, not its name. Every file that cannot be read
raises :class:`ImportFileError` with a message naming it; nothing else escapes. The rules of
the table, the same for both formats:

* the header row is the first non-blank row; headers are NFC, without control characters,
  whitespace collapsed; an empty header is named after its column ("Column C"), and an
  unnamed column with nothing in it is left out; a repeated header (compared case-blind)
  gets a number ("Email (2)") and a note; a header cell merged over several columns gives
  each of them the header ("Name", "Name (2)");
* the table is as wide as its widest row: values beyond the header are kept, under "Column
  F", with a note naming their rows; fully blank rows are left out; row numbers are the
  spreadsheet's own;
* text is NFC, without control or invisible formatting characters (line breaks and tabs
  become one space), trimmed; empty text is None. CSV cells stay text (the columns' types
  are the mapping's business); .xlsx numbers stay numbers (whole ones as int), dates stay
  dates (a date and time at midnight is a date), times become "09:30".
"""

from __future__ import annotations

import os
import re
import stat
import unicodedata
from collections.abc import Sequence
from pathlib import Path

from app.common.wording import Message, Wording
from app.importing import messages as msg
from app.importing.csv_reader import read_csv
from app.importing.errors import ImportFileError
from app.importing.table import MAX_CELL_CHARS, SHOWN_CHARS, Cell, Table, shown
from app.importing.xlsx_reader import column_letters, open_workbook, read_sheet, worksheets

MAX_FILE_BYTES = 50 * 1024 * 1024
_LIMIT_MB = MAX_FILE_BYTES // 2**20

_ZIP = (b"PK\x03\x04", b"PK\x05\x06")
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_NOT_SPREADSHEETS: tuple[tuple[bytes, Wording], ...] = (
    (b"%PDF-", msg.KIND_PDF),
    (b"\x89PNG\r\n\x1a\n", msg.KIND_PNG),
    (b"\xff\xd8\xff", msg.KIND_JPEG),
    (b"GIF8", msg.KIND_GIF),
    (b"\x1f\x8b", msg.KIND_GZIP),
    (b"Rar!", msg.KIND_RAR),
    (b"7z\xbc\xaf", msg.KIND_7ZIP),
    (b"{\\rtf", msg.KIND_RTF),
)
# C0 and C1 controls and the invisible formatting characters (Unicode Cc and Cf); a test
# checks this against unicodedata. Line breaks and tabs are turned into spaces first.
_INVISIBLE = re.compile(
    "[\x00-\x1f\x7f-\x9f\xad\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2\u180e"
    "\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb"
    "\U000110bd\U000110cd\U00013430-\U0001343f\U0001bca0-\U0001bca3\U0001d173-\U0001d17a"
    "\U000e0001\U000e0020-\U000e007f]"
)
# A web page or an XML file (what "Save as Web Page" and "XML Spreadsheet 2003" write, and
# what some systems export under an .xls name): its first tag, after a BOM and blanks.
_MARKUP = re.compile(
    rb"\s*<(?:\?xml|!doctype\s+html|html|head|body|table|meta|style|div|!--|workbook)[\s>/]",
    re.IGNORECASE,
)
_SPREADSHEET_XML = b"urn:schemas-microsoft-com:office:spreadsheet"
_SUFFIXES = (".xls", ".xlsx", ".xlsm", ".csv", ".txt")
_BREAKS = re.compile("[\t\n\x0b\x0c\r\x85\u2028\u2029]+")
_SPACES = re.compile(r"\s+")


def read_table(path: Path, *, sheet: str | None = None, encoding: str | None = None) -> Table:
    """The table in ``path`` (.xlsx: ``sheet``, or the first sheet with data; CSV: ``sheet``
    is ignored, ``encoding`` the one to read it in, else found). Raises ImportFileError for
    any file that cannot be read as one."""
    name, data = _load(path)
    if data.startswith(_ZIP):
        return _read_xlsx(data, name, sheet)
    records, notes = read_csv(data, name, encoding)
    grid: list[tuple[int, list[Cell]]] = [(n, list(fields)) for n, fields in records]
    return build_table(name, None, grid, [], notes)


def sheet_names(path: Path) -> list[str]:
    """The visible worksheets of an .xlsx file, in order; [] for a CSV file."""
    name, data = _load(path)
    if not data.startswith(_ZIP):
        return []
    return [s.name for s in worksheets(open_workbook(data, name)) if s.visible]


def _load(path: Path) -> tuple[str, bytes]:
    """The file's bytes, once it is known to be a regular file, not too big, and not another
    kind of file. A pipe or a device is refused before it is opened (reading one could wait
    for ever or never end); the read stops past the size limit whatever the size said."""
    name = path.name
    try:
        status = os.stat(path)
        _refuse_not_regular(status.st_mode, name)
        size = status.st_size
        if size > MAX_FILE_BYTES:
            raise ImportFileError(
                msg.TOO_LARGE(name=name, size=f"{size / 2**20:,.1f}", limit=_LIMIT_MB)
            )
        # O_NONBLOCK: should the path have become a pipe since, opening it does not wait
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
        with os.fdopen(fd, "rb") as f:
            _refuse_not_regular(os.fstat(f.fileno()).st_mode, name)
            data = f.read(MAX_FILE_BYTES + 1)
    except OSError as e:
        raise ImportFileError(msg.CANNOT_OPEN(name=name, reason=e.strerror or str(e))) from None
    if len(data) > MAX_FILE_BYTES:  # grew since, or said it was smaller
        raise ImportFileError(msg.GREW_TOO_LARGE(name=name, limit=_LIMIT_MB))
    if not data or data.isspace():
        raise ImportFileError(msg.EMPTY(name=name))
    if data.startswith(_OLE):
        if "EncryptedPackage".encode("utf-16-le") in data:
            raise ImportFileError(msg.PASSWORD_PROTECTED(name=name))
        raise ImportFileError(msg.OLD_EXCEL(name=name))
    for magic, kind in _NOT_SPREADSHEETS:
        if data.startswith(magic):
            raise ImportFileError(msg.OTHER_KIND(name=name, kind=kind()))
    _refuse_markup(data, path)
    return name, data


def _refuse_not_regular(mode: int, name: str) -> None:
    kind = (
        msg.KIND_FOLDER
        if stat.S_ISDIR(mode)
        else msg.KIND_PIPE
        if stat.S_ISFIFO(mode)
        else msg.KIND_DEVICE
        if stat.S_ISCHR(mode) or stat.S_ISBLK(mode)
        else msg.KIND_SOCKET
        if stat.S_ISSOCK(mode)
        else None
    )
    if kind is not None or not stat.S_ISREG(mode):
        raise ImportFileError(msg.NOT_REGULAR(name=name, kind=(kind or msg.KIND_DEVICE)()))


def _refuse_markup(data: bytes, path: Path) -> None:
    """A web page or an XML file, whatever its name, is refused with what it is."""
    head = data[:4096]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")) or head[:200].count(0) > 20:
        codec = "utf-16-be" if head.startswith(b"\xfe\xff") or head[:1] == b"\x00" else "utf-16-le"
        head = head.decode(codec, "ignore").encode("utf-8", "ignore")
    head = head.removeprefix(b"\xef\xbb\xbf").lstrip(b"\xef\xbb\xbf \t\r\n")
    if not _MARKUP.match(head):
        return
    lowered = head.lower()
    if _SPREADSHEET_XML in lowered:
        kind = msg.KIND_SPREADSHEET_XML()
    elif b"<html" in lowered or b"<!doctype html" in lowered or not head.startswith(b"<?"):
        kind = msg.KIND_WEB_PAGE()
    else:
        kind = msg.KIND_XML()
    suffix = path.suffix.lower()
    if suffix in _SUFFIXES:
        raise ImportFileError(msg.MARKUP_NAMED(name=path.name, kind=kind, suffix=suffix))
    raise ImportFileError(msg.MARKUP(name=path.name, kind=kind))


def _read_xlsx(data: bytes, name: str, wanted: str | None) -> Table:
    book = open_workbook(data, name)
    sheets = worksheets(book)
    if wanted is not None:
        if wanted not in [s.name for s in sheets]:
            listed: str | Message = ", ".join(f'"{s.name}"' for s in sheets if s.visible)
            raise ImportFileError(
                msg.NO_SUCH_SHEET(name=name, sheet=wanted, sheets=listed or msg.NO_SHEETS())
            )
        grid, merged, notes = read_sheet(book, wanted)
        return build_table(name, wanted, grid, merged, notes)
    # The first visible sheet with data, else a hidden one.
    for s in sorted(sheets, key=lambda s: not s.visible):
        grid, merged, notes = read_sheet(book, s.name)
        if any(_clean(v) is not None for _, row in grid for v in row):
            if len(sheets) > 1:
                notes.insert(0, f'Sheet "{s.name}" read: the first with data.')
            return build_table(name, s.name, grid, merged, notes)
    raise ImportFileError(msg.NO_SHEET_WITH_DATA(name=name))


def build_table(
    source: str,
    sheet: str | None,
    grid: list[tuple[int, list[Cell]]],
    merged: Sequence[tuple[int, int, int, int]],
    notes: list[str],
) -> Table:
    """The table rules (module docstring) applied to a grid whose column 0 is column A."""
    where: str | Message = (
        msg.SHEET_IN_FILE(sheet=sheet, name=source) if sheet is not None else source
    )
    notes = list(notes)
    _refuse_large_cells(grid, where, cut=sheet is not None)
    _fill_merged(grid, merged, notes)
    rows = [(n, [_clean(v) for v in cells]) for n, cells in grid]
    rows = [(n, cells) for n, cells in rows if any(v is not None for v in cells)]
    if not rows:
        raise ImportFileError(msg.EMPTY(name=where))
    (header_number, header_cells), body = rows[0], rows[1:]
    if not body:
        raise ImportFileError(msg.NO_ROWS(name=where, row=header_number))
    width = max(_extent(cells) for _, cells in rows)
    titles = [_header(header_cells[i] if i < len(header_cells) else None) for i in range(width)]
    keep = [
        i
        for i in range(width)
        if titles[i] or any(i < len(cells) and cells[i] is not None for _, cells in body)
    ]
    unnamed: list[str] = []
    for i in keep:
        if not titles[i]:
            titles[i] = f"Column {column_letters(i + 1)}"
            where_rows = [n for n, cells in body if i < len(cells) and cells[i] is not None]
            shown = ", ".join(str(n) for n in where_rows[:5]) + (
                " …" if len(where_rows) > 5 else ""
            )
            unnamed.append(f"{titles[i]} (row{'s' if len(where_rows) > 1 else ''} {shown})")
    if unnamed:
        notes.append(f"Values without a header were kept under {', '.join(unnamed)}.")
    headers = _unique([titles[i] for i in keep], notes)
    table_rows = tuple(
        tuple(cells[i] if i < len(cells) else None for i in keep) for _, cells in body
    )
    if header_number > 1:
        notes.append(f"The header is row {header_number}.")
    return Table(
        source=source,
        sheet=sheet,
        headers=tuple(headers),
        rows=table_rows,
        row_numbers=tuple(n for n, _ in body),
        notes=tuple(notes),
    )


def _refuse_large_cells(
    grid: list[tuple[int, list[Cell]]], where: str | Message, *, cut: bool
) -> None:
    """A cell longer than a spreadsheet cell can be is refused, by its row and column. An
    .xlsx cell comes ``cut`` at the limit by python-calamine: one that reaches it is refused
    too, as what is beyond is lost."""
    for number, cells in grid:
        try:
            if max(map(len, cells), default=0) < MAX_CELL_CHARS:  # type: ignore[arg-type]
                continue  # a row of text (every CSV row), measured at C speed
        except TypeError:  # numbers or dates (.xlsx): one cell at a time
            pass
        for i, value in enumerate(cells):
            if not isinstance(value, str) or len(value) < MAX_CELL_CHARS:
                continue
            column, row = column_letters(i + 1), f"{number:,}"
            limit = f"{MAX_CELL_CHARS:,}"
            if cut:
                raise ImportFileError(
                    msg.CELL_AT_LIMIT(name=where, row=row, column=column, limit=limit)
                )
            if len(value) > MAX_CELL_CHARS:
                raise ImportFileError(
                    msg.CELL_TOO_LARGE(
                        name=where, row=row, column=column, size=f"{len(value):,}", limit=limit
                    )
                )


def _fill_merged(
    grid: list[tuple[int, list[Cell]]],
    merged: Sequence[tuple[int, int, int, int]],
    notes: list[str],
) -> None:
    """Give every cell of a merged area the value Excel shows there (its first cell's)."""
    filled = 0
    for r1, c1, r2, c2 in merged:
        if r1 >= len(grid) or c1 >= len(grid[r1][1]):
            continue
        value = grid[r1][1][c1]
        if value is None:
            continue
        for r in range(r1, min(r2, len(grid) - 1) + 1):
            cells = grid[r][1]
            for c in range(c1, min(c2, len(cells) - 1) + 1):
                if (r, c) != (r1, c1):
                    cells[c] = value
        filled += 1
    if filled:
        notes.append(
            f"Merged cells ({filled} areas): each of their cells was given the area's value."
        )


def _extent(cells: list[Cell]) -> int:
    for i in range(len(cells) - 1, -1, -1):
        if cells[i] is not None:
            return i + 1
    return 0


def _clean(value: Cell) -> Cell:
    """A cell's value by the table rules: text NFC, one line, no invisible characters,
    trimmed, None when empty."""
    if not isinstance(value, str):
        return value
    if value.isascii() and value.isprintable():  # the common case, much faster
        return value.strip() or None
    text = _INVISIBLE.sub("", _BREAKS.sub(" ", unicodedata.normalize("NFC", value))).strip()
    return text or None


def _header(value: Cell) -> str:
    """A header as the table names its column: one line, and no longer than a message shows
    a cell (a header is named in every report and in the window's lists)."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = value.isoformat() if hasattr(value, "isoformat") else str(value)
    return shown(_SPACES.sub(" ", text).strip(), SHOWN_CHARS)


def _unique(titles: list[str], notes: list[str]) -> list[str]:
    """Repeated headers numbered ("Email (2)"), compared case-blind."""
    originals = {t.casefold() for t in titles}
    used: set[str] = set()
    out: list[str] = []
    renamed: list[str] = []
    for title in titles:
        candidate, n = title, 1
        while candidate.casefold() in used or (n > 1 and candidate.casefold() in originals):
            n += 1
            candidate = f"{title} ({n})"
        used.add(candidate.casefold())
        out.append(candidate)
        if candidate != title:
            renamed.append(candidate)
    if renamed:
        notes.append(f"Repeated headers were numbered: {', '.join(renamed)}.")
    return out
