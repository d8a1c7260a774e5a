"""What a database driver's error means for the coordinator: another program holding the
database (try again), a database that went away (a lost server, a full or missing disk), or
neither (a defect of Ponte's, left as it is, to be logged with its traceback)."""

from __future__ import annotations

import logging
import sqlite3

from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError

from app.store import messages as msg
from app.store.errors import DatabaseBusy, DatabaseUnavailable, RaceRefused, StoreError
from app.store.lock_messages import RACE_REFUSED
from app.store.roles import permission_failure
from app.store.stale import changed_meanwhile

# SQLite's primary result codes (the low byte of an extended code).
_SQLITE_BUSY = {sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED}
_SQLITE_UNAVAILABLE = {
    sqlite3.SQLITE_READONLY,
    sqlite3.SQLITE_IOERR,
    sqlite3.SQLITE_CORRUPT,
    sqlite3.SQLITE_FULL,
    sqlite3.SQLITE_CANTOPEN,
    sqlite3.SQLITE_NOTADB,
}
# SQLITE_BUSY_SNAPSHOT: a read transaction (WAL) that tries to write after another
# connection committed since it began.
_SQLITE_BUSY_SNAPSHOT = sqlite3.SQLITE_BUSY | (2 << 8)
# PostgreSQL's SQLSTATEs: a lock not granted within lock_timeout, a serialization failure,
# a deadlock (each rolled back, each worth trying again) ...
_PG_BUSY = {"55P03", "40001", "40P01"}
# ... and a server that went away or refuses work (shut down, out of disk or connections).
_PG_LOST_CLASSES = ("08",)
_PG_LOST = {"57P01", "57P02", "57P03"}
_PG_UNAVAILABLE_CLASSES = ("53", "58")


def sqlite_code(exc: BaseException) -> int | None:
    """SQLite's primary result code of ``exc`` (None when it is not an SQLite error)."""
    code = getattr(exc, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else None


def is_sqlite_busy(exc: BaseException) -> bool:
    """Whether SQLite gave up waiting for another connection's lock."""
    return sqlite_code(exc) in _SQLITE_BUSY


def reason(exc: BaseException) -> str:
    """The first line of what the driver said, as it said it."""
    original = exc.orig if isinstance(exc, DBAPIError) and exc.orig is not None else exc
    lines = str(original).strip().splitlines()
    return lines[0] if lines else type(original).__name__


def worded(exc: DBAPIError, database: str) -> StoreError | None:
    """The :class:`StoreError` a coordinator should read for ``exc``, raised while using
    ``database`` (as :meth:`Location.display` names it); None for anything else."""
    original = exc.orig
    code = sqlite_code(original) if original is not None else None
    sqlstate = getattr(original, "sqlstate", None)
    refused = permission_failure(sqlstate, database)  # a reader's change (app.store.roles)
    if refused is not None:
        return refused
    if getattr(original, "sqlite_errorcode", None) == _SQLITE_BUSY_SNAPSHOT:
        # A unit of work that read first, then wrote, after another connection committed in
        # between: its snapshot is stale, so SQLite refuses at once (no waiting helps).
        return changed_meanwhile(database)
    if code in _SQLITE_BUSY or sqlstate in _PG_BUSY:
        return DatabaseBusy(msg.BUSY(database=database))
    if exc.connection_invalidated or sqlstate in _PG_LOST:
        return DatabaseUnavailable(msg.CONNECTION_LOST(database=database, reason=reason(exc)))
    if isinstance(sqlstate, str) and sqlstate.startswith(_PG_LOST_CLASSES):
        return DatabaseUnavailable(msg.CONNECTION_LOST(database=database, reason=reason(exc)))
    if code in _SQLITE_UNAVAILABLE or (
        isinstance(sqlstate, str) and sqlstate.startswith(_PG_UNAVAILABLE_CLASSES)
    ):
        return DatabaseUnavailable(msg.CANNOT_USE(database=database, reason=reason(exc)))
    if isinstance(exc, OperationalError) and code is None and sqlstate is None:
        # psycopg says "the connection is closed" or "server closed the connection
        # unexpectedly" with no SQLSTATE: the server went away mid-way.
        return DatabaseUnavailable(msg.CONNECTION_LOST(database=database, reason=reason(exc)))
    return None


def race_refused(exc: IntegrityError, database: str = "") -> RaceRefused:
    """A foreign key or unique key the database enforced against a change that raced another
    (a record deleted or taken meanwhile): worded without the driver's text, which may quote
    the values (an e-mail, a name), and logged by constraint only."""
    logging.getLogger(__name__).warning(
        "%s: refused by a constraint: %s", database or "database", reason(exc)
    )
    return RaceRefused(RACE_REFUSED())
