"""Others' changes reach an open store: on PostgreSQL by NOTIFY on commit to a listener on its
own connection (which survives the server ending that connection), on SQLite by a watcher of
PRAGMA data_version. A store's own changes are not announced back to it."""

from __future__ import annotations

import queue
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text

from app.common.paths import Paths
from app.model import Mission
from app.store import Store, open_store
from app.store.notifications import Notice, ServerListener, Watcher, parse, payload, watch

WITHIN_S = 2.0


def add_mission(store: Store, name: str = "Torino → Nagoya") -> int:
    with store.session() as s:
        mission = Mission(
            name=name,
            host_city="Nagoya",
            timezone="Asia/Tokyo",
            start_date=date(2027, 10, 4),
            end_date=date(2027, 10, 8),
        )
        s.add(mission)
        s.flush()
        return mission.id


def rename(store: Store, mission_id: int, name: str) -> None:
    with store.session() as s:
        mission = s.get(Mission, mission_id)
        assert mission is not None
        mission.name = name


def next_notice(heard: queue.Queue[Notice], within: float = WITHIN_S) -> Notice:
    return heard.get(timeout=within)


@pytest.fixture
def two_stores(db_target: str, paths: Paths, tmp_path: Path) -> Iterator[tuple[Store, Store]]:
    mine = open_store(db_target, paths=paths)
    theirs = open_store(db_target, paths=paths)
    mine.actor, theirs.actor = "Mario Rossi", "Keiko Tanaka"
    try:
        yield mine, theirs
    finally:
        mine.close()
        theirs.close()


@pytest.fixture
def listening(two_stores: tuple[Store, Store]) -> Iterator[tuple[Watcher, queue.Queue[Notice]]]:
    mine, _theirs = two_stores
    heard: queue.Queue[Notice] = queue.Queue()
    watcher = watch(mine, heard.put)
    assert watcher.ready.wait(5)
    try:
        yield watcher, heard
    finally:
        watcher.stop()


def test_payload_round_trip() -> None:
    assert parse(payload(3, "participant", "Mario: Rossi")) == Notice(
        3, "participant", "Mario: Rossi"
    )
    assert parse(payload(None, "mission", "")) == Notice(None, "mission", "")
    assert parse("nonsense") is None


def test_another_stores_change_arrives_and_ours_does_not(
    two_stores: tuple[Store, Store], listening: tuple[Watcher, queue.Queue[Notice]]
) -> None:
    mine, theirs = two_stores
    _watcher, heard = listening
    mission_id = add_mission(mine)  # our own: not announced to us
    started = time.monotonic()
    rename(theirs, mission_id, "Torino → Nagoya 2027")
    notice = next_notice(heard)
    assert notice == Notice(mission_id, "mission", "Keiko Tanaka")
    assert time.monotonic() - started < WITHIN_S
    rename(mine, mission_id, "Ours again")
    with pytest.raises(queue.Empty):
        heard.get(timeout=1.2)


def test_a_rolled_back_change_is_not_announced(
    two_stores: tuple[Store, Store], listening: tuple[Watcher, queue.Queue[Notice]]
) -> None:
    mine, theirs = two_stores
    _watcher, heard = listening
    mission_id = add_mission(mine)
    with pytest.raises(RuntimeError), theirs.session() as s:
        s.get(Mission, mission_id).name = "never"  # type: ignore[union-attr]
        s.flush()
        raise RuntimeError("cancelled")
    with pytest.raises(queue.Empty):
        heard.get(timeout=1.2)


@pytest.mark.postgres
def test_the_listener_survives_a_dropped_connection(pg_url: str, paths: Paths) -> None:
    with open_store(pg_url, paths=paths) as mine, open_store(pg_url, paths=paths) as theirs:
        theirs.actor = "Keiko Tanaka"
        mission_id = add_mission(mine)
        heard: queue.Queue[Notice] = queue.Queue()
        listener = watch(mine, heard.put)
        assert isinstance(listener, ServerListener)
        try:
            assert listener.ready.wait(5)
            pid = listener.backend_pid()
            with theirs.connection() as conn:
                conn.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
                conn.commit()
            deadline = time.monotonic() + 10
            while listener.backend_pid() in (None, pid) and time.monotonic() < deadline:
                time.sleep(0.05)
            assert listener.ready.wait(10) and listener.backend_pid() not in (None, pid)
            assert listener.reconnects >= 1
            rename(theirs, mission_id, "After the drop")
            assert next_notice(heard) == Notice(mission_id, "mission", "Keiko Tanaka")
        finally:
            listener.stop()
        assert listener.backend_pid() is None  # closed cleanly


def test_sqlite_watcher_hears_a_change_after_a_mission_took_the_newest_entries(
    tmp_path: Path, paths: Paths
) -> None:
    """Deleting a mission deletes its entries, the newest ids among them; SQLite then gives
    those ids again, and the watcher must still hear the next change."""
    target = tmp_path / "m.sqlite"
    with open_store(target, paths=paths) as mine, open_store(target, paths=paths) as theirs:
        theirs.actor = "Keiko Tanaka"
        kept = add_mission(mine, "Kept")
        gone = add_mission(mine, "Gone")
        rename(mine, gone, "Gone soon")
        heard: queue.Queue[Notice] = queue.Queue()
        watcher = watch(mine, heard.put)
        try:
            assert watcher.ready.wait(5)
            with theirs.session() as s:
                s.delete(s.get(Mission, gone))
            assert next_notice(heard) == Notice(None, "mission", "Keiko Tanaka")
            rename(theirs, kept, "Renamed")
            assert next_notice(heard) == Notice(kept, "mission", "Keiko Tanaka")
        finally:
            watcher.stop()
