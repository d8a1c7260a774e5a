"""Going offline to the venue: ``take_offline`` copies one mission from a server into a new
local SQLite file (every row, the same ids) and records where it came from (``offline_origin``,
schema 0010); ``return_offline`` brings the file's changes back to the server as
:mod:`app.services.offline_merge` decides, under the mission's lock, and lists the conflicts
for the coordinator. Bringing a file back twice changes nothing more the second time.

Both are long for a big mission: the window runs them off the UI thread, with ``progress``
(done, total) called after each table."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import and_, func, insert, select, update
from sqlalchemy.engine import Connection

from app.common.errors import UserError
from app.common.paths import Paths
from app.common.wording import Message
from app.model import AuditEntry, Mission, OfflineOrigin
from app.services import offline_messages as om
from app.services.database import DEFAULT_PG_PORT, Location, open_database, parse_location
from app.services.offline_merge import Change, Conflict, ConflictKind, FieldConflict, plan_table
from app.services.offline_rows import (
    VERSION,
    Row,
    Rows,
    as_text,
    dumps,
    label_of,
    mission_tables,
    read_mission,
    texts_of,
    versions_of,
)
from app.store import Store
from app.store.mission_lock import Operation, lock_mission

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class TakeReport:
    mission_id: int
    name: str
    server: str
    path: Path
    rows: int
    seconds: float

    def message(self) -> Message:
        return om.TAKEN(
            mission=self.mission_id,
            name=self.name,
            database=self.server,
            path=self.path,
            rows=self.rows,
        )


@dataclass
class ReturnReport:
    server: str
    applied: int = 0  # rows changed offline only, applied whole
    merged: int = 0  # rows whose check-in or status merged into a row the server changed
    conflicts: list[Conflict] = field(default_factory=list)
    seconds: float = 0.0

    def message(self) -> Message:
        return om.RETURNED(
            database=self.server,
            applied=self.applied,
            merged=self.merged,
            conflicts=len(self.conflicts),
        )

    def conflict_lines(self) -> list[Message]:
        return [line for c in self.conflicts for line in om.conflict_messages(c)]


def take_offline(
    server: str,
    mission_id: int,
    path: Path,
    *,
    paths: Paths,
    password: str | None = None,
    progress: Progress | None = None,
) -> TakeReport:
    """Copy mission ``mission_id`` of ``server`` into the new file ``path``."""
    started = time.perf_counter()
    if path.exists():
        raise UserError(om.FILE_EXISTS(path=path))
    tables = mission_tables()
    total = 2 * len(tables)
    done = 0
    copied: list[tuple[Any, Rows]] = []
    with open_database(server, paths=paths, create=False, password=password) as source:
        where = source.location.display()
        if source.location.is_sqlite:
            raise UserError(om.NOT_A_SERVER(database=where))
        with source.snapshot() as s:
            mission = s.get(Mission, mission_id)
            if mission is None:
                raise UserError(om.NO_MISSION(database=where, mission=mission_id))
            name = mission.name
            for table, rows in read_mission(s.connection(), mission_id):
                copied.append((table, rows))
                done += 1
                if progress:
                    progress(done, total)
    origin = {
        "mission_id": mission_id,
        "server": where,
        "taken_at": datetime.now(UTC),
        "row_versions": dumps({t.name: versions_of(r) for t, r in copied}),
        "taken_values": dumps({t.name: texts_of(r) for t, r in copied}),
    }
    try:
        with (
            open_database(path, paths=paths) as local,
            local.connection() as conn,
            _foreign_keys_deferred(conn),
        ):
            for table, rows in copied:
                if rows:
                    conn.execute(insert(table), list(rows.values()))
                done += 1
                if progress:
                    progress(done, total)
            conn.execute(insert(OfflineOrigin), [origin])
    except BaseException:
        path.unlink(missing_ok=True)  # never a half-made file
        for extra in ("-wal", "-shm"):
            Path(f"{path}{extra}").unlink(missing_ok=True)
        raise
    rows_count = sum(len(r) for _, r in copied)
    return TakeReport(mission_id, name, where, path, rows_count, time.perf_counter() - started)


class _foreign_keys_deferred:
    """One transaction on an SQLite connection in which foreign keys are checked at the end
    (rows pointing at each other, e.g. a delegation and its leader, go in in any order)."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def __enter__(self) -> None:
        self.conn.commit()
        self.transaction = self.conn.begin()
        self.conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")

    def __exit__(self, kind: object, exc: object, tb: object) -> None:
        if kind is None:
            self.transaction.commit()
        else:
            self.transaction.rollback()


