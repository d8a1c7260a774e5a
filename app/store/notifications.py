"""Others' changes, as they commit: so a coordinator's window shows them without a restart.

- PostgreSQL: each commit that changed something sends ``NOTIFY ponte_changes,
  '<mission_id>:<table>:<who>'`` from inside its transaction (see :mod:`app.store.audit`; the
  server delivers it on commit, never for a rollback). A :class:`ServerListener` holds its own
  connection, LISTENs on a thread of its own, reconnects when the connection is lost and is
  closed cleanly by :meth:`stop`.
- SQLite: a :class:`FileWatcher` asks ``PRAGMA data_version`` twice a second on a connection of
  its own; when another connection committed, it reads the new audit entries to say what
  changed and who changed it.

Both skip this store's own changes and call ``on_change(Notice)`` on their thread: a window
passes it on to its UI thread (ui.live_updates).
"""

from __future__ import annotations

import logging
import sqlite3
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from app.store.database import Store

log = logging.getLogger(__name__)

CHANNEL = "ponte_changes"
POLL_S = 0.5  # how often the SQLite watcher looks
RECONNECT_S = (0.5, 1.0, 2.0, 5.0, 10.0)  # waits between attempts to reach the server again
PROBE_S = 10.0  # how often the listener checks that its connection still reaches the server


@dataclass(frozen=True)
class Notice:
    """Someone else committed a change to ``table`` of mission ``mission_id`` (None: of no
    one mission, e.g. a new mission's setting)."""

    mission_id: int | None
    table: str
    who: str


def payload(mission_id: int | None, table: str, who: str) -> str:
    """The text a NOTIFY carries (at most 8000 bytes: the name is cut well before)."""
    return f"{'' if mission_id is None else mission_id}:{table}:{who[:100]}"


def parse(text: str) -> Notice | None:
    """The notice a NOTIFY's text stands for (None: not one of ours)."""
    parts = text.split(":", 2)
    if len(parts) != 3:
        return None
    mission, table, who = parts
    if mission and not mission.isdigit():
        return None
    return Notice(int(mission) if mission else None, table, who)


OnChange = Callable[[Notice], None]


class Watcher:
    """A thread that calls ``on_change`` for others' commits until :meth:`stop`."""

    def __init__(self, on_change: OnChange) -> None:
        self._on_change = on_change
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name=type(self).__name__, daemon=True)
        self.ready = threading.Event()  # set once it listens (tests wait for it)

    def start(self) -> None:
        self._thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join(timeout)

    def _emit(self, notice: Notice) -> None:
        try:
            self._on_change(notice)
        except Exception:  # a receiver's bug must not end the watching
            log.exception("live update receiver failed")

    def _run(self) -> None:
        raise NotImplementedError


class ServerListener(Watcher):
    """LISTEN ponte_changes on a connection of its own (not from the store's pool)."""

    def __init__(self, store: Store, on_change: OnChange, *, timeout: float = 0.5) -> None:
        super().__init__(on_change)
        self._store = store
        self._timeout = timeout
        self._connection: Any = None
        self.reconnects = 0

    def backend_pid(self) -> int | None:
        """The server process of its connection (tests end it to drop the connection)."""
        connection = self._connection
        return None if connection is None else int(connection.info.backend_pid)

    def _connect(self) -> Any:
        import psycopg

        from app.store.connecting import connect_args

        engine = self._store.engine
        cargs, cparams = engine.dialect.create_connect_args(engine.url)
        cparams = {**connect_args(), **cparams}
        connection = psycopg.connect(*cargs, **cparams, autocommit=True)
        connection.execute(f"LISTEN {CHANNEL}")
        return connection

    def _run(self) -> None:
        import psycopg

        attempt = 0
        while not self._stop.is_set():
            try:
                self._connection = self._connect()
                attempt = 0
                self.ready.set()
                self._listen(self._connection)
            except (psycopg.Error, _Lost) as exc:
                self.ready.clear()
                log.info("live updates: server connection lost (%s); reconnecting", exc)
                self.reconnects += 1
                self._stop.wait(RECONNECT_S[min(attempt, len(RECONNECT_S) - 1)])
                attempt += 1
            finally:
                self._close()

    def _listen(self, connection: Any) -> None:
        own = self._store.audit.own_pids
        probed = time.monotonic()
        while not self._stop.is_set():
            for notify in connection.notifies(timeout=self._timeout):
                if notify.channel != CHANNEL or notify.pid in own:
                    continue
                notice = parse(notify.payload)
                if notice is not None:
                    self._emit(notice)
            if connection.closed or connection.broken:
                raise _Lost()
            if time.monotonic() - probed > PROBE_S:
                # a server that ended the connection says so; a network that silently lost
                # it is seen only when one speaks: a cheap question now and then
                connection.execute("SELECT 1")
                probed = time.monotonic()

    def _close(self) -> None:
        connection, self._connection = self._connection, None
        if connection is not None:
            try:
                connection.close()
            except Exception:  # already gone
                log.debug("live updates: closing a lost connection failed", exc_info=True)


