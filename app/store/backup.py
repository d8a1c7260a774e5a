"""Rolling, verified backups of SQLite files, made with SQLite's own backup API.

A backup is made only of a file that passed its checks, and counts only once the copy has
been reopened and passed ``quick_check`` and ``foreign_key_check`` itself (a copy that fails
is deleted at once, and nothing is rotated away for it). Each copy has a ``.json`` sidecar:
when it was made, why (``label``), the schema revision, the rows of each table, that it was
checked, and a fingerprint of the file it copies, so that a file that did not change since
its last backup is not copied again (on open, on closing the window).

Kept for each database: the newest :data:`KEEP_NEWEST`, the newest of each of the last
:data:`KEEP_DAILY` days, :data:`KEEP_WEEKLY` weeks and :data:`KEEP_MONTHLY` months that have
one, every manual backup, and the newest good copy made before an upgrade.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from app.common.files import create_folders
from app.store import messages as msg
from app.store.errors import DatabaseUnavailable, StoreError
from app.store.sqlite_file import PONTE_APPLICATION_ID, check_file

log = logging.getLogger(__name__)

KEEP_NEWEST = 3
KEEP_DAILY = 7
KEEP_WEEKLY = 5
KEEP_MONTHLY = 12
PRE_UPGRADE = "before-upgrade-from-"
MANUAL = "manual"
SIDECAR = ".json"
_STAMP = "%Y%m%dT%H%M%S%fZ"
_PARTIAL = ".partial"
_STALE_PARTIAL_S = 24 * 3600
_NAMED = re.compile(r"\.(\d{8}T\d{12}Z)(?:-\d+)?\.(.*)\.sqlite$")

Clock = Callable[[], datetime]


def _utcnow() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class BackupInfo:
    """One kept backup, as its sidecar describes it."""

    path: Path
    made: datetime  # UTC
    label: str
    revision: str | None = None
    counts: dict[str, int] = field(default_factory=dict)
    checked: bool = False
    fingerprint: str | None = None
    source_stat: tuple[int, ...] | None = None
    upgrade_failed: bool = False

    @property
    def manual(self) -> bool:
        return self.label == MANUAL

    @property
    def pre_upgrade(self) -> bool:
        return self.label.startswith(PRE_UPGRADE)

    @property
    def good(self) -> bool:
        return self.checked

    @property
    def sidecar(self) -> Path:
        return _sidecar(self.path)


# --- making one ------------------------------------------------------------------------------


def backup_sqlite(source: Path, backups_dir: Path, *, label: str, now: Clock | None = None) -> Path:
    """Copy ``source`` into ``backups_dir``, check the copy by reopening it, write its
    sidecar, rotate the older copies; return the copy's path.

    :class:`DatabaseUnavailable` when the copy fails its checks (it is then deleted and no
    older copy is removed)."""
    return _make(source, backups_dir, label, now or _utcnow, _source_state(source))


def backup_before_upgrade(
    source: Path, backups_dir: Path, *, revision: str, now: Clock | None = None
) -> Path:
    """The copy of ``source`` made before upgrading it from ``revision``: the newest good
    one if the file has not changed since (an upgrade that failed, tried again, does not
    pile up copies), else a new one."""
    state = _source_state(source)
    newest = next((b for b in list_backups(source, backups_dir) if b.good), None)
    if newest is not None and newest.pre_upgrade and _same(newest, state):
        return newest.path
    return _make(source, backups_dir, f"{PRE_UPGRADE}{revision}", now or _utcnow, state)


def backup_if_changed(
    source: Path, backups_dir: Path, *, label: str, now: Clock | None = None
) -> Path | None:
    """Back ``source`` up unless it is unchanged since its newest backup (same size and
    times, else same bytes); the new copy's path, or None when none was needed. A failure
    to back up is logged, never raised: the coordinator's work goes on."""
    try:
        state = _source_state(source)
        newest = next((b for b in list_backups(source, backups_dir) if b.good), None)
        if newest is not None and _same(newest, state):
            return None
        return _make(source, backups_dir, label, now or _utcnow, state)
    except (OSError, sqlite3.Error, StoreError) as exc:
        log.warning("no backup of %s: %s", source, exc)
        return None


