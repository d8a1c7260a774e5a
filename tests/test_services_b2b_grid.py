"""The B2B grid services: load, move, swap, lock, conflicts and the request matrix."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from app.model import Meeting, Mission, Unavailability
from app.services import b2b_grid as grid_service
from app.services.b2b_grid import ConflictKind, MoveRefused, Refusal
from app.services.scheduling import schedule_mission
from app.store import Store
from tests.demo_support import LoadDemo
from tests.factories import first_fit


@pytest.fixture
def mission(store: Store, load_demo: LoadDemo) -> int:
    """The demo's Nagoya mission, scheduled by the stand-in solver."""
    load_demo(store)
    with store.session() as s:
        mission_id = s.scalars(select(Mission.id).where(Mission.host_city == "Nagoya")).one()
    schedule_mission(store, mission_id, solve=first_fit)
    return mission_id


def _free_cell(grid: grid_service.GridData) -> tuple[grid_service.GridSlot, int]:
    taken = {(m.slot_id, m.table_id) for m in grid.meetings}
    for session in grid.sessions:
        for slot in session.slots:
            for table in session.tables:
                if (slot.id, table.id) not in taken:
                    return slot, table.id
    raise AssertionError("no free cell")


def test_load_grid_shows_sessions_slots_and_meetings(store: Store, mission: int) -> None:
    """Two sessions, 21 slots in local Tokyo time, and every stored meeting with names."""
    grid = grid_service.load_grid(store, mission)
    assert len(grid.sessions) == 2
    assert sum(len(s.slots) for s in grid.sessions) == 21
    assert all(len(s.tables) == 30 for s in grid.sessions)
    first = grid.sessions[0].slots[0]
    assert first.label.endswith("JST") and first.start_local.utcoffset() == timedelta(hours=9)
    with store.session() as s:
        stored = len(s.scalars(select(Meeting.id).where(Meeting.mission_id == mission)).all())
    assert len(grid.meetings) == stored > 0
    assert all(m.slot_id is not None for m in grid.meetings)
    assert any(m.org_a_name_ja or m.org_b_name_ja for m in grid.meetings)
    assert grid_service.conflicts(grid) == []


def test_move_to_an_empty_cell_and_back(store: Store, mission: int) -> None:
    """A move writes the new slot and table; moving to the previous position undoes it."""
    grid = grid_service.load_grid(store, mission)
    meeting = grid.meetings[0]
    slot, table_id = _free_cell(grid)
    moved = grid_service.move_meeting(store, meeting.id, slot.start_utc, table_id)
    assert moved.swapped_with is None and moved.changes.b2b
    with store.session() as s:
        m = s.get(Meeting, meeting.id)
        assert m is not None
        assert (m.table_id, m.start_utc, m.end_utc) == (table_id, slot.start_utc, slot.end_utc)
        assert m.session_id == slot.session_id
    grid_service.move_meeting(store, meeting.id, moved.previous.start_utc, moved.previous.table_id)
    after = grid_service.load_grid(store, mission).meeting(meeting.id)
    assert after is not None and (after.table_id, after.slot_id) == (
        meeting.table_id,
        meeting.slot_id,
    )


def test_move_onto_an_occupied_cell_swaps(store: Store, mission: int) -> None:
    """The meeting in the target cell takes the moved meeting's old place."""
    grid = grid_service.load_grid(store, mission)
    a, b = grid.meetings[0], grid.meetings[-1]
    moved = grid_service.move_meeting(store, a.id, b.start_utc, b.table_id)
    assert moved.swapped_with == b.id
    after = grid_service.load_grid(store, mission)
    na, nb = after.meeting(a.id), after.meeting(b.id)
    assert na is not None and nb is not None
    assert (na.slot_id, na.table_id) == (b.slot_id, b.table_id)
    assert (nb.slot_id, nb.table_id) == (a.slot_id, a.table_id)


def test_locked_meeting_refuses_to_move(store: Store, mission: int) -> None:
    """Moving a locked meeting, or onto one, is refused and changes nothing."""
    grid = grid_service.load_grid(store, mission)
    a, b = grid.meetings[0], grid.meetings[-1]
    assert grid_service.set_locked(store, a.id, True).previous is False
    slot, table_id = _free_cell(grid)
    with pytest.raises(MoveRefused) as refused:
        grid_service.move_meeting(store, a.id, slot.start_utc, table_id)
    assert refused.value.reason is Refusal.LOCKED and "locked" in str(refused.value)
    names = (
        str(refused.value)
        .removeprefix("The meeting ")
        .removesuffix(" is locked; unlock it to move it.")
    )
    assert " ↔ " in names
    assert refused.value.text("it") == f"L'incontro {names} è bloccato: sbloccarlo per spostarlo."
    assert refused.value.text("ja") == (
        f"商談 {names} は固定されています。移動するには固定を解除してください。"
    )
    with pytest.raises(MoveRefused):
        grid_service.move_meeting(store, b.id, a.start_utc, a.table_id)
    with pytest.raises(MoveRefused):
        grid_service.swap_meetings(store, a.id, b.id)
    assert grid_service.load_grid(store, mission) == grid_service.load_grid(store, mission)
    again = grid_service.load_grid(store, mission)
    assert (again.meeting(a.id) or a).slot_id == a.slot_id
    grid_service.set_locked(store, a.id, False)
    assert not (grid_service.load_grid(store, mission).meeting(a.id) or a).locked


