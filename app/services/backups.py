"""Backups of a database file: listing them, making one, restoring one.

Ponte backs a file up by itself as it opens and when the window closes, whenever the file
changed since its last backup (see :mod:`app.store.backup` for what is kept). Each backup
was reopened and checked before it counted. A restore checks the backup again, keeps the
file it replaces aside (``NAME.before-restore-…``), and puts the copy in place whole.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from app.common.paths import Paths
from app.store import Store
from app.store import messages as store_msg
from app.store.backup import (
    MANUAL,
    BackupInfo,
    Clock,
    backup_if_changed,
    backup_sqlite,
    list_backups,
    newest_good_backup,
    restore_sqlite,
)
from app.store.errors import DatabaseUnavailable

__all__ = [
    "BackupRow",
    "backup_after_close",
    "backups",
    "make_backup",
    "newest_backup",
    "restore_backup",
]


@dataclass(frozen=True)
class BackupRow:
    """One backup as the window and ``ponte backup list`` show it."""

    path: Path
    made: datetime  # UTC
    kind: str  # "manual", "before upgrade", "automatic"
    revision: str | None
    participants: int | None
    meetings: int | None
    organisations: int | None
    checked: bool

    @classmethod
    def of(cls, info: BackupInfo) -> BackupRow:
        if info.manual:
            kind = "manual"
        elif info.pre_upgrade:
            kind = "before upgrade"
        else:
            kind = "automatic"
        counts = info.counts
        return cls(
            path=info.path,
            made=info.made,
            kind=kind,
            revision=info.revision,
            participants=counts.get("participant"),
            meetings=counts.get("meeting"),
            organisations=counts.get("organisation"),
            checked=info.checked,
        )


def _file(database: Path | Store) -> Path:
    if isinstance(database, Store):
        if database.location.path is None:
            raise DatabaseUnavailable(store_msg.NO_DATABASE(path=database.location.display()))
        return database.location.path
    return Path(database).expanduser()


def backups(database: Path | Store, paths: Paths) -> list[BackupRow]:
    """The backups kept of a database file, newest first."""
    return [BackupRow.of(b) for b in list_backups(_file(database), paths.backups_dir)]


def newest_backup(database: Path | Store, paths: Paths) -> Path | None:
    """The newest backup that passed its checks (None: none)."""
    return newest_good_backup(_file(database), paths.backups_dir)


def make_backup(
    database: Path | Store, paths: Paths, *, manual: bool = True, now: Clock | None = None
) -> Path:
    """Back the file up now (a manual backup is never rotated away); the copy's path."""
    source = _file(database)
    if not source.is_file():
        raise DatabaseUnavailable(store_msg.NO_DATABASE(path=source))
    try:
        return backup_sqlite(source, paths.backups_dir, label=MANUAL if manual else "now", now=now)
    except OSError as exc:
        raise DatabaseUnavailable(
            store_msg.CANNOT_CREATE(path=paths.backups_dir, reason=exc.strerror)
        ) from exc


def restore_backup(
    backup: Path, database: Path, paths: Paths, *, now: Clock | None = None
) -> Path | None:
    """Put ``backup`` in place of the file ``database`` (close any store on it first); the
    file it replaced is kept aside, and returned (None: there was none). Nothing changes
    when the backup fails its checks (:class:`~app.store.StoreError`)."""
    target = Path(database).expanduser()
    if target.is_file():  # what it replaces is worth one more backup, if it is sound
        backup_if_changed(target, paths.backups_dir, label="before-restore", now=now)
    try:
        return restore_sqlite(Path(backup), target, now=now)
    except OSError as exc:
        raise DatabaseUnavailable(
            store_msg.CANNOT_CREATE(path=target, reason=exc.strerror)
        ) from exc


def backup_after_close(store: Store, paths: Paths, *, now: Clock | None = None) -> Path | None:
    """After ``store`` was closed: back its file up if it changed since its last backup
    (a shared database is the server's to back up: None)."""
    source = store.location.path
    if source is None or not source.is_file():
        return None
    return backup_if_changed(source, paths.backups_dir, label="close", now=now)
