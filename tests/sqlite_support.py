"""A SQLite file's whole content as SQL text, to prove that something left it unchanged."""

from __future__ import annotations

import sqlite3
from pathlib import Path

_AUDIT_ROW = 'INSERT INTO "audit_entry"'


def sqlite_dump(path: Path) -> list[str]:
    """Every statement that would rebuild the file, read without writing to it; without the
    audit log's rows (it grows with every change, an undo too)."""
    con = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return [line for line in con.iterdump() if not line.startswith(_AUDIT_ROW)]
    finally:
        con.close()
