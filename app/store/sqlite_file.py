"""Durable local SQLite files: real transactions, checks on open, files set aside, not reused.

The ``sqlite3`` driver sends no BEGIN before DDL (and a deferred one before DML only), so
SQLAlchemy's ``conn.begin()`` is not a transaction the file keeps on a crash. Here, as
SQLAlchemy documents for this driver, the driver's own transaction handling is switched off
(``isolation_level=None``) and every transaction starts with our own BEGIN:

- ``BEGIN IMMEDIATE`` for a unit of work whose first statement writes, for one that says it
  will write (``Store.session(write=True)``) and for the migrations: the write lock is
  taken at the start, so a database another program holds makes the work wait (with a
  notice after a second) or fail before anything was done, never half-way;
- ``BEGIN DEFERRED`` for one whose first statement reads and for read-only snapshots
  (``sqlite_begin="DEFERRED"``): with the write-ahead log, reading is never blocked by a
  writer.

A new file is built under a temporary name in the same folder and linked into place only
when its schema is complete; an existing file is opened ``mode=rw`` (never created by the
driver). On open the file is read-only checked first (header, application_id, ``PRAGMA
quick_check`` and ``foreign_key_check``): a file that is not Ponte's is refused untouched, a
damaged one is renamed aside as ``NAME.damaged`` and never written.
"""

from __future__ import annotations

import logging
import os
import re
import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Connection, Engine

from app.common.files import create_folders
from app.common.wording import Message
from app.store import messages as msg
from app.store.errors import DatabaseBusy, DatabaseUnavailable, NotAPonteDatabase, StoreError
from app.store.failures import is_sqlite_busy

log = logging.getLogger(__name__)

# PRAGMA application_id of every Ponte SQLite file: "PONT" in ASCII.
PONTE_APPLICATION_ID = 0x504F4E54
SQLITE_HEADER = b"SQLite format 3\x00"
# After this long waiting for another program's lock, the coordinator is told so (the wait
# goes on up to the busy timeout).
WAIT_NOTICE_S = 1.0
# The execution option that picks the kind of BEGIN: "IMMEDIATE" (default) or "DEFERRED".
BEGIN_OPTION = "sqlite_begin"
_BEGIN_KINDS = frozenset({"IMMEDIATE", "DEFERRED", "EXCLUSIVE"})
_PENDING = "ponte_begin_pending"
# A statement that only reads: its transaction begins DEFERRED (never blocked by a writer:
# write-ahead log); any other begins IMMEDIATE (the write lock taken before any work).
_READ_ONLY = re.compile(r"\s*(SELECT|PRAGMA|EXPLAIN|VALUES)\b", re.IGNORECASE)
_WRITE_WORD = re.compile(r"\b(INSERT|UPDATE|DELETE|REPLACE)\b", re.IGNORECASE)


def _kind(kind: object) -> str:
    text = str(kind).upper()
    if text not in _BEGIN_KINDS:
        raise ValueError(f"{BEGIN_OPTION} must be one of {sorted(_BEGIN_KINDS)}, not {text!r}")
    return text


def _reads(statement: str) -> bool:
    if _READ_ONLY.match(statement):
        return True
    head = statement.lstrip()[:4].upper()
    return head == "WITH" and not _WRITE_WORD.search(statement)


DAMAGED_SUFFIX = ".damaged"
_NEW_SUFFIX = ".new"
_STALE_NEW_S = 24 * 3600


class DamagedDatabase(StoreError):
    """The file failed SQLite's own checks; it was renamed aside (``set_aside``) and not
    written. ``backup`` is the newest backup that passed its checks (None: none)."""

    def __init__(self, message: Message, *, path: Path, set_aside: Path, backup: Path | None):
        super().__init__(message)
        self.path = path
        self.set_aside = set_aside
        self.backup = backup


# --- telling the coordinator that we wait ----------------------------------------------------

WaitNotice = Callable[[Message], None]
_notices: list[WaitNotice] = []


def set_wait_notice(notice: WaitNotice | None) -> WaitNotice | None:
    """Who is told "waiting for another program using FILE…" (the command line prints it on
    stderr, the window in its status bar; None: only the log). Returns the previous one.
    It may be called from any thread."""
    previous = _notices[0] if _notices else None
    _notices[:] = [notice] if notice is not None else []
    return previous


def _tell_waiting(path: Path) -> None:
    message = msg.WAITING(database=path)
    log.info("%s", message)
    for notice in list(_notices):
        try:
            notice(message)
        except Exception:  # a notice must never break the work it describes
            log.exception("wait notice failed")