class _Lost(Exception):
    """The listening connection is closed or broken."""


class FileWatcher(Watcher):
    """``PRAGMA data_version`` on a read-only connection of its own, every ``interval`` s."""

    def __init__(self, store: Store, on_change: OnChange, *, interval: float = POLL_S) -> None:
        super().__init__(on_change)
        assert store.location.path is not None
        self._path = store.location.path
        self._store = store
        self._interval = interval

    def _run(self) -> None:
        connection: sqlite3.Connection | None = None
        version = last_id = None
        while not self._stop.is_set():
            try:
                if connection is None:
                    connection = sqlite3.connect(
                        f"{self._path.as_uri()}?mode=ro", uri=True, timeout=1.0
                    )
                    version = _data_version(connection)
                    last_id = _last_entry(connection)
                    self.ready.set()
                now = _data_version(connection)
                if now != version:
                    version = now
                    last_id = self._report(connection, last_id)
            except sqlite3.Error as exc:  # busy, or the file went away: try again later
                log.info("live updates: cannot read %s (%s)", self._path, exc)
                if connection is not None:
                    connection.close()
                    connection = None
            self._stop.wait(self._interval)
        if connection is not None:
            connection.close()

    def _report(self, connection: sqlite3.Connection, last_id: int | None) -> int | None:
        newest = _last_entry(connection)
        if last_id is not None and newest < last_id:
            # a deleted mission took the newest entries with it, and SQLite gives their ids
            # to the next ones: which are new is unknown, the newest one says who and where
            last_id = newest - 1
            self._store.audit.forget_from(newest)  # those ids may now be another's
        rows = connection.execute(
            "SELECT id, mission_id, table_name, who FROM audit_entry WHERE id > ? ORDER BY id",
            (last_id or 0,),
        ).fetchall()
        seen: set[Notice] = set()
        for entry_id, mission_id, table, who in rows:
            last_id = entry_id
            if self._store.audit.is_own_entry(entry_id):
                continue
            notice = Notice(mission_id, table, who)
            if notice not in seen:
                seen.add(notice)
                self._emit(notice)
        return last_id


def _data_version(connection: sqlite3.Connection) -> int:
    return int(connection.execute("PRAGMA data_version").fetchone()[0])


def _last_entry(connection: sqlite3.Connection) -> int:
    return int(connection.execute("SELECT coalesce(max(id), 0) FROM audit_entry").fetchone()[0])


def watch(store: Store, on_change: OnChange) -> Watcher:
    """A started watcher of ``store`` for others' changes (stop it before closing the store)."""
    watcher: Watcher
    if store.location.is_sqlite:
        watcher = FileWatcher(store, on_change)
    else:
        watcher = ServerListener(store, on_change)
    watcher.start()
    return watcher
