"""Going offline to the venue: a mission taken from a server into a local file and brought
back (``ponte offline take`` / ``return``), on a real PostgreSQL server."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from sqlalchemy import func, select

from app.cli import build_cli
from app.common.errors import UserError
from app.common.paths import Paths
from app.model import (
    AuditEntry,
    B2BSession,
    B2BTable,
    Meeting,
    MeetingStatus,
    OfflineOrigin,
    Organisation,
    Participant,
)
from app.services.check_in import check_in
from app.services.meeting_status import set_meeting_status
from app.services.offline import return_offline, take_offline
from app.services.offline_merge import ConflictKind
from app.store import NotPermitted, Store, open_store
from tests import demo_support

pytestmark = pytest.mark.postgres

MISSION = 1


@pytest.fixture
def server(pg_url: str, paths: Paths, load_demo: demo_support.LoadDemo) -> str:
    """A server database holding the demo missions."""
    store = open_store(pg_url, paths=paths)
    load_demo(store)
    store.close()
    return pg_url


def _a_meeting(store: Store) -> int:
    """A meeting of the mission (the demo has none scheduled): one session, one table."""
    with store.session() as s:
        a, b = s.scalars(
            select(Organisation).where(Organisation.mission_id == MISSION).order_by(Organisation.id)
        ).all()[:2]
        start = datetime(2027, 10, 13, 1, 0, tzinfo=UTC)
        session = B2BSession(
            mission_id=MISSION,
            name="B2B",
            start_utc=start,
            end_utc=start + timedelta(hours=3),
            timezone="Asia/Tokyo",
        )
        table = B2BTable(name="T1")
        session.tables.append(table)
        s.add(session)
        s.flush()
        meeting = Meeting(
            mission_id=MISSION,
            organisation_a_id=a.id,
            organisation_b_id=b.id,
            session_id=session.id,
            table_id=table.id,
            start_utc=start,
            end_utc=start + timedelta(minutes=20),
        )
        s.add(meeting)
        s.flush()
        return meeting.id


@pytest.fixture
def taken(server: str, paths: Paths, tmp_path: Path) -> Path:
    path = tmp_path / "venue.sqlite"
    take_offline(server, MISSION, path, paths=paths)
    return path


def _participants(store: Store) -> dict[int, Any]:
    """The mission's participants as rows (read, not live objects)."""
    with store.snapshot() as s:
        rows = s.execute(
            select(Participant.__table__).where(Participant.mission_id == MISSION)
        ).all()
        return {row.id: row for row in rows}


def _first_participant(store: Store) -> int:
    return min(_participants(store))


def test_take_copies_the_mission_with_the_same_ids(server: str, taken: Path, paths: Paths) -> None:
    with open_store(server, paths=paths) as remote, open_store(taken, paths=paths) as local:
        assert _participants(remote).keys() == _participants(local).keys()
        with remote.snapshot() as s:
            meetings = set(s.scalars(select(Meeting.id).where(Meeting.mission_id == MISSION)))
        with local.snapshot() as s:
            assert set(s.scalars(select(Meeting.id))) == meetings
            origin = s.execute(select(OfflineOrigin.__table__)).one()
        assert origin.mission_id == MISSION
        assert origin.server == remote.location.display()  # no password
        versions = json.loads(origin.row_versions)
        assert set(versions["participant"]) == {str(i) for i in _participants(remote)}
    assert taken.stat().st_mode & 0o077 == 0


def test_check_in_offline_then_return(server: str, taken: Path, paths: Paths) -> None:
    with open_store(taken, paths=paths) as local:
        pid = _first_participant(local)
        local.actor = "Giulia at the desk"
        arrived = check_in(local, pid).checked_in_at
    report = return_offline(taken, server, paths=paths, actor="Giulia at the desk")
    assert (report.applied, report.merged, report.conflicts) == (1, 0, [])
    with open_store(server, paths=paths) as remote, remote.snapshot() as s:
        assert s.get(Participant, pid).checked_in_at == arrived  # type: ignore[union-attr]
        entry = s.scalars(
            select(AuditEntry).where(
                AuditEntry.table_name == "participant",
                AuditEntry.record_id == pid,
                AuditEntry.action == "update",
            )
        ).one()
        assert entry.who == "Giulia at the desk" and json.loads(entry.fields) == ["checked_in_at"]