# --- the engine ------------------------------------------------------------------------------


def sqlite_engine(path: Path, busy_timeout: float) -> Engine:
    """An engine on the existing file ``path`` (``mode=rw``: never created here) whose
    transactions begin with our own BEGIN (see the module's docstring)."""
    uri = f"{path.absolute().as_uri()}?mode=rw"

    def connect() -> sqlite3.Connection:
        return sqlite3.connect(
            uri, uri=True, timeout=busy_timeout, isolation_level=None, check_same_thread=False
        )

    # hide_parameters: a failing statement's message never shows row values (names, e-mails).
    # The URL names the file (and so picks the pool for a file); ``creator`` opens it.
    engine = create_engine(f"sqlite:///{path}", creator=connect, hide_parameters=True)

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(conn: Connection) -> None:
        options = conn.get_execution_options()
        if options.get("isolation_level") == "AUTOCOMMIT":
            return
        dbapi_connection = conn.connection.dbapi_connection
        assert dbapi_connection is not None
        # SQLAlchemy puts the driver's own handling back when it resets an AUTOCOMMIT
        # connection; ours stays the only BEGIN.
        dbapi_connection.isolation_level = None
        kind = options.get(BEGIN_OPTION)
        if kind is None:  # the first statement decides: a read or a write
            conn.info[_PENDING] = True
            return
        begin_waiting(dbapi_connection, path, _kind(kind), busy_timeout)  # type: ignore[arg-type]

    @event.listens_for(engine, "before_cursor_execute")
    def _first_statement(conn: Connection, _cursor: Any, statement: str, *_args: Any) -> None:
        if not conn.info.pop(_PENDING, False):
            return
        kind = "DEFERRED" if _reads(statement) else "IMMEDIATE"
        dbapi_connection = conn.connection.dbapi_connection
        assert dbapi_connection is not None
        begin_waiting(dbapi_connection, path, kind, busy_timeout)  # type: ignore[arg-type]

    def _settled(conn: Connection) -> None:
        conn.info.pop(_PENDING, None)

    event.listen(engine, "commit", _settled)
    event.listen(engine, "rollback", _settled)
    event.listen(engine, "checkin", lambda _dbapi, record: record.info.pop(_PENDING, None))

    return engine


@contextmanager
def foreign_keys_off(conn: Connection) -> Iterator[None]:
    """SQLite's foreign keys off on ``conn`` for the block (table rebuilds of migrations
    need it), on again after. Set on the driver's connection, outside any transaction:
    inside one (and every statement here begins one) the pragma does nothing."""
    if conn.dialect.name != "sqlite":
        yield
        return
    if conn.in_transaction():
        conn.rollback()
    raw = conn.connection.dbapi_connection
    assert raw is not None
    raw.cursor().execute("PRAGMA foreign_keys = OFF")
    try:
        yield
    finally:
        if conn.in_transaction():
            conn.rollback()
        raw.cursor().execute("PRAGMA foreign_keys = ON")


def begin_waiting(con: sqlite3.Connection, path: Path, kind: str, busy_timeout: float) -> None:
    """``BEGIN kind`` on ``con``, waiting up to ``busy_timeout`` seconds for another
    program's lock; after :data:`WAIT_NOTICE_S` the coordinator is told that we wait, and
    when the lock is still held at the end, :class:`DatabaseBusy` (nothing was done)."""
    statement = f"BEGIN {kind}"
    first = min(WAIT_NOTICE_S, busy_timeout)
    started = time.monotonic()
    _busy_timeout(con, first)
    try:
        try:
            con.execute(statement)
            return
        except sqlite3.OperationalError as exc:
            if not is_sqlite_busy(exc) or busy_timeout <= first:
                _raise_busy(exc, path, busy_timeout)
        _tell_waiting(path)
        _busy_timeout(con, max(0.0, busy_timeout - (time.monotonic() - started)))
        try:
            con.execute(statement)
        except sqlite3.OperationalError as exc:
            _raise_busy(exc, path, busy_timeout)
    finally:
        _busy_timeout(con, busy_timeout)


def _busy_timeout(con: sqlite3.Connection, seconds: float) -> None:
    con.execute(f"PRAGMA busy_timeout = {max(0, round(seconds * 1000))}")


def _raise_busy(exc: sqlite3.OperationalError, path: Path, _waited: float) -> None:
    if is_sqlite_busy(exc):
        raise DatabaseBusy(msg.BUSY(database=path)) from exc
    raise exc


# --- reading a file before using it ----------------------------------------------------------


