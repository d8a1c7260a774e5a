"""Verified, rotated backups of SQLite files, made with SQLite's own backup API."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from app.store import messages as msg
from app.store.errors import DatabaseUnavailable

KEEP_BACKUPS = 10


def _readonly(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)


def backup_sqlite(source: Path, backups_dir: Path, *, label: str) -> Path:
    """Copy ``source`` into ``backups_dir``, check the copy by reopening it, return its path.

    Old copies of the same database beyond the newest ``KEEP_BACKUPS`` are removed.
    """
    backups_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    prefix = _prefix(source)
    target = backups_dir / f"{prefix}.{stamp}.{label}.sqlite"
    fd = os.open(target, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    os.close(fd)
    src = _readonly(source)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
        # A backup is one self-contained file: no -wal/-shm beside it.
        dst.execute("PRAGMA journal_mode = DELETE")
    finally:
        dst.close()
        src.close()
    _verify(source, target)
    _rotate(backups_dir, prefix)
    return target


def restore_sqlite(backup: Path, target: Path) -> None:
    """Write ``backup`` back over ``target`` (used when an upgrade fails half-way)."""
    src = _readonly(backup)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()


def backups_of(source: Path, backups_dir: Path) -> list[Path]:
    """The backups of ``source`` kept in ``backups_dir``, oldest first."""
    if not backups_dir.is_dir():
        return []
    return sorted(backups_dir.glob(f"{_prefix(source)}.*.sqlite"))


def _prefix(source: Path) -> str:
    # Two files called ponte.sqlite in different folders must not share backups.
    digest = hashlib.sha256(str(source.resolve()).encode()).hexdigest()[:8]
    return f"{source.stem}-{digest}"


def _verify(source: Path, copy: Path) -> None:
    try:
        con = _readonly(copy)
        try:
            (result,) = con.execute("PRAGMA integrity_check").fetchone()
            copied = _table_counts(con)
        finally:
            con.close()
        con = _readonly(source)
        try:
            original = _table_counts(con)
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        raise DatabaseUnavailable(msg.BACKUP_UNREADABLE(backup=copy, reason=str(exc))) from exc
    if result != "ok" or copied != original:
        copy.unlink(missing_ok=True)
        raise DatabaseUnavailable(msg.BACKUP_MISMATCH(path=source, result=result))


def _table_counts(con: sqlite3.Connection) -> dict[str, int]:
    names = [
        row[0]
        for row in con.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    return {name: con.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0] for name in names}


def _rotate(backups_dir: Path, prefix: str) -> None:
    copies = sorted(backups_dir.glob(f"{prefix}.*.sqlite"))
    for old in copies[:-KEEP_BACKUPS]:
        for path in (old, old.with_name(old.name + "-wal"), old.with_name(old.name + "-shm")):
            path.unlink(missing_ok=True)
