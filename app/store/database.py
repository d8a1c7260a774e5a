"""Open a Ponte database (SQLite file or PostgreSQL), refusing what is not ours and upgrading
what is ours but older, after a verified backup."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from enum import Enum
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event, inspect, text
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from app.common.errors import UserError
from app.common.paths import Paths
from app.store import audit, migrate, sqlite_file
from app.store import messages as msg
from app.store.backup import (
    backup_before_upgrade,
    backup_if_changed,
    mark_failed_upgrade,
    newest_good_backup,
)
from app.store.connecting import connect_args, connection_failure
from app.store.errors import (
    DatabaseUnavailable,
    MigrationFailed,
    NewerDatabase,
    NotAPonteDatabase,
    StoreError,
)
from app.store.failures import reason, worded
from app.store.location import Location, parse_location
from app.store.roles import migration_refusal
from app.store.sqlite_file import BEGIN_OPTION, foreign_keys_off, sqlite_engine
from app.store.sqlite_file import PONTE_APPLICATION_ID as PONTE_APPLICATION_ID
from app.store.sqlite_file import SQLITE_HEADER as SQLITE_HEADER
from app.store.sqlite_file import DamagedDatabase as DamagedDatabase
from app.store.stale import changed_meanwhile

log = logging.getLogger(__name__)

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
        self.audit = audit.recorder_for(self)  # every commit writes the audit log
        audit.install(self._sessions, self.engine, self.audit)

    @contextmanager
    def session(self, *, write: bool = False) -> Iterator[Session]:
        """A unit of work: committed when the block ends, rolled back if it raises.

        Every action goes through here, so this is where a database another program holds
        (past the busy timeout) or a lost server becomes a :class:`StoreError` for the
        coordinator instead of a driver's traceback.

        On SQLite its first statement decides how it begins: a read ``BEGIN DEFERRED``
        (never blocked by another program's writing), a write ``BEGIN IMMEDIATE`` (the
        write lock taken first, waited for with a notice). ``write``: take the write lock
        now, before any read, for a unit of work that reads and then writes (a busy file
        then refuses it at the start, never half-way)."""
        with self._worded_failures(), self._sessions.begin() as session:
            if write and self.engine.dialect.name == "sqlite":
                session.connection(execution_options={BEGIN_OPTION: "IMMEDIATE"})
            yield session

    @contextmanager
    def snapshot(self) -> Iterator[Session]:
        """A read-only unit of work in which every query sees the same state of the database,
        whatever other connections commit meanwhile (a mission read for an export is never
        half before and half after another coordinator's change). Nothing is written."""
        with self._worded_failures(), self._sessions() as session:
            if self.engine.dialect.name == "sqlite":
                # Our BEGIN DEFERRED (sqlite_file) holds one read snapshot (WAL) to the end,
                # without taking the write lock ordinary units of work take.
                session.connection(execution_options={BEGIN_OPTION: "DEFERRED"})
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
        failures are worded as the session's. Its first statement begins a transaction (on
        SQLite ``BEGIN IMMEDIATE``): what cannot run in one (VACUUM, a checkpoint) needs
        ``execution_options(isolation_level="AUTOCOMMIT")``."""
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
        except StaleDataError as exc:  # another connection changed the row since it was read
            log.info("%s: %s", self.location.display(), exc)
            raise changed_meanwhile(self.location.display()) from exc

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
    busy_timeout: float | None = None,
    backups: bool = True,
) -> Store:
    """Open the database at ``target`` (a file path or a URL), creating or upgrading it.

    Raises a :class:`StoreError` with a message for the coordinator when the target is not a
    Ponte database, comes from a newer Ponte, or cannot be reached; the target is then left
    exactly as it was. A change waits ``busy_timeout`` seconds for another program's lock
    before it fails with :class:`DatabaseBusy` (None: :data:`BUSY_TIMEOUT_S`).

    A file is checked first (SQLite's quick_check and foreign_key_check): a damaged one is
    set aside and :class:`DamagedDatabase` names the newest good backup. With ``backups``, a
    file that changed since its last backup is backed up (verified, rotated) as it opens.
    """
    if busy_timeout is None:
        busy_timeout = BUSY_TIMEOUT_S
    location = target if isinstance(target, Location) else parse_location(target)
    paths = paths or Paths.for_user()
    if location.path is not None:
        return _open_sqlite(location, location.path, paths, create, busy_timeout, backups)
    return _open_postgres(location, busy_timeout)


# --- SQLite -------------------------------------------------------------------------------


def _open_sqlite(
    location: Location,
    path: Path,
    paths: Paths,
    create: bool,
    busy_timeout: float,
    backups: bool,
) -> Store:
    """Open (or create) a Ponte file; see :mod:`app.store.sqlite_file` for what makes it
    durable: nothing is written before the file is known to be Ponte's and sound."""
    if path.is_dir():
        raise DatabaseUnavailable(msg.IS_A_FOLDER(path=path))
    if not path.exists():
        if not create:
            raise DatabaseUnavailable(msg.NO_DATABASE(path=path))
        try:
            sqlite_file.create_new(path, lambda temp: _build_sqlite(temp, busy_timeout))
        except StoreError:
            raise
        except Exception as exc:
            raise DatabaseUnavailable(msg.CANNOT_PREPARE(path=path, reason=_said(exc))) from exc
        return Store(location=location, engine=sqlite_engine(path, busy_timeout))
    facts = sqlite_file.read_facts(path, busy_timeout)
    sqlite_file.refuse_foreign(path, facts)
    if facts.problem is None and facts.revision is None:
        facts = replace(facts, problem=str(msg.INCOMPLETE_FILE()))
    if facts.problem is not None:
        raise _set_aside(path, facts.problem, paths)
    state, revision = _classify(facts.revision, str(path))
    backup: Path | None = None
    if state is _State.OLDER:
        assert revision is not None
        try:
            backup = backup_before_upgrade(path, paths.backups_dir, revision=revision)
        except OSError as exc:  # no upgrade without its copy
            raise DatabaseUnavailable(
                msg.CANNOT_CREATE(path=paths.backups_dir, reason=exc.strerror)
            ) from exc
        log.info("backed up %s to %s before upgrading from %s", path, backup, revision)
    elif backups:
        backup_if_changed(path, paths.backups_dir, label="open")
    engine = sqlite_engine(path, busy_timeout)
    if state is _State.OLDER:
        try:
            _migrate_sqlite(engine)
        except Exception as exc:  # rolled back: the file is as it was
            engine.dispose()
            if backup is not None:
                mark_failed_upgrade(backup)
            if isinstance(exc, StoreError) and not isinstance(exc, MigrationFailed):
                raise
            raise MigrationFailed(
                msg.UPGRADE_ROLLED_BACK(path=path, reason=_said(exc), backup=backup)
            ) from exc
    return Store(location=location, engine=engine, backup=backup)


def _set_aside(path: Path, problem: str, paths: Paths) -> DamagedDatabase:
    aside = sqlite_file.set_aside(path)
    good = newest_good_backup(path, paths.backups_dir)
    if good is None:
        text = msg.DAMAGED_NO_BACKUP(path=path, reason=problem, aside=aside)
    else:
        text = msg.DAMAGED(path=path, reason=problem, aside=aside, backup=good)
    return DamagedDatabase(text, path=path, set_aside=aside, backup=good)


def _build_sqlite(temp: Path, busy_timeout: float) -> None:
    """The whole schema of a new file, in one transaction, into ``temp``."""
    engine = sqlite_engine(temp, busy_timeout)
    try:
        _migrate_sqlite(engine, new=True)
    finally:
        engine.dispose()


def _migrate_sqlite(engine: Engine, *, new: bool = False) -> None:
    """Run the migrations in ONE transaction (BEGIN IMMEDIATE … COMMIT: a crash leaves the
    file as it was), with foreign keys off, as SQLite's table rebuilds require.

    Rebuilding a table (Alembic's batch mode) drops and re-creates it; with foreign keys on,
    the drop would cascade or null the rows that point at it. The keys are checked after.
    """
    with engine.connect() as conn:
        conn.execution_options(**{BEGIN_OPTION: "IMMEDIATE"})  # the write lock, first
        with foreign_keys_off(conn), conn.begin():
            _upgrade_checked(conn, new)


def _upgrade_checked(conn: Connection, new: bool) -> None:
    if new:
        conn.exec_driver_sql(f"PRAGMA application_id = {PONTE_APPLICATION_ID}")
    migrate.upgrade(conn)
    broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    if broken:
        raise MigrationFailed(msg.BROKEN_REFERENCES(count=len(broken)))


# --- PostgreSQL ---------------------------------------------------------------------------


def _open_postgres(location: Location, busy_timeout: float) -> Store:
    engine = create_engine(
        location.url, pool_pre_ping=True, connect_args=connect_args(), hide_parameters=True
    )
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
