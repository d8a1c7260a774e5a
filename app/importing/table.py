"""A spreadsheet as read: one header row and the rows under it, whatever file it came from."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from app.common.wording import Message

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


# The limits of a table, the same for every format (Excel's own: a sheet has 16,384 columns,
# XFD, and a cell holds 32,767 characters; a file past them cannot have come from Excel).
MAX_COLUMNS = 16_384
MAX_CELL_CHARS = 32_767
# The most of a cell any message, note or report shows.
SHOWN_CHARS = 200


def shown(text: str, limit: int = SHOWN_CHARS) -> str:
    """``text`` as a message shows a cell: whole when short, else its start, "…" and how
    long it is (the one place that shortens cells for reports)."""
    if len(text) <= limit:
        return text
    return f"{text[: limit - 1]}… ({len(text):,} characters)"


def shortened(message: Message) -> Message:
    """``message`` with every text in it :func:`shown` (also in the messages inside it): a
    row's report names cells, and a cell may be long."""
    params: dict[str, object] = {}
    for key, value in message.params.items():
        if isinstance(value, str):
            value = shown(value)
        elif isinstance(value, Message):
            value = shortened(value)
        params[key] = value
    return message.wording(**params)