def return_offline(
    path: Path,
    server: str,
    *,
    paths: Paths,
    password: str | None = None,
    actor: str = "",
    progress: Progress | None = None,
) -> ReturnReport:
    """Bring the changes made in ``path`` back to ``server``, under the mission's lock."""
    started = time.perf_counter()
    if not path.exists():
        raise UserError(om.NOT_TAKEN(path=path))
    with open_database(path, paths=paths, create=False) as local:
        with local.snapshot() as s:
            origin = s.scalars(select(OfflineOrigin)).first()
            if origin is None:
                raise UserError(om.NOT_TAKEN(path=path))
            mission_id = origin.mission_id
            origin_server = origin.server
            taken_versions = json.loads(origin.row_versions)
            taken_values = json.loads(origin.taken_values)
            local_rows = dict(read_mission(s.connection(), mission_id))
        with open_database(server, paths=paths, create=False, password=password) as target:
            where = target.location.display()
            if not _same_database(target.location, origin_server):
                raise UserError(om.OTHER_SERVER(path=path, origin=origin_server, database=where))
            target.actor = actor or target.actor
            report, refreshed = _bring_back(
                target, mission_id, local_rows, taken_versions, taken_values, progress
            )
        _move_baseline(local, mission_id, refreshed, taken_versions, taken_values)
    report.seconds = time.perf_counter() - started
    return report


def _same_database(location: Location, origin: str) -> bool:
    """Whether ``location`` is the database ``origin`` names, whoever logs in: a reader may
    take a mission to the venue and the coordinator bring it back."""
    if location.is_sqlite:
        return location.display() == origin
    try:
        taken = parse_location(origin)
    except UserError:
        return False
    if taken.is_sqlite:
        return False
    here, there = location.url, taken.url
    return (here.host, here.port or DEFAULT_PG_PORT, here.database) == (
        there.host,
        there.port or DEFAULT_PG_PORT,
        there.database,
    )


