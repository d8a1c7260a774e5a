"""One export, as ``ponte export`` and the window's Export buttons make it: the tables read
in one transaction, then written as .xlsx (one sheet each) or CSV (one table), the format
taken from the file's suffix."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from app.exporting import messages as msg
from app.exporting.csv_out import write_csv
from app.exporting.errors import ExportError
from app.exporting.tables import Sheet, export_sheets
from app.exporting.xlsx import write_xlsx
from app.store import Store

FORMATS = (".xlsx", ".csv")


def export_format(path: Path) -> str:
    """'.xlsx' or '.csv' from ``path``'s suffix (any case); ExportError otherwise."""
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise ExportError(msg.UNKNOWN_FORMAT(name=path.name))
    return suffix


def export_to(path: Path, store: Store, mission_id: int, whats: Sequence[str]) -> tuple[Sheet, ...]:
    """Write the tables ``whats`` of the mission to ``path``; the sheets written."""
    suffix = export_format(path)
    if suffix == ".csv" and len(whats) != 1:
        raise ExportError(msg.CSV_HOLDS_ONE_TABLE())
    sheets = export_sheets(store, mission_id, whats)
    if suffix == ".csv":
        write_csv(path, sheets[0])
    else:
        write_xlsx(path, sheets, title=f"Ponte: mission {mission_id}")
    return sheets