@dataclass(frozen=True)
class FileFacts:
    """What a read-only look at a file says: is it an SQLite file at all, whose, and which
    schema version; ``problem`` is set when SQLite's checks fail."""

    empty: bool  # zero bytes
    application_id: int = 0
    tables: frozenset[str] = frozenset()
    revision: str | None = None
    problem: str | None = None


def read_facts(path: Path, busy_timeout: float, *, check: bool = True) -> FileFacts:
    """Read ``path`` without writing a byte (``mode=ro``): header, application_id, tables,
    schema revision and, with ``check``, ``quick_check`` and ``foreign_key_check``.

    :class:`NotAPonteDatabase` when it is not an SQLite file at all."""
    try:
        with path.open("rb") as f:
            first = f.read(100)  # SQLite's file header
    except OSError as exc:
        raise DatabaseUnavailable(msg.CANNOT_READ(path=path, reason=exc.strerror)) from exc
    if first == b"":
        return FileFacts(empty=True)
    if first[: len(SQLITE_HEADER)] != SQLITE_HEADER:
        raise NotAPonteDatabase(msg.NOT_SQLITE(path=path))
    # The application_id as the header holds it (bytes 68-71): whose the file is, even when
    # SQLite cannot read further.
    header_app_id = int.from_bytes(first[68:72], "big") if len(first) >= 72 else 0
    try:
        _recover_hot_journal(path, busy_timeout)
        with _readonly(path, busy_timeout) as con:
            (app_id,) = con.execute("PRAGMA application_id").fetchone()
            tables = frozenset(
                row[0]
                for row in con.execute(
                    "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
                )
            )
            revision = None
            if "alembic_version" in tables:
                row = con.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = row[0] if row else None
            problem = _problem(con) if check and app_id == PONTE_APPLICATION_ID else None
    except sqlite3.DatabaseError as exc:
        if is_sqlite_busy(exc):  # another program holds it exclusively: ours or not, unknown
            raise DatabaseBusy(msg.BUSY(database=path)) from exc
        # The header says SQLite, yet SQLite cannot read it: a damaged file, Ponte's if its
        # header says so (else another program's, refused untouched).
        return FileFacts(empty=False, application_id=header_app_id, problem=str(exc))
    return FileFacts(
        empty=False, application_id=app_id, tables=tables, revision=revision, problem=problem
    )


def _recover_hot_journal(path: Path, busy_timeout: float) -> None:
    """Roll back the transaction a crash left in ``NAME-journal`` (rollback-journal mode: a
    file being switched to WAL, an older file), as SQLite does when it opens a file to write.

    A ``mode=ro`` connection cannot: it reads application_id 0 and "attempt to write a
    readonly database" (SQLITE_READONLY_ROLLBACK), so a sound Ponte file killed at that
    moment would be refused as another program's for ever. Only a file whose header says it
    is Ponte's (application_id, bytes 68-71) is opened to write; the rollback puts back the
    file as it was before that transaction, which is what the file holds."""
    journal = path.with_name(path.name + "-journal")
    try:
        if journal.stat().st_size == 0:
            return
        with path.open("rb") as f:
            f.seek(68)
            ours = int.from_bytes(f.read(4), "big") == PONTE_APPLICATION_ID
    except OSError:
        return
    if not ours:
        return
    con = sqlite3.connect(f"{path.absolute().as_uri()}?mode=rw", uri=True, timeout=busy_timeout)
    try:
        con.execute("PRAGMA schema_version").fetchone()  # the first read rolls back
    finally:
        con.close()
    log.info("rolled back the interrupted transaction left in %s", journal)


def check_file(path: Path, busy_timeout: float = 5.0) -> str | None:
    """What is wrong with the SQLite file at ``path`` (None: it passes ``quick_check`` and
    ``foreign_key_check``); read-only."""
    try:
        with _readonly(path, busy_timeout) as con:
            return _problem(con)
    except sqlite3.DatabaseError as exc:
        return str(exc)


def _problem(con: sqlite3.Connection) -> str | None:
    rows = [row[0] for row in con.execute("PRAGMA quick_check(3)")]
    if rows != ["ok"]:
        lines = [
            line.strip()
            for row in rows
            for line in str(row).splitlines()
            if line.strip() and not line.startswith("***")
        ]
        said = "; ".join(lines[:2]) or "quick_check failed"
        return said + (" …" if len(lines) > 2 else "")
    broken = con.execute("PRAGMA foreign_key_check").fetchall()
    if broken:
        return str(msg.BROKEN_REFERENCES_FOUND(count=len(broken)))
    return None