def _bring_back(
    target: Store,
    mission_id: int,
    local_rows: dict[Any, Rows],
    taken_versions: dict[str, dict[str, int]],
    taken_values: dict[str, dict[str, dict[str, object]]],
    progress: Progress | None,
) -> tuple[ReturnReport, dict[Any, Rows]]:
    """Apply the plan to the server in one transaction; the server's rows as they are after
    it, for each row changed (to move the file's baseline forward)."""
    report = ReturnReport(server=target.location.display())
    refreshed: dict[Any, Rows] = {}
    tables = mission_tables()
    with target.session(write=True) as s:
        # no import, merge or scheduler run of this mission interleaves with the return
        lock_mission(target, s, mission_id, Operation.OFFLINE_RETURN)
        conn = s.connection()
        if s.get(Mission, mission_id) is None:
            raise UserError(om.MISSION_GONE(mission=mission_id, database=report.server))
        server_rows = dict(read_mission(conn, mission_id))
        db_user = ""
        if conn.dialect.name == "postgresql":
            db_user = str(conn.execute(select(func.current_user())).scalar() or "")
        for n, table in enumerate(tables, start=1):
            plan = plan_table(
                table,
                local_rows.get(table, {}),
                taken_versions.get(table.name, {}),
                taken_values.get(table.name, {}),
                server_rows.get(table, {}),
            )
            report.conflicts += plan.conflicts
            for change in plan.changes:
                pk = [table.c[c.name] for c in table.primary_key.columns]
                row = server_rows[table][change.key]
                done = conn.execute(
                    update(table)
                    .where(and_(*(c == row[c.name] for c in pk)))
                    .where(table.c[VERSION] == change.expected)
                    .values({**change.values, VERSION: change.expected + 1})
                )
                if done.rowcount != 1:  # changed by someone in the meantime: not ours to win
                    report.conflicts.append(_changed_meanwhile(conn, table, change, row))
                    continue
                if change.merged:
                    report.merged += 1
                else:
                    report.applied += 1
                refreshed.setdefault(table, {})[change.key] = {
                    **row,
                    **change.values,
                    VERSION: change.expected + 1,
                }
                conn.execute(
                    insert(AuditEntry),
                    [
                        {
                            "at": datetime.now(UTC),
                            "mission_id": mission_id,
                            "who": target.actor,
                            "db_user": db_user,
                            "table_name": table.name,
                            "record_id": row.get("id") if "id" in row else None,
                            "action": "update",
                            "fields": json.dumps(sorted(change.values)),
                        }
                    ],
                )
            if progress:
                progress(n, len(tables))
    return report, refreshed


def _changed_meanwhile(conn: Connection, table: Any, change: Change, row: Row) -> Conflict:
    """A row another connection saved between the read and the UPDATE: listed, with the
    values it has now."""
    pk = [table.c[c.name] for c in table.primary_key.columns]
    now = conn.execute(select(table).where(and_(*(c == row[c.name] for c in pk)))).mappings()
    current = dict(now.first() or {})
    fields = tuple(
        FieldConflict(name, as_text(value), as_text(current.get(name)))
        for name, value in sorted(change.values.items())
    )
    kind = ConflictKind.BOTH_EDITED if current else ConflictKind.DELETED_ON_SERVER
    return Conflict(table.name, change.key, label_of(table, change.key, row), kind, fields)


def _move_baseline(
    local: Store,
    mission_id: int,
    refreshed: dict[Any, Rows],
    taken_versions: dict[str, dict[str, int]],
    taken_values: dict[str, dict[str, dict[str, object]]],
) -> None:
    """The rows brought back are now the same in the file and on the server: the file takes
    the server's version of each, and they become the new "as taken"."""
    with local.session() as s:
        conn = s.connection()
        for table, rows in refreshed.items():
            pk = [table.c[c.name] for c in table.primary_key.columns]
            for row in rows.values():
                conn.execute(update(table).where(and_(*(c == row[c.name] for c in pk))).values(row))
            taken_versions.setdefault(table.name, {}).update(versions_of(rows))
            taken_values.setdefault(table.name, {}).update(texts_of(rows))
        conn.execute(
            update(OfflineOrigin)
            .where(OfflineOrigin.mission_id == mission_id)
            .values(
                returned_at=datetime.now(UTC),
                row_versions=dumps(taken_versions),
                taken_values=dumps(taken_values),
            )
        )


@dataclass(frozen=True)
class OfflineOriginInfo:
    """Where the mission of an offline file came from (the window's File › Bring it back)."""

    mission_id: int
    server: str  # its URL, without a password
    taken_at: datetime
    returned_at: datetime | None


def offline_origin(store: Store) -> OfflineOriginInfo | None:
    """The origin recorded in ``store`` (a file made by :func:`take_offline`), else None."""
    if not store.location.is_sqlite:
        return None
    with store.snapshot() as s:
        origin = s.scalars(select(OfflineOrigin)).first()
        if origin is None:
            return None
        return OfflineOriginInfo(
            origin.mission_id, origin.server, origin.taken_at, origin.returned_at
        )
