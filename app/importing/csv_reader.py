"""CSV text as the chambers' Excel saves it: the encoding (:mod:`app.importing.encoding`) and
the delimiter found by looking, within the table's limits (:mod:`app.importing.table`)."""

from __future__ import annotations

import csv
import io
import re

from app.common.formula_cells import restore_neutralised
from app.importing import messages as msg
from app.importing.encoding import decode
from app.importing.errors import ImportFileError
from app.importing.table import MAX_CELL_CHARS, MAX_COLUMNS
from app.importing.xlsx_reader import column_letters

# The grid as read: (the record's 1-based number as a spreadsheet shows it, its fields).
Grid = list[tuple[int, list[str]]]

DELIMITERS = {",": "comma", ";": "semicolon", "\t": "tab", "|": "vertical bar"}
_SNIFF_CHARS = 64 * 1024
_SNIFF_RECORDS = 50
_FIELD_LIMIT = 2**31 - 1  # the csv module's own limit, raised: the table's is checked
_BINARY_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
# A line long enough to hold more fields than a table may have (anchored at line starts: a
# search from every position would scan each line again from each of its characters).
_LONG_LINE = re.compile(f"^[^\r\n]{{{MAX_COLUMNS},}}", re.MULTILINE)
_QUOTED = re.compile(r'"[^"]*"')


def check_text(text: str, name: str) -> None:
    """Refuse a binary file that happened to decode: text has (almost) no control characters."""
    controls = len(_BINARY_CONTROLS.findall(text))
    if "\x00" in text or controls > 2 + len(text) // 100:
        first = _BINARY_CONTROLS.search(text)
        position = first.start() + 1 if first else 1
        raise ImportFileError(msg.BINARY_CONTROLS(name=name, position=f"{position:,}"))


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
        if (truncated or len(records) > _SNIFF_RECORDS) and len(records) > 1:
            records = records[:-1]  # maybe cut in the middle (unless it is all there is)
        # records with something in them (delimiters alone count: Excel's blank rows)
        counts = [len(f) for _, f in records if len(f) > 1 or (f and f[0].strip())]
        if not counts or counts[0] < 2:
            continue
        score = (sum(c == counts[0] for c in counts) / len(counts), counts[0])
        if score > best:
            best, chosen = score, delimiter
    return chosen


def _records(text: str, delimiter: str, limit: int | None = None) -> Grid:
    # The csv module refuses a field over its limit (128 KiB) with a message that names
    # neither the row nor the column: the limit is raised (never lowered) to the largest file,
    # and the table's own limit is checked on the fields read, where they can be named.
    csv.field_size_limit(max(csv.field_size_limit(), _FIELD_LIMIT))
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=False)
    out: Grid = []
    try:
        for number, fields in enumerate(reader, start=1):
            # a cell the export made inert ('+39 …) reads back as it was saved
            out.append((number, [restore_neutralised(field) for field in fields]))
            if limit is not None and number >= limit:
                break
    except csv.Error as e:  # the csv module's messages do not say where
        raise csv.Error(f"line {reader.line_num}: {e}") from None
    return out


def _check_width(text: str, delimiter: str, name: str) -> None:
    """Refuse, before parsing, a line with more fields than a table has columns (a single
    record of millions of fields would fill the memory)."""
    for m in _LONG_LINE.finditer(text):
        line = m.group()
        columns = _QUOTED.sub("", line).count(delimiter) + 1
        if columns > MAX_COLUMNS:
            raise ImportFileError(
                msg.TOO_MANY_COLUMNS(
                    name=name,
                    columns=f"{columns:,}",
                    row=f"{text.count(chr(10), 0, m.start()) + 1:,}",
                    limit=f"{MAX_COLUMNS:,}",
                )
            )


def _check_cells(grid: Grid, name: str) -> None:
    """A field over the cell limit that runs over several lines comes from a quote left open:
    said so here (other cells over the limit are the table's business, for every format)."""
    for number, fields in grid:
        if max(map(len, fields), default=0) <= MAX_CELL_CHARS:
            continue
        for i, field in enumerate(fields):
            if len(field) > MAX_CELL_CHARS and "\n" in field:
                raise ImportFileError(
                    msg.CELL_TOO_LARGE_QUOTE(
                        name=name,
                        row=f"{number:,}",
                        column=column_letters(i + 1),
                        size=f"{len(field):,}",
                        lines=f"{field.count(chr(10)) + 1:,}",
                        limit=f"{MAX_CELL_CHARS:,}",
                    )
                )


def read_csv(data: bytes, name: str, encoding: str | None = None) -> tuple[Grid, list[str]]:
    """The records of a CSV file and notes saying how it was read (``encoding``: the one the
    user named, else found)."""
    decoded = decode(data, name, encoding)
    text = decoded.text
    check_text(text, name)
    delimiter = sniff_delimiter(text)
    _check_width(text, delimiter or "\x00", name)
    try:
        grid = _records(text, delimiter or "\x00")  # one column: no NUL is left in text
    except csv.Error as e:
        raise ImportFileError(msg.BAD_CSV(name=name, reason=str(e))) from None
    _check_cells(grid, name)
    how = f"delimiter: {DELIMITERS[delimiter]}" if delimiter else "one column (no delimiter)"
    return grid, [f"Read as CSV text: encoding {decoded.label}, {how}."]