def _edit(store: Store, pid: int, **values: object) -> None:
    with store.session() as s:
        person = s.get(Participant, pid)
        assert person is not None
        for name, value in values.items():
            setattr(person, name, value)


def test_edits_on_both_sides_are_listed_never_overwritten(
    server: str, taken: Path, paths: Paths
) -> None:
    with open_store(server, paths=paths) as remote, open_store(taken, paths=paths) as local:
        pid = _first_participant(local)
        _edit(local, pid, email="venue@example.org")
        _edit(remote, pid, email="office@example.org")
        report = return_offline(taken, server, paths=paths)
        assert report.applied == 0
        [conflict] = report.conflicts
        assert conflict.kind is ConflictKind.BOTH_EDITED and conflict.key == str(pid)
        [field] = conflict.fields
        assert (field.name, field.local, field.server) == (
            "email",
            "venue@example.org",
            "office@example.org",
        )
        assert _participants(remote)[pid].email == "office@example.org"
        text = "\n".join(line.text("en") for line in report.conflict_lines())
        assert "changed both offline and on the server" in text
        assert "'venue@example.org'" in text and "'office@example.org'" in text
        assert "サーバー" in "\n".join(line.text("ja") for line in report.conflict_lines())


def test_a_check_in_merges_into_a_row_the_server_changed(
    server: str, taken: Path, paths: Paths
) -> None:
    """The office changed the phone, the venue checked the person in: both are kept; so
    for a meeting's status set at the venue."""
    with open_store(server, paths=paths) as remote:
        mid = _a_meeting(remote)
    taken = taken.with_name("with-meeting.sqlite")
    take_offline(server, MISSION, taken, paths=paths)
    with open_store(server, paths=paths) as remote, open_store(taken, paths=paths) as local:
        pid = _first_participant(local)
        _edit(remote, pid, phone="+39 011 000 0000")
        arrived = check_in(local, pid).checked_in_at
        set_meeting_status(local, mid, MeetingStatus.HELD, "arrived 20 min late")
        with remote.session() as s:
            other = s.get(Meeting, mid)
            assert other is not None
            other.locked = not other.locked
        report = return_offline(taken, server, paths=paths)
        assert (report.applied, report.merged, report.conflicts) == (0, 2, [])
        person = _participants(remote)[pid]
        assert person.checked_in_at == arrived and person.phone == "+39 011 000 0000"
        with remote.snapshot() as s:
            merged = s.get(Meeting, mid)
            assert merged is not None and merged.status is MeetingStatus.HELD
            assert merged.status_note == "arrived 20 min late" and merged.status_at is not None


def test_server_only_edits_are_kept_and_a_second_return_changes_nothing(
    server: str, taken: Path, paths: Paths
) -> None:
    with open_store(server, paths=paths) as remote, open_store(taken, paths=paths) as local:
        ids = sorted(_participants(local))
        _edit(remote, ids[0], title="Direttore commerciale")
        _edit(local, ids[1], notes="arrived by train")
        first = return_offline(taken, server, paths=paths)
        assert (first.applied, first.conflicts) == (1, [])

        def state() -> list[tuple[int, int, str, str]]:
            with remote.snapshot() as s:
                return [
                    (p.id, p.row_version, p.title, p.notes)
                    for p in s.scalars(select(Participant).order_by(Participant.id))
                ]

        def logged() -> int:
            with remote.snapshot() as s:
                return int(s.scalar(select(func.count()).select_from(AuditEntry)) or 0)

        before, entries = state(), logged()
        assert before[0][2] == "Direttore commerciale"
        second = return_offline(taken, server, paths=paths)
        assert (second.applied, second.merged, second.conflicts) == (0, 0, [])
        assert state() == before
        assert logged() == entries  # nothing written, nothing logged


