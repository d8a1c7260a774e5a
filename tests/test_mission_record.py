"""The mission read once (app/core/mission_record.py): one consistent read-only transaction,
and every export reads the mission through it exactly once."""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from app.calendar.export import mission_calendars
from app.common.paths import Paths
from app.core.agenda_data import load_mission_data
from app.core.errors import NotFound
from app.core.mission_record import load_mission
from app.core.publications import diff, pending_sequences
from app.demo import write_demo
from app.distribution.drafts import write_drafts
from app.documents.badge_data import load_badges
from app.model import Meeting, MeetingRequest, Mission, Participant
from app.services.b2b_grid import load_grid
from app.services.scheduling import prepare_run
from app.store import Store, open_store
from tests.demo_support import LoadDemo
from tests.sqlite_support import sqlite_dump


@pytest.fixture
def demo(store: Store, load_demo: LoadDemo) -> Iterator[tuple[Store, int]]:
    load_demo(store)
    with store.session() as s:
        mission_id = s.scalars(select(Mission.id).where(Mission.timezone == "Asia/Tokyo")).one()
    yield store, mission_id


def test_the_record_holds_the_whole_mission(demo: tuple[Store, int]) -> None:
    """Counted independently in the database: people, requests, meetings, sessions."""
    store, mission_id = demo
    record = load_mission(store, mission_id)
    with store.session() as s:

        def count(model: Any) -> int:
            return s.scalar(
                select(func.count()).select_from(model).where(model.mission_id == mission_id)
            )

        assert len(record.people) == count(Participant) == 155
        assert len(record.requests) == count(MeetingRequest)
        assert len(record.meetings) == count(Meeting)
    assert len(record.sessions) == 2
    assert all(b.slots and b.tables for b in record.sessions)
    assert list(record.people) == sorted(record.people)


def test_an_unknown_mission_is_not_found(demo: tuple[Store, int]) -> None:
    store, _ = demo
    with pytest.raises(NotFound, match="no mission 4242"):
        load_mission(store, 4242)


def test_a_snapshot_does_not_see_what_another_connection_commits_meanwhile(
    db_target: str, paths: Paths
) -> None:
    """Two reads in one snapshot agree although another coordinator adds someone between
    them; a new snapshot sees the change."""
    with open_store(db_target, paths=paths) as store, open_store(db_target, paths=paths) as other:
        write_demo(store)
        with store.snapshot() as s:
            before = s.scalar(select(func.count()).select_from(Participant))
            with other.session() as o:
                mission_id = o.scalars(select(Mission.id)).first()
                o.add(Participant(mission_id=mission_id, family_name="Nuovo"))
            during = s.scalar(select(func.count()).select_from(Participant))
        with store.snapshot() as s:
            after = s.scalar(select(func.count()).select_from(Participant))
    assert during == before
    assert after == before + 1


def test_a_snapshot_writes_nothing(tmp_path: Path, paths: Paths) -> None:
    """Reading a mission leaves the SQLite file as it was."""
    path = tmp_path / "m.sqlite"
    with open_store(str(path), paths=paths) as store:
        write_demo(store)
    before = sqlite_dump(path)
    with open_store(str(path), paths=paths) as store:
        load_mission(store, 1)
    assert sqlite_dump(path) == before


def _drafts(store: Store, mission_id: int) -> object:
    with tempfile.TemporaryDirectory() as folder:
        return write_drafts(store, mission_id, Path(folder), participant_ids=[], workers=1)


READERS: list[tuple[str, Callable[[Store, int], object]]] = [
    ("documents", load_mission_data),
    ("badges", load_badges),
    ("calendars", mission_calendars),
    ("publication diff", diff),
    ("calendar sequences", pending_sequences),
    ("B2B grid", load_grid),
    ("scheduler problem", prepare_run),
    ("e-mail drafts", _drafts),
]


@pytest.mark.parametrize(("what", "reader"), READERS, ids=[w for w, _ in READERS])
def test_each_export_reads_the_mission_once(
    demo: tuple[Store, int],
    monkeypatch: pytest.MonkeyPatch,
    what: str,
    reader: Callable[[Store, int], object],
) -> None:
    """One snapshot, and no other session, per export: it sees one consistent mission."""
    store, mission_id = demo
    opened: list[str] = []
    real_snapshot, real_session = store.snapshot, store.session

    def counting(kind: str, real: Callable[[], AbstractContextManager[Any]]) -> Any:
        def opener() -> AbstractContextManager[Any]:
            opened.append(kind)
            return real()

        return opener

    monkeypatch.setattr(store, "snapshot", counting("snapshot", real_snapshot))
    monkeypatch.setattr(store, "session", counting("session", real_session))
    reader(store, mission_id)
    assert opened == ["snapshot"], f"{what} opened {opened}"
