"""Tables as an .xlsx workbook (xlsxwriter), one sheet each, ready to filter.

Each sheet has a bold, frozen header row with an autofilter over the data, and columns as
wide as their content (kanji and kana count double, up to a limit). Numbers are number
cells, dates and times real date cells (wall times in the mission's zone; the zone is in a
column beside them, since Excel has no zoned times), text always a string cell — never a
formula, whatever it starts with; formula-like text also carries Excel's quote prefix, so
editing the cell keeps it text.
"""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

import xlsxwriter
import xlsxwriter.exceptions

from app.common import messages as files_msg
from app.common.files import atomic_path
from app.exporting.cells import display_width, is_formula_like
from app.exporting.errors import ExportError
from app.exporting.tables import Cell, Column, Kind, Sheet

MAX_WIDTH = 60  # characters; longer text is cut on screen, never in the cell
MIN_WIDTH = 5
FILTER_BUTTON = 3  # room for the autofilter's drop-down in the header
FIXED_WIDTHS = {Kind.DATE: 11, Kind.DATETIME: 17, Kind.BOOLEAN: 5}
DATE_FORMAT = "yyyy-mm-dd"
DATETIME_FORMAT = "yyyy-mm-dd hh:mm"


def column_width(column: Column, values: Sequence[Cell]) -> int:
    """The width for ``column``: the widest of its header and cells, within limits."""
    header = display_width(column.header) + FILTER_BUTTON
    fixed = FIXED_WIDTHS.get(column.kind)
    if fixed is not None:
        content = fixed
    else:
        content = max(
            (display_width(v if isinstance(v, str) else str(v)) for v in values if v is not None),
            default=0,
        )
    return max(MIN_WIDTH, min(MAX_WIDTH, max(header, content + 1)))


class _Formats:
    def __init__(self, book: Any) -> None:
        self.header = book.add_format({"bold": True, "bottom": 1, "valign": "top"})
        self.date = book.add_format({"num_format": DATE_FORMAT})
        self.datetime = book.add_format({"num_format": DATETIME_FORMAT})
        self.inert = book.add_format({"quote_prefix": True})
        self.wrap = book.add_format({"text_wrap": True, "valign": "top"})
        self.inert_wrap = book.add_format({"quote_prefix": True, "text_wrap": True})

    def text(self, value: str) -> Any:
        inert, multiline = is_formula_like(value), "\n" in value
        if inert:
            return self.inert_wrap if multiline else self.inert
        return self.wrap if multiline else None


def _write_sheet(book: Any, formats: _Formats, sheet: Sheet) -> None:
    ws = book.add_worksheet(sheet.name[:31])
    for c, column in enumerate(sheet.columns):
        ws.write_string(0, c, column.header, formats.header)
        values = [row[c] for row in sheet.rows]
        ws.set_column(c, c, column_width(column, values))
    for r, row in enumerate(sheet.rows, start=1):
        for c, value in enumerate(row):
            _write_cell(ws, formats, r, c, value)
    ws.freeze_panes(1, 0)
    ws.autofilter(0, 0, max(len(sheet.rows), 1), len(sheet.columns) - 1)


def _write_cell(ws: Any, formats: _Formats, r: int, c: int, value: Cell) -> None:
    if value is None or value == "":
        return
    if isinstance(value, bool):
        ws.write_string(r, c, "yes" if value else "no")
    elif isinstance(value, int | float):
        ws.write_number(r, c, value)
    elif isinstance(value, datetime):
        ws.write_datetime(r, c, value.replace(tzinfo=None), formats.datetime)
    elif isinstance(value, date):
        ws.write_datetime(r, c, value, formats.date)
    else:
        fmt = formats.text(value)
        if fmt is None:
            ws.write_string(r, c, value)
        else:
            ws.write_string(r, c, value, fmt)


def write_xlsx(path: Path, sheets: Sequence[Sheet], *, title: str = "") -> Path:
    """Write ``sheets`` to ``path`` atomically, one worksheet each, in order."""
    with atomic_path(path) as temporary:
        book = xlsxwriter.Workbook(
            str(temporary),
            {
                # write_string is explicit anyway; these keep any other write from guessing
                "strings_to_formulas": False,
                "strings_to_numbers": False,
                "strings_to_urls": False,
            },
        )
        book.set_properties({"title": title, "comments": "Exported by Ponte"})
        formats = _Formats(book)
        try:
            for sheet in sheets:
                _write_sheet(book, formats, sheet)
        except BaseException:
            with contextlib.suppress(Exception):  # a workbook left open complains when freed
                book.close()
            raise
        try:
            book.close()
        except xlsxwriter.exceptions.XlsxWriterException as exc:
            raise ExportError(files_msg.CANNOT_WRITE(path=path, reason=str(exc))) from exc
    return path