def test_swap_exchanges_positions(store: Store, mission: int) -> None:
    """Swapping twice puts both meetings back."""
    grid = grid_service.load_grid(store, mission)
    a, b = grid.meetings[0], grid.meetings[5]
    grid_service.swap_meetings(store, a.id, b.id)
    after = grid_service.load_grid(store, mission)
    assert (after.meeting(a.id) or a).slot_id == b.slot_id
    grid_service.swap_meetings(store, a.id, b.id)
    assert (grid_service.load_grid(store, mission).meeting(a.id) or b).slot_id == a.slot_id


def test_move_to_a_time_that_is_no_slot_is_refused(store: Store, mission: int) -> None:
    grid = grid_service.load_grid(store, mission)
    m = grid.meetings[0]
    with pytest.raises(MoveRefused) as refused:
        grid_service.move_meeting(store, m.id, m.start_utc + timedelta(minutes=7), m.table_id)
    assert refused.value.reason is Refusal.NOT_A_SLOT
    assert str(refused.value) == "There is no slot of this session at that time."
    assert refused.value.text("it") == "A quell'ora questa sessione non ha nessuna fascia oraria."
    assert refused.value.text("ja") == "このセッションには、その時刻の時間枠がありません。"


def test_conflicts_team_table_and_unavailability(store: Store, mission: int) -> None:
    """A team twice in one slot, two meetings at one table, and an away team are all found."""
    grid = grid_service.load_grid(store, mission)
    a = grid.meetings[0]
    other = next(
        m for m in grid.meetings if m.slot_id != a.slot_id and a.org_a in (m.org_a, m.org_b)
    )
    with store.session() as s:
        row = s.get(Meeting, other.id)
        assert row is not None
        row.start_utc, row.end_utc, row.table_id = a.start_utc, a.end_utc, a.table_id
    found = grid_service.conflicts(grid_service.load_grid(store, mission))
    kinds = {c.kind for c in found}
    assert ConflictKind.TEAM_DOUBLE_BOOKED in kinds and ConflictKind.TABLE_TAKEN in kinds
    team = next(c for c in found if c.kind is ConflictKind.TEAM_DOUBLE_BOOKED)
    assert set(team.meeting_ids) == {a.id, other.id} and a.org_a_name in team.subject
    assert "2 meetings at once" in team.message
    by_meeting = grid_service.conflicts_by_meeting(found)
    assert a.id in by_meeting and other.id in by_meeting

    # Every delegate of b's team away in b's slot.
    b = grid.meetings[-1]
    with store.session() as s:
        from app.model import Participant

        for p in s.scalars(select(Participant).where(Participant.organisation_id == b.org_b)):
            s.add(Unavailability(participant_id=p.id, start_utc=b.start_utc, end_utc=b.end_utc))
    found = grid_service.conflicts(grid_service.load_grid(store, mission))
    away = [c for c in found if c.kind is ConflictKind.TEAM_AWAY]
    assert [c.meeting_ids for c in away] == [(b.id,)]


def test_request_matrix_is_turin_by_nagoya(store: Store, mission: int) -> None:
    """A two-sided mission: Turin rows, Nagoya columns; mutual and no-thanks are marked."""
    matrix = grid_service.load_requests(store, mission)
    assert matrix.rows and matrix.columns
    assert {o.side for o in matrix.rows} == {"turin"}
    assert {o.side for o in matrix.columns} == {"nagoya"}
    assert len(matrix.organisations) == len(matrix.rows) + len(matrix.columns)
    assert any(c.mutual for c in matrix.cells.values())
    assert any(c.no_thanks for c in matrix.cells.values())
    for (a, b), cell in matrix.cells.items():
        if cell.mutual:
            assert matrix.cells[(b, a)].mutual


def test_timeline_counts_meetings_and_breaks(store: Store, mission: int) -> None:
    """An organisation's timeline lists its session's slots; moving one meeting out of the
    middle of a run makes a break."""
    grid = grid_service.load_grid(store, mission)
    org = grid.meetings[0].org_a
    line = grid_service.timeline(grid, organisation_id=org)
    mine = [m for m in grid.meetings if org in (m.org_a, m.org_b)]
    assert line.meetings == len(mine) >= 3
    assert line.breaks == 0  # first fit packs each team from the first slot on
    assert all(
        not e.meetings or org in (e.meetings[0].org_a, e.meetings[0].org_b) for e in line.entries
    )
    busy = [e.meetings[0] for e in line.entries if e.meetings]
    middle = busy[1]  # between the first and the last: moving it away leaves a hole
    slot, table_id = next(
        (x, t.id)
        for s in grid.sessions
        if s.id != middle.session_id
        for x in s.slots
        for t in s.tables
        if not any(m.slot_id == x.id and org in (m.org_a, m.org_b) for m in grid.meetings)
        and not any(m.slot_id == x.id and m.table_id == t.id for m in grid.meetings)
        and not any(
            m.slot_id == x.id and {m.org_a, m.org_b} & {middle.org_a, middle.org_b}
            for m in grid.meetings
        )
    )
    grid_service.move_meeting(store, middle.id, slot.start_utc, table_id)
    after = grid_service.timeline(grid_service.load_grid(store, mission), organisation_id=org)
    assert after.meetings == line.meetings and after.breaks >= 1
    assert grid_service.timeline(grid, interpreter_id=999).entries == ()
