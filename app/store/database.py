"""Open a Ponte database (SQLite file or PostgreSQL), refusing what is not ours and upgrading
what is ours but older, after a verified backup."""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event, inspect, text
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from app.common.errors import UserError
from app.common.paths import Paths
from app.store import messages as msg
from app.store import migrate
from app.store.backup import backup_sqlite, restore_sqlite
from app.store.connecting import connect_args, connection_failure
from app.store.errors import (
    DatabaseBusy,
    DatabaseUnavailable,
    MigrationFailed,
    NewerDatabase,
    NotAPonteDatabase,
    StoreError,
)
from app.store.failures import is_sqlite_busy, reason, worded
from app.store.location import Location, parse_location
from app.store.roles import migration_refusal

log = logging.getLogger(__name__)

# PRAGMA application_id of every Ponte SQLite file: "PONT" in ASCII.
PONTE_APPLICATION_ID = 0x504F4E54
SQLITE_HEADER = b"SQLite format 3\x00"
# Any fixed number shared by all Ponte processes, to serialise migrations on one server.
PG_MIGRATION_LOCK = 0x504F4E54
# How long a change waits for another program's lock on the database (SQLite's busy timeout,
# PostgreSQL's lock_timeout) before the coordinator is told to try again.
BUSY_TIMEOUT_S = 15.0


class _State(Enum):
    EMPTY = "empty"
    CURRENT = "current"
    OLDER = "older"


@dataclass
class Store:
    """An open Ponte database: an engine and a session factory, for one file or server."""

    location: Location
    engine: Engine
    backup: Path | None = None  # the copy made before an upgrade, if one was needed
    # Who makes the changes through this store: the coordinator's name from settings (or the
    # login name when none is set). The audit log records it, a mission lock's holder is named
    # by it, and a conflicting save names it to the other coordinator.
    actor: str = ""

    def __post_init__(self) -> None:
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A unit of work: committed when the block ends, rolled back if it raises.

        Every action goes through here, so this is where a database another program holds
        (past the busy timeout) or a lost server becomes a :class:`StoreError` for the
        coordinator instead of a driver's traceback."""
        with self._worded_failures(), self._sessions.begin() as session:
            yield session

    @contextmanager
    def snapshot(self) -> Iterator[Session]:
        """A read-only unit of work in which every query sees the same state of the database,
        whatever other connections commit meanwhile (a mission read for an export is never
        half before and half after another coordinator's change). Nothing is written."""
        with self._worded_failures(), self._sessions() as session:
            if self.engine.dialect.name == "sqlite":
                # sqlite3 sends no BEGIN before a SELECT, so each query would read the file
                # as it is then; an explicit one holds one read snapshot (WAL) to the end.
                session.connection().exec_driver_sql("BEGIN")
            else:
                session.connection(
                    execution_options={"isolation_level": "REPEATABLE READ"}
                ).exec_driver_sql("SET TRANSACTION READ ONLY")
            try:
                yield session
            finally:
                session.rollback()

    @contextmanager
    def connection(self) -> Iterator[Connection]:
        """A plain connection, for what a session cannot do (e.g. SQLite's VACUUM); its
        failures are worded as the session's."""
        with self._worded_failures(), self.engine.connect() as connection:
            yield connection

    @contextmanager
    def _worded_failures(self) -> Iterator[None]:
        try:
            yield
        except DBAPIError as exc:
            error = None if self.location.is_sqlite else connection_failure(exc, self.location)
            if error is None:
                error = worded(exc, self.location.display())
            if error is None:
                raise
            log.warning("%s: %s", self.location.display(), reason(exc))
            raise error from exc

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_store(
    target: str | Path | Location,
    *,
    paths: Paths | None = None,
    create: bool = True,
    busy_timeout: float = BUSY_TIMEOUT_S,
) -> Store:
    """Open the database at ``target`` (a file path or a URL), creating or upgrading it.

    Raises a :class:`StoreError` with a message for the coordinator when the target is not a
    Ponte database, comes from a newer Ponte, or cannot be reached; the target is then left
    exactly as it was. A change waits ``busy_timeout`` seconds for another program's lock
    before it fails with :class:`DatabaseBusy`.
    """
    location = target if isinstance(target, Location) else parse_location(target)
    paths = paths or Paths.for_user()
    if location.path is not None:
        return _open_sqlite(location, location.path, paths, create, busy_timeout)
    return _open_postgres(location, busy_timeout)


# --- SQLite -------------------------------------------------------------------------------


def _open_sqlite(
    location: Location, path: Path, paths: Paths, create: bool, busy_timeout: float
) -> Store:
    if path.is_dir():
        raise DatabaseUnavailable(msg.IS_A_FOLDER(path=path))
    if not path.exists():
        if not create:
            raise DatabaseUnavailable(msg.NO_DATABASE(path=path))
        _create_private_file(path)
    state, revision = _inspect_sqlite(path, busy_timeout)
    backup: Path | None = None
    if state is _State.OLDER:
        backup = backup_sqlite(path, paths.backups_dir, label=f"before-upgrade-from-{revision}")
        log.info("backed up %s to %s before upgrading from %s", path, backup, revision)
    engine = _sqlite_engine(location, busy_timeout)
    try:
        if state is not _State.CURRENT:
            _migrate_sqlite(engine, new=state is _State.EMPTY)
    except Exception as exc:  # whatever broke, the file must go back to how it was
        engine.dispose()
        if backup is not None:
            restore_sqlite(backup, path)
            raise MigrationFailed(
                msg.UPGRADE_FAILED(path=path, reason=_said(exc), backup=backup)
            ) from exc
        if isinstance(exc, StoreError):
            raise
        raise DatabaseUnavailable(msg.CANNOT_PREPARE(path=path, reason=_said(exc))) from exc
    return Store(location=location, engine=engine, backup=backup)


