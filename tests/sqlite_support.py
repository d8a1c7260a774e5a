"""A SQLite file's whole content as SQL text, to prove that something left it unchanged."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def sqlite_dump(path: Path) -> list[str]:
    """Every statement that would rebuild the file, read without writing to it."""
    con = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return list(con.iterdump())
    finally:
        con.close()
