"""The mission lock: imports, merges, scheduler runs and the other operations that rewrite
much of a mission take it for their whole transaction, so two of them never interleave
(two imports of one file would both create its rows; an import into a mission that
``demo --replace`` is deleting would end in a foreign-key error).

On PostgreSQL it is a transaction-level advisory lock on (``MISSION_LOCK_CLASS``, mission
id), released by the commit or rollback. Its holder marks its connection's
``application_name`` with the operation and who runs it (``Store.actor``), so that a
waiting coordinator is told "Mario Rossi is importing into this mission" and, after the
store's lock timeout, gets :class:`MissionBusy` with the same sentence. On SQLite, where a
single writer holds the whole file anyway, it is the file's write lock, taken at once.

Call :func:`lock_mission` first thing in the session, before reading what is then written:
what is read after it is what the previous holder committed.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from enum import StrEnum
from urllib.parse import quote, unquote

from sqlalchemy import text
from sqlalchemy.orm import Session

from app.common.wording import Message, Wording
from app.store import lock_messages as msg
from app.store.database import BUSY_TIMEOUT_S, Store
from app.store.errors import DatabaseBusy, StoreError

# The advisory lock's first key: "PONM" in ASCII (the migrations' lock is "PONT").
MISSION_LOCK_CLASS = 0x504F4E4D
_POLL_S = (0.02, 0.05, 0.1, 0.2)  # the waits between tries, the last one repeated
_APP_NAME_BYTES = 63  # PostgreSQL keeps NAMEDATALEN - 1 bytes of application_name
_APP_NAME = re.compile(r"^Ponte (?P<op>[a-z-]+) \((?P<actor>[^)]*)\)?$")


class Operation(StrEnum):
    """What holds a mission lock; its value is written in ``application_name``. Add a value
    (and its phrase in ``_DOING``) for a new operation."""

    IMPORT = "import"
    MERGE = "merge"
    SCHEDULE = "schedule"
    REPLACE_DEMO = "replace-demo"
    ERASE = "erase"
    OFFLINE_RETURN = "offline-return"


_DOING: dict[Operation, Wording] = {
    Operation.IMPORT: msg.DOING_IMPORT,
    Operation.MERGE: msg.DOING_MERGE,
    Operation.SCHEDULE: msg.DOING_SCHEDULE,
    Operation.REPLACE_DEMO: msg.DOING_REPLACE_DEMO,
    Operation.ERASE: msg.DOING_ERASE,
    Operation.OFFLINE_RETURN: msg.DOING_OFFLINE_RETURN,
}


class MissionBusy(DatabaseBusy):
    """Another coordinator's import, merge or scheduler run held the mission for longer
    than this one waits; nothing was written. ``holder`` names them (empty if unknown)."""

    def __init__(self, message: Message, holder: str = "", operation: str = "") -> None:
        super().__init__(message)
        self.holder = holder
        self.operation = operation


class MissionGone(StoreError):
    """The mission was deleted while the operation waited for it; nothing was written."""


def doing(operation: str, holder: str) -> Message:
    """ "Mario Rossi is importing into this mission" (someone unnamed when not known)."""
    wording = _DOING.get(Operation(operation)) if operation in _OPERATIONS else None
    if wording is None or not holder.strip():
        return msg.DOING_UNNAMED()
    return wording(holder=holder)


def busy_message(operation: str, holder: str) -> Message:
    """ "Mario Rossi is importing into this mission; try again when it is done." """
    return msg.BUSY(doing=doing(operation, holder))


_OPERATIONS = {o.value for o in Operation}


def application_name(operation: Operation, actor: str) -> str:
    """``Ponte import (Mario Rossi)``: ASCII only (PostgreSQL would mangle the rest), the
    name percent-encoded where it is not, cut to what the server keeps."""
    head = f"Ponte {operation.value} ("
    room = _APP_NAME_BYTES - len(head) - 1
    name = actor.strip()
    while len(_quoted(name)) > room:  # cut whole characters, never half an escape
        name = name[:-1]
    return f"{head}{_quoted(name)})"


def _quoted(name: str) -> str:
    return quote(name, safe=" .,'-_")


def read_application_name(value: str) -> tuple[str, str] | None:
    """(operation, actor) of a holder's ``application_name``; None if not a lock holder's."""
    found = _APP_NAME.match(value or "")
    if found is None:
        return None
    return found["op"], unquote(found["actor"])


def lock_mission(
    store: Store,
    session: Session,
    mission_id: int,
    operation: Operation,
    *,
    waiting: Callable[[Message], None] | None = None,
) -> None:
    """Hold the mission lock of ``mission_id`` until ``session``'s transaction ends.

    Waits at most the store's lock timeout for another holder (``waiting`` is told, once per
    holder, who it is), then raises :class:`MissionBusy`; raises :class:`MissionGone` when
    the mission is not (or no longer) there. Call it before anything else in the session.
    """
    if session.get_bind().dialect.name == "postgresql":
        _lock_postgres(store, session, mission_id, operation, waiting)
    else:
        _lock_sqlite(session, mission_id)


def _lock_sqlite(session: Session, mission_id: int) -> None:
    """The file's write lock (SQLite waits its busy timeout for it), through the mission row:
    a mission deleted meanwhile updates no row. Who holds the file cannot be known (another
    Ponte or another program): past the timeout the store says the database is busy."""
    updated = session.execute(
        text("UPDATE mission SET row_version = row_version WHERE id = :id"), {"id": mission_id}
    )
    if getattr(updated, "rowcount", 1) == 0:
        raise MissionGone(msg.MISSION_GONE())


def _lock_postgres(
    store: Store,
    session: Session,
    mission_id: int,
    operation: Operation,
    waiting: Callable[[Message], None] | None,
) -> None:
    # SET LOCAL: the mark goes with the transaction, as the lock does.
    session.execute(
        text("SELECT set_config('application_name', :name, true)"),
        {"name": application_name(operation, store.actor)},
    )
    keys = {"cls": MISSION_LOCK_CLASS, "id": mission_id}
    try_lock = text("SELECT pg_try_advisory_xact_lock(CAST(:cls AS integer), CAST(:id AS integer))")
    if not session.scalar(try_lock, keys):
        timeout_s = _lock_timeout_s(session)
        deadline = time.monotonic() + timeout_s
        told: tuple[str, str] | None = None
        tries = 0
        while True:
            holder = _holder(session, mission_id)
            if waiting is not None and holder != told:
                told = holder
                waiting(msg.WAITING(doing=doing(*(holder or ("", "")))))
            if time.monotonic() >= deadline:
                op, actor = holder or ("", "")
                raise MissionBusy(busy_message(op, actor), holder=actor, operation=op)
            time.sleep(_POLL_S[min(tries, len(_POLL_S) - 1)])
            tries += 1
            if session.scalar(try_lock, keys):
                break
    # A mission deleted while this waited (or before) is not written into; FOR KEY SHARE
    # keeps it from being deleted until this transaction ends. It needs the right to update
    # missions: a reader (whose offline return writes only check-ins and meeting statuses)
    # has none, and holds the advisory lock alone.
    may_lock_row = session.scalar(text("SELECT has_table_privilege('mission', 'UPDATE')"))
    found = session.scalar(
        text(f"SELECT id FROM mission WHERE id = :id{' FOR KEY SHARE' if may_lock_row else ''}"),
        {"id": mission_id},
    )
    if found is None:
        raise MissionGone(msg.MISSION_GONE())


def _lock_timeout_s(session: Session) -> float:
    """The connection's lock_timeout (set from the store's busy timeout), in seconds."""
    ms = session.scalar(text("SELECT setting::int FROM pg_settings WHERE name = 'lock_timeout'"))
    return (int(ms) / 1000.0) if ms else BUSY_TIMEOUT_S


def _holder(session: Session, mission_id: int) -> tuple[str, str] | None:
    """(operation, actor) of whoever holds the mission lock now, if it says."""
    names = session.scalars(
        text(
            "SELECT a.application_name FROM pg_locks l "
            "JOIN pg_stat_activity a ON a.pid = l.pid "
            "WHERE l.locktype = 'advisory' AND l.granted AND l.database = "
            "(SELECT oid FROM pg_database WHERE datname = current_database()) "
            "AND l.classid::bigint = :cls AND l.objid::bigint = :id AND l.objsubid = 2"
        ),
        {"cls": MISSION_LOCK_CLASS, "id": mission_id},
    ).all()
    for name in names:
        found = read_application_name(name or "")
        if found is not None:
            return found
    return None