def _migrate_sqlite(engine: Engine, *, new: bool) -> None:
    """Run the migrations with foreign keys off, as SQLite's table rebuilds require.

    Rebuilding a table (Alembic's batch mode) drops and re-creates it; with foreign keys on,
    the drop would cascade or null the rows that point at it. The keys are checked after.
    """
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA foreign_keys = OFF")
        conn.commit()  # end SQLAlchemy's autobegun transaction; the pragma is already applied
        try:
            with conn.begin():
                if new:
                    conn.exec_driver_sql(f"PRAGMA application_id = {PONTE_APPLICATION_ID}")
                migrate.upgrade(conn)
                broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise MigrationFailed(msg.BROKEN_REFERENCES(count=len(broken)))
        finally:
            conn.rollback()
            conn.exec_driver_sql("PRAGMA foreign_keys = ON")
            conn.commit()


def _create_private_file(path: Path) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        os.close(fd)
    except OSError as exc:
        raise DatabaseUnavailable(msg.CANNOT_CREATE(path=path, reason=exc.strerror)) from exc


def _inspect_sqlite(path: Path, busy_timeout: float) -> tuple[_State, str | None]:
    """Read, without writing anything, whether ``path`` is a Ponte database and which version."""
    try:
        with path.open("rb") as f:
            header = f.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise DatabaseUnavailable(msg.CANNOT_READ(path=path, reason=exc.strerror)) from exc
    if header == b"":
        return _State.EMPTY, None
    if header != SQLITE_HEADER:
        raise NotAPonteDatabase(msg.NOT_SQLITE(path=path))
    try:
        con = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, timeout=busy_timeout)
        try:
            (app_id,) = con.execute("PRAGMA application_id").fetchone()
            tables = {
                row[0]
                for row in con.execute(
                    "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
                )
            }
            revision = None
            if "alembic_version" in tables:
                row = con.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = row[0] if row else None
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        if is_sqlite_busy(exc):  # another program holds it exclusively: ours or not, unknown
            raise DatabaseBusy(msg.BUSY(database=path)) from exc
        raise NotAPonteDatabase(msg.DAMAGED_SQLITE(path=path, reason=str(exc))) from exc
    if app_id != PONTE_APPLICATION_ID:
        if tables:
            raise NotAPonteDatabase(msg.ANOTHER_PROGRAMS_FILE(path=path))
        return _State.EMPTY, None
    return _classify(revision, str(path))


def _sqlite_engine(location: Location, busy_timeout: float) -> Engine:
    engine = create_engine(location.url, connect_args={"timeout": busy_timeout})

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_connection: Any, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.close()

    return engine


# --- PostgreSQL ---------------------------------------------------------------------------


def _open_postgres(location: Location, busy_timeout: float) -> Store:
    engine = create_engine(location.url, pool_pre_ping=True, connect_args=connect_args())
    lock_timeout_ms = max(1, round(busy_timeout * 1000))

    @event.listens_for(engine, "connect")
    def _lock_timeout(dbapi_connection: Any, _record: Any) -> None:
        # Without it a change would wait for another program's lock for ever (PostgreSQL's
        # default), and the window with it. Committed: a SET rolled back is undone.
        cursor = dbapi_connection.cursor()
        cursor.execute(f"SET lock_timeout = {lock_timeout_ms}")
        cursor.close()
        dbapi_connection.commit()

    try:
        with engine.begin() as conn:
            # Another Ponte upgrading the schema is worth waiting for, however long it takes.
            conn.execute(text("SET LOCAL lock_timeout = 0"))
            conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": PG_MIGRATION_LOCK})
            state, _revision = _inspect_postgres(conn, location)
            if state is not _State.CURRENT:
                # only the owner migrates: a reader or an editor is told, nothing is tried
                migration_refusal(
                    conn, location.display(), migrate.head_revision(), empty=state is _State.EMPTY
                )
                migrate.upgrade(conn)
    except StoreError:
        engine.dispose()
        raise
    except DBAPIError as exc:
        engine.dispose()
        refused = connection_failure(exc, location)
        if refused is not None:
            log.warning("%s: %s", location.display(), reason(exc))
            raise refused from exc
        raise DatabaseUnavailable(
            msg.CANNOT_USE(database=location.display(), reason=reason(exc))
        ) from exc
    return Store(location=location, engine=engine)


def _inspect_postgres(conn: Connection, location: Location) -> tuple[_State, str | None]:
    tables = set(inspect(conn).get_table_names())
    if not tables:
        return _State.EMPTY, None
    if "alembic_version" not in tables or "mission" not in tables:
        raise NotAPonteDatabase(msg.ANOTHER_PROGRAMS_TABLES(database=location.display()))
    return _classify(migrate.current_revision(conn), location.display())


# --- both ---------------------------------------------------------------------------------


def _classify(revision: str | None, name: str) -> tuple[_State, str | None]:
    if revision is None:
        return _State.EMPTY, None
    if revision not in migrate.known_revisions():
        raise NewerDatabase(
            msg.NEWER_DATABASE(database=name, revision=revision, head=migrate.head_revision())
        )
    if revision == migrate.head_revision():
        return _State.CURRENT, revision
    return _State.OLDER, revision


def _said(exc: BaseException) -> object:
    """What went wrong, for a message: a user's error in its own words (worded in the
    message's language), anything else as it says it."""
    return exc.message if isinstance(exc, UserError) else str(exc)