def _make(source: Path, backups_dir: Path, label: str, now: Clock, state: _SourceState) -> Path:
    create_folders(backups_dir)  # 0700 with the missing ones above it
    made = now().astimezone(UTC)
    target = backups_dir / f"{_prefix(source)}.{made.strftime(_STAMP)}.{label}.sqlite"
    n = 1
    while target.exists():
        n += 1
        target = target.with_name(f"{_prefix(source)}.{made.strftime(_STAMP)}-{n}.{label}.sqlite")
    # Made under a name the listing does not see, and given its own name only once checked
    # and described: a crash half-way leaves no backup that seems to count.
    partial = backups_dir / f".{target.name}{_PARTIAL}"
    _remove_stale_partials(backups_dir)
    fd = os.open(partial, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    os.close(fd)
    try:
        _copy(source, partial)
        problem = check_file(partial)
        if problem is not None:
            raise DatabaseUnavailable(msg.BACKUP_FAILED_CHECK(path=source, result=problem))
        revision, counts = _describe(partial)
        info = BackupInfo(
            path=target,
            made=made,
            label=label,
            revision=revision,
            counts=counts,
            checked=True,
            fingerprint=state.fingerprint,
            source_stat=state.stat,
        )
        _write_sidecar(info)
        os.rename(partial, target)
    except sqlite3.DatabaseError as exc:
        _remove_temp(partial)
        _sidecar(target).unlink(missing_ok=True)
        raise DatabaseUnavailable(msg.BACKUP_UNREADABLE(backup=target, reason=str(exc))) from exc
    except BaseException:
        _remove_temp(partial)
        _sidecar(target).unlink(missing_ok=True)
        raise
    rotate(source, backups_dir)
    return target


def _remove_stale_partials(backups_dir: Path) -> None:
    cutoff = time.time() - _STALE_PARTIAL_S
    for leftover in backups_dir.glob(f".*{_PARTIAL}*"):
        try:
            if leftover.stat().st_mtime < cutoff:
                leftover.unlink()
        except OSError:
            pass


def _copy(source: Path, target: Path) -> None:
    src = sqlite3.connect(f"{source.absolute().as_uri()}?mode=ro", uri=True, timeout=15)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
        # A backup is one self-contained file: no -wal/-shm beside it.
        dst.execute("PRAGMA journal_mode = DELETE")
    finally:
        dst.close()
        src.close()
    fd = os.open(target, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _describe(path: Path) -> tuple[str | None, dict[str, int]]:
    con = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)
    try:
        counts = _table_counts(con)
        revision = None
        if "alembic_version" in counts:
            row = con.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
        return revision, counts
    finally:
        con.close()


def _table_counts(con: sqlite3.Connection) -> dict[str, int]:
    names = [
        row[0]
        for row in con.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    return {name: con.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0] for name in names}


# --- whether the file changed ----------------------------------------------------------------


@dataclass(frozen=True)
class _SourceState:
    stat: tuple[int, ...]
    path: Path
    _digest: list[str] = field(default_factory=list)

    @property
    def fingerprint(self) -> str:
        if not self._digest:
            self._digest.append(_digest(self.path))
        return self._digest[0]


def _source_state(source: Path) -> _SourceState:
    parts: list[int] = []
    for path in (source, source.with_name(source.name + "-wal")):
        try:
            st = path.stat()
            parts += [st.st_size, st.st_mtime_ns, st.st_ino]
        except FileNotFoundError:
            parts += [0, 0, 0]
    return _SourceState(stat=tuple(parts), path=source)


def _digest(source: Path) -> str:
    h = hashlib.sha256()
    for path in (source, source.with_name(source.name + "-wal")):
        try:
            with path.open("rb") as f:
                while chunk := f.read(1 << 20):
                    h.update(chunk)
        except FileNotFoundError:
            pass
        h.update(b"\0")
    return h.hexdigest()


def _same(backup: BackupInfo, state: _SourceState) -> bool:
    if backup.source_stat is not None and tuple(backup.source_stat) == state.stat:
        return True
    return backup.fingerprint is not None and backup.fingerprint == state.fingerprint


# --- what is kept ----------------------------------------------------------------------------


def list_backups(source: Path, backups_dir: Path) -> list[BackupInfo]:
    """The backups of ``source`` kept in ``backups_dir``, newest first."""
    infos = [_read_info(path) for path in backups_of(source, backups_dir)]
    return sorted(infos, key=lambda b: (b.made, b.path.name), reverse=True)


def newest_good_backup(source: Path, backups_dir: Path) -> Path | None:
    """The newest backup of ``source`` that passed its checks (None: none)."""
    return next((b.path for b in list_backups(source, backups_dir) if b.good), None)


def backups_of(source: Path, backups_dir: Path) -> list[Path]:
    """The backup files of ``source`` kept in ``backups_dir``, oldest first."""
    if not backups_dir.is_dir():
        return []
    return sorted(backups_dir.glob(f"{_prefix(source)}.*.sqlite"))


def mark_failed_upgrade(backup: Path) -> None:
    """Note in ``backup``'s sidecar that the upgrade it was made for failed."""
    _write_sidecar(replace(_read_info(backup), upgrade_failed=True))


def rotate(source: Path, backups_dir: Path) -> list[Path]:
    """Remove the backups of ``source`` the policy no longer keeps; the removed paths."""
    infos = list_backups(source, backups_dir)
    keep: set[Path] = {b.path for b in infos if b.manual}
    good_pre = next((b for b in infos if b.pre_upgrade and b.good), None)
    if good_pre is not None:
        keep.add(good_pre.path)
    pool = [b for b in infos if not b.manual]
    keep.update(b.path for b in pool[:KEEP_NEWEST])
    for bucket, count in (
        (lambda d: d.date(), KEEP_DAILY),
        (lambda d: d.isocalendar()[:2], KEEP_WEEKLY),
        (lambda d: (d.year, d.month), KEEP_MONTHLY),
    ):
        seen: list[Any] = []
        for b in pool:  # newest first: the newest of each bucket
            key = bucket(b.made)
            if key not in seen:
                seen.append(key)
                if len(seen) > count:
                    break
                keep.add(b.path)
    removed = [b.path for b in infos if b.path not in keep]
    for path in removed:
        _remove(path)
    for orphan in backups_dir.glob(f"{_prefix(source)}.*.sqlite{SIDECAR}"):
        if not orphan.with_name(orphan.name[: -len(SIDECAR)]).exists():
            orphan.unlink(missing_ok=True)  # its copy never got its name (a crash)
    return removed


def remove_backup(path: Path) -> None:
    """Delete a backup and its sidecar."""
    _remove(path)


def _remove(path: Path) -> None:
    for p in (path, _sidecar(path), *(path.with_name(path.name + s) for s in ("-wal", "-shm"))):
        p.unlink(missing_ok=True)


# --- restoring -------------------------------------------------------------------------------


def restore_sqlite(backup: Path, target: Path, *, now: Clock | None = None) -> Path | None:
    """Put ``backup`` in place of ``target`` after checking it; the file it replaces (if
    any) is renamed aside first, untouched; returns that name (None: there was none).

    The copy is made into a temporary file in the target's folder and renamed into place
    whole. :class:`StoreError` (nothing changed) when the backup is not sound or not
    Ponte's."""
    _check_backup(backup)
    folder = target.parent
    create_folders(folder)  # missing ones 0700, as for every file Ponte writes
    temp = folder / f".{target.name}.{os.getpid()}.restore"
    _remove_temp(temp)
    fd = os.open(temp, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    os.close(fd)
    try:
        _copy(backup, temp)
        problem = check_file(temp)
        if problem is not None:
            raise DatabaseUnavailable(msg.BACKUP_DAMAGED(backup=backup, reason=problem))
    except BaseException:
        _remove_temp(temp)
        raise
    kept: Path | None = None
    if target.exists():
        stamp = (now or _utcnow)().astimezone(UTC).strftime(_STAMP)
        kept = target.with_name(f"{target.name}.before-restore-{stamp}")
        os.rename(target, kept)
        for suffix in ("-wal", "-shm"):
            companion = target.with_name(target.name + suffix)
            if companion.exists():
                os.rename(companion, kept.with_name(kept.name + suffix))
    os.rename(temp, target)
    log.info("restored %s from %s (replaced file kept as %s)", target, backup, kept)
    return kept


def _check_backup(backup: Path) -> None:
    try:
        con = sqlite3.connect(f"{backup.absolute().as_uri()}?mode=ro", uri=True)
        try:
            (app_id,) = con.execute("PRAGMA application_id").fetchone()
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        raise DatabaseUnavailable(msg.BACKUP_DAMAGED(backup=backup, reason=str(exc))) from exc
    if app_id != PONTE_APPLICATION_ID:
        raise DatabaseUnavailable(msg.BACKUP_NOT_PONTE(backup=backup))
    problem = check_file(backup)
    if problem is not None:
        raise DatabaseUnavailable(msg.BACKUP_DAMAGED(backup=backup, reason=problem))


def _remove_temp(temp: Path) -> None:
    for p in (temp, *(temp.with_name(temp.name + s) for s in ("-wal", "-shm", "-journal"))):
        p.unlink(missing_ok=True)


# --- names and sidecars ----------------------------------------------------------------------


def _prefix(source: Path) -> str:
    # Two files called ponte.sqlite in different folders must not share backups.
    digest = hashlib.sha256(str(source.resolve()).encode()).hexdigest()[:8]
    return f"{source.stem}-{digest}"


def _sidecar(path: Path) -> Path:
    return path.with_name(path.name + SIDECAR)


def _write_sidecar(info: BackupInfo) -> None:
    data = {
        "made": info.made.isoformat(),
        "label": info.label,
        "revision": info.revision,
        "counts": info.counts,
        "checked": info.checked,
        "fingerprint": info.fingerprint,
        "source_stat": list(info.source_stat) if info.source_stat is not None else None,
        "upgrade_failed": info.upgrade_failed,
    }
    target = info.sidecar
    temp = target.with_name(target.name + ".tmp")
    fd = os.open(temp, os.O_CREAT | os.O_TRUNC | os.O_WRONLY, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        json.dump(data, f, indent=1, sort_keys=True)
        f.flush()
        os.fsync(f.fileno())
    os.replace(temp, target)


def _read_info(path: Path) -> BackupInfo:
    """``path``'s sidecar; a backup without one (made by an older Ponte) is dated by its
    name and counts as not checked."""
    try:
        data = json.loads(_sidecar(path).read_text(encoding="utf-8"))
        stat = data.get("source_stat")
        return BackupInfo(
            path=path,
            made=datetime.fromisoformat(data["made"]).astimezone(UTC),
            label=str(data.get("label", "")),
            revision=data.get("revision"),
            counts={str(k): int(v) for k, v in dict(data.get("counts") or {}).items()},
            checked=bool(data.get("checked")),
            fingerprint=data.get("fingerprint"),
            source_stat=tuple(int(x) for x in stat) if stat else None,
            upgrade_failed=bool(data.get("upgrade_failed")),
        )
    except (OSError, ValueError, KeyError, TypeError):
        pass
    made = datetime.fromtimestamp(path.stat().st_mtime, UTC) if path.exists() else _utcnow()
    label = ""
    named = _NAMED.search(path.name)
    if named:
        made = datetime.strptime(named[1], _STAMP).replace(tzinfo=UTC)
        label = named[2]
    return BackupInfo(path=path, made=made, label=label)