@contextmanager
def _readonly(path: Path, busy_timeout: float) -> Iterator[sqlite3.Connection]:
    con = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True, timeout=busy_timeout)
    try:
        yield con
    finally:
        con.close()


def refuse_foreign(path: Path, facts: FileFacts) -> None:
    """Raise :class:`NotAPonteDatabase` unless ``facts`` are those of a Ponte file (its
    application_id). An empty file or an empty SQLite database of another program is not
    ours to fill: only a file Ponte creates itself is."""
    if facts.empty:
        raise NotAPonteDatabase(msg.EMPTY_FILE(path=path))
    if facts.application_id != PONTE_APPLICATION_ID:
        raise NotAPonteDatabase(msg.ANOTHER_PROGRAMS_FILE(path=path))


def set_aside(path: Path) -> Path:
    """Rename ``path`` (and its -wal/-shm/-journal) to ``NAME.damaged`` (``NAME.damaged-2``…
    if taken), without writing it; returns the new name. A -journal left behind would be
    rolled back into the next file made at ``NAME``."""
    target = path.with_name(path.name + DAMAGED_SUFFIX)
    n = 1
    while target.exists():
        n += 1
        target = path.with_name(f"{path.name}{DAMAGED_SUFFIX}-{n}")
    os.rename(path, target)
    for suffix in ("-wal", "-shm", "-journal"):
        companion = path.with_name(path.name + suffix)
        if companion.exists():
            os.rename(companion, target.with_name(target.name + suffix))
    log.info("set %s aside as %s", path, target)
    return target


# --- a new file ------------------------------------------------------------------------------


def create_new(path: Path, build: Callable[[Path], None]) -> None:
    """Make a new database at ``path`` (which must not exist): ``build`` fills a private
    temporary file in the same folder, which is then linked into place whole. A crash
    leaves at most the temporary file (removed by a later creation after a day), never a
    half-made ``path``. :class:`DatabaseUnavailable` if ``path`` appeared meanwhile."""
    folder = path.parent
    try:
        create_folders(folder)  # missing ones 0700, as for every file Ponte writes
        _remove_stale_new_files(path)
        temp = folder / f".{path.name}.{os.getpid()}.{time.monotonic_ns()}{_NEW_SUFFIX}"
        fd = os.open(temp, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        os.close(fd)
    except OSError as exc:
        raise DatabaseUnavailable(msg.CANNOT_CREATE(path=path, reason=exc.strerror)) from exc
    try:
        build(temp)
        for suffix in ("-wal", "-shm"):  # the last connection closed checkpointed the log
            leftover = temp.with_name(temp.name + suffix)
            if leftover.exists() and suffix == "-wal" and leftover.stat().st_size:
                raise DatabaseUnavailable(
                    msg.CANNOT_CREATE(path=path, reason="write-ahead log not emptied")
                )
            leftover.unlink(missing_ok=True)
        _fsync(temp)
        _place(temp, path)
        _fsync_folder(folder)
    except BaseException:
        for leftover in (temp, *(temp.with_name(temp.name + s) for s in ("-wal", "-shm"))):
            leftover.unlink(missing_ok=True)
        raise


def _place(temp: Path, path: Path) -> None:
    """Give ``temp`` the name ``path`` unless ``path`` exists (never overwrite it)."""
    try:
        os.link(temp, path)
    except FileExistsError as exc:
        raise DatabaseUnavailable(
            msg.CANNOT_CREATE(path=path, reason="another program created it meanwhile")
        ) from exc
    except OSError:  # a file system without hard links: rename (no-clobber checked just before)
        if path.exists():
            raise DatabaseUnavailable(
                msg.CANNOT_CREATE(path=path, reason="another program created it meanwhile")
            ) from None
        os.rename(temp, path)
        return
    temp.unlink()


def _remove_stale_new_files(path: Path) -> None:
    """Remove what a creation that crashed left: a day old, or (POSIX) made by a process
    that is gone."""
    cutoff = time.time() - _STALE_NEW_S
    for leftover in path.parent.glob(f".{path.name}.*{_NEW_SUFFIX}*"):
        try:
            if leftover.stat().st_mtime < cutoff or not _alive(leftover.name, path.name):
                leftover.unlink()
        except OSError:
            pass


def _alive(leftover: str, name: str) -> bool:
    """Whether the process that named ``leftover`` (``.NAME.PID.N.new``) still runs; True
    when that cannot be told."""
    pid_text = leftover[len(name) + 2 :].split(".", 1)[0]
    if os.name != "posix" or not pid_text.isdigit():
        return True
    pid = int(pid_text)
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)  # signal 0: only asks whether it exists
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_folder(folder: Path) -> None:
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
