"""One table as a CSV file that Excel opens with its Japanese and accents intact.

UTF-8 with a byte-order mark (Excel on Windows reads a CSV without one in the ANSI code
page: cp1252 in Italy, cp932 in Japan), ``,`` between fields, CRLF between records, fields
quoted when they hold a comma, a quote or a line break (RFC 4180). A text cell a spreadsheet
would run as a formula gets an apostrophe in front (``cells.neutralise``).
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from datetime import date, datetime
from pathlib import Path

from app.common.files import atomic_path
from app.exporting.cells import neutralise
from app.exporting.tables import Cell, Sheet


def csv_value(value: Cell) -> str:
    """A cell as CSV text: dates ISO (``2027-10-13``, ``2027-10-13 14:00``), booleans
    yes/no, numbers as digits, text neutralised."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    return neutralise(value)


def csv_rows(sheet: Sheet) -> Iterable[list[str]]:
    yield [neutralise(h) for h in sheet.headers]
    for row in sheet.rows:
        yield [csv_value(v) for v in row]


def write_csv(path: Path, sheet: Sheet) -> Path:
    """Write ``sheet`` to ``path`` atomically."""
    with (
        atomic_path(path) as temporary,
        open(temporary, "w", encoding="utf-8-sig", newline="") as out,
    ):
        writer = csv.writer(out, delimiter=",", quotechar='"', lineterminator="\r\n")
        writer.writerows(csv_rows(sheet))
    return path