def test_refusals_are_worded(server: str, taken: Path, paths: Paths, tmp_path: Path) -> None:
    with pytest.raises(UserError, match="already exists"):
        take_offline(server, MISSION, taken, paths=paths)
    with pytest.raises(UserError, match="no mission 999"):
        take_offline(server, 999, tmp_path / "other.sqlite", paths=paths)
    assert not (tmp_path / "other.sqlite").exists()
    with pytest.raises(UserError, match="not from the file"):
        take_offline(str(taken), MISSION, tmp_path / "again.sqlite", paths=paths)
    plain = tmp_path / "plain.sqlite"
    open_store(plain, paths=paths).close()
    with pytest.raises(UserError, match="was taken from"):
        return_offline(taken, str(plain), paths=paths)
    with pytest.raises(UserError, match="was not taken offline"):
        return_offline(plain, server, paths=paths)


def test_the_commands(server: str, paths: Paths, tmp_path: Path) -> None:
    cli = build_cli()
    path = tmp_path / "cli.sqlite"
    took = CliRunner().invoke(
        cli, ["offline", "take", "--from", server, "--mission", "1", "--to", str(path)]
    )
    assert took.exit_code == 0, took.output
    assert "taken from" in took.output and ":" not in server.split("@")[0].split("//")[1]
    with open_store(path, paths=paths) as local:
        pid = _first_participant(local)
        check_in(local, pid, at=datetime(2027, 10, 12, 0, 30, tzinfo=UTC))
    back = CliRunner().invoke(cli, ["offline", "return", "--file", str(path), "--to", server])
    assert back.exit_code == 0, back.output
    assert "changed offline and applied: 1;" in back.output


def test_a_reader_takes_the_mission_and_brings_the_check_ins_back(
    server: str, paths: Paths, tmp_path: Path
) -> None:
    """The desk at the venue has only a reader's account: it may take the mission and bring
    its check-ins back; the coordinator may bring the same file back too (same database,
    another login)."""
    from app.services.server_roles import init_server
    from tests.test_server_roles import Server

    init_server(server, paths=paths)
    roles = Server(server, paths)
    try:
        _, reader = roles.user("reader")
        path = tmp_path / "desk.sqlite"
        take_offline(reader, MISSION, path, paths=paths)
        with open_store(path, paths=paths) as local:
            pid = _first_participant(local)
            check_in(local, pid)
        report = return_offline(path, reader, paths=paths)
        assert (report.applied, report.conflicts) == (1, [])
        again = return_offline(path, server, paths=paths)  # the owner's login
        assert (again.applied, again.conflicts) == (0, [])

        # more than a reader may write: refused whole, in words; the coordinator can
        with open_store(path, paths=paths) as local:
            check_in(local, pid + 1)
            _edit(local, pid + 2, phone="+81 52 111 1111")
        with pytest.raises(NotPermitted, match="check people in and mark meetings"):
            return_offline(path, reader, paths=paths)
        with open_store(server, paths=paths) as remote:
            assert _participants(remote)[pid + 1].checked_in_at is None  # all or nothing
        done = return_offline(path, server, paths=paths)
        assert (done.applied, done.conflicts) == (2, [])
    finally:
        roles.drop_roles()


def test_a_row_saved_meanwhile_is_listed_not_lost(
    server: str, taken: Path, paths: Paths, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another coordinator saves the row between the return's read and its UPDATE (made
    here by a plan that expects another version): the change is listed, not dropped."""
    import dataclasses

    import app.services.offline as offline

    real = offline.plan_table

    def stale(*args: Any) -> Any:
        plan = real(*args)
        plan.changes = [dataclasses.replace(c, expected=c.expected + 100) for c in plan.changes]
        return plan

    monkeypatch.setattr(offline, "plan_table", stale)
    with open_store(taken, paths=paths) as local:
        pid = _first_participant(local)
        check_in(local, pid)
    report = return_offline(taken, server, paths=paths)
    assert report.applied == 0
    [conflict] = report.conflicts
    assert conflict.kind is ConflictKind.BOTH_EDITED and conflict.key == str(pid)
    assert [(f.name, f.server) for f in conflict.fields] == [("checked_in_at", None)]


def test_init_refuses_a_file_before_making_it(paths: Paths, tmp_path: Path) -> None:
    from app.services.server_roles import init_server

    with pytest.raises(UserError, match="only on a PostgreSQL server"):
        init_server(str(tmp_path / "local.sqlite"), paths=paths)
    assert not (tmp_path / "local.sqlite").exists()
