"""A spreadsheet as read: one header row and the rows under it, whatever file it came from."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

# A cell as the reader found it: text (NFC, control characters removed, trimmed), a number,
# a boolean, a date or a date and time (an .xlsx date cell), or nothing.
Cell = str | int | float | bool | date | datetime | None


@dataclass(frozen=True)
class Table:
    source: str  # the file's name, for messages
    sheet: str | None  # the .xlsx sheet read; None for a CSV file
    headers: tuple[str, ...]  # one per column, never empty, unique ("Email (2)")
    rows: tuple[tuple[Cell, ...], ...]  # each as long as headers; blank rows left out
    row_numbers: tuple[int, ...]  # each row's number as the spreadsheet shows it (1-based)
    notes: tuple[str, ...] = ()  # what the reader noticed: encoding, delimiter, formulas …

    def column(self, header: str) -> list[Cell]:
        i = self.headers.index(header)
        return [row[i] for row in self.rows]
