"""The scheduler's runs are kept with the mission: figures and reasons survive a restart, and
a run whose mission changed while it solved is not stored."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import alembic.command
import pytest
from sqlalchemy import func, select

from app.common.paths import Paths
from app.core.mission_record import read_mission
from app.model import B2BSession, Meeting, MeetingRequest, Mission, Organisation, ScheduleRun
from app.scheduler.breaks import total_breaks
from app.scheduler.control import Control
from app.scheduler.problem import Problem
from app.scheduler.reasons import explain
from app.scheduler.schedule import ReasonKind, Schedule
from app.services import b2b_grid
from app.services.b2b_grid import ConflictKind
from app.services.gap_floor import floor_of
from app.services.schedule_runs import KEEP_RUNS
from app.services.scheduling import (
    SchedulingError,
    Solve,
    build_problem,
    load_unplaced,
    prepare_run,
    schedule_mission,
    store_run,
)
from app.store import Store, migrate, open_store
from app.store.sqlite_file import foreign_keys_off
from tests.demo_support import CopyDemo, LoadDemo
from tests.factories import first_fit


def first_fit_explained(problem: Problem, control: Control) -> Schedule:
    """The tests' stand-in solver, with the real reasons for what it leaves out."""
    schedule = first_fit(problem, control)
    return replace(schedule, unscheduled=tuple(explain(problem, schedule.assignments)))


@pytest.fixture
def demo(store: Store, load_demo: LoadDemo) -> Store:
    load_demo(store)
    return store


def _torino(store: Store) -> int:
    with store.session() as s:
        return s.scalars(select(Mission.id).where(Mission.host_city == "Torino")).one()


def _count(store: Store, model: type) -> int:
    with store.session() as s:
        return s.scalar(select(func.count()).select_from(model)) or 0


def test_before_any_run_every_request_waits_for_the_scheduler(demo: Store) -> None:
    """No run yet: every requested meeting is listed as 'not scheduled yet'."""
    unplaced = load_unplaced(demo, _torino(demo))
    assert unplaced.run is None
    assert unplaced.items and {u.kind for u in unplaced.items} == {ReasonKind.NOT_RUN}


def test_reasons_survive_reopening_the_database(
    sqlite_path: Path, paths: Paths, copy_demo: CopyDemo
) -> None:
    """The last run's figures and reasons are read back after the file is closed and opened."""
    with open_store(copy_demo(sqlite_path), paths=paths) as store:
        mission = _torino(store)
        outcome = schedule_mission(store, mission, solve=first_fit_explained)
        expected = {u.meeting: u for u in outcome.schedule.unscheduled}
    assert expected, "the stand-in leaves the meetings needing interpreters out"
    with open_store(sqlite_path, paths=paths, create=False) as store:
        unplaced = load_unplaced(store, mission)
    assert unplaced.run is not None
    assert unplaced.run.stored == outcome.stored and unplaced.run.status == "feasible"
    assert unplaced.run.unscheduled_count == len(expected)
    assert {u.meeting: u for u in unplaced.items} == expected


def test_a_request_made_after_the_run_says_so(demo: Store) -> None:
    """A pair requested after the last run is 'new since the run', not a solver verdict."""
    mission = _torino(demo)
    schedule_mission(demo, mission, solve=first_fit_explained)
    with demo.session() as s:
        problem, _ = build_problem(read_mission(s, mission))
        requested = {m.id for m in problem.meetings}
        orgs = s.scalars(select(Organisation).where(Organisation.mission_id == mission)).all()
        turin = [o for o in orgs if o.side and o.side.value == "turin"]
        nagoya = [o for o in orgs if o.side and o.side.value == "nagoya"]
        a, b = next(
            (x, y)
            for x in turin
            for y in nagoya
            if f"M{min(x.id, y.id)}-{max(x.id, y.id)}" not in requested
        )
        s.add(MeetingRequest(mission_id=mission, requester_id=a.id, requested_id=b.id))
        pair = f"M{min(a.id, b.id)}-{max(a.id, b.id)}"
    reasons = {u.meeting: u.kind for u in load_unplaced(demo, mission).items}
    assert reasons[pair] is ReasonKind.NEW_SINCE_RUN


def test_a_meeting_taken_out_after_the_run_says_so(demo: Store) -> None:
    mission = _torino(demo)
    schedule_mission(demo, mission, solve=first_fit_explained)
    with demo.session() as s:
        m = s.scalars(select(Meeting).where(Meeting.mission_id == mission)).first()
        assert m is not None
        pair = f"M{min(m.organisation_a_id, m.organisation_b_id)}-"
        pair += f"{max(m.organisation_a_id, m.organisation_b_id)}"
        s.delete(m)
    reasons = {u.meeting: u.kind for u in load_unplaced(demo, mission).items}
    assert reasons[pair] is ReasonKind.REMOVED_SINCE_RUN


def test_a_mission_changed_while_solving_is_not_overwritten(demo: Store) -> None:
    """A request deleted between reading and storing: the schedule is refused, nothing moves."""
    mission = _torino(demo)
    schedule_mission(demo, mission, solve=first_fit)
    prepared = prepare_run(demo, mission, 5)
    schedule = first_fit(prepared.problem, Control(5))
    with demo.session() as s:
        before = sorted((m.id, m.start_utc, m.table_id) for m in s.scalars(select(Meeting)))
        request = s.scalars(
            select(MeetingRequest).where(MeetingRequest.mission_id == mission)
        ).first()
        assert request is not None
        s.delete(request)
    runs = _count(demo, ScheduleRun)
    with pytest.raises(SchedulingError, match="changed while the scheduler was running"):
        store_run(demo, prepared, schedule)
    with demo.session() as s:
        after = sorted((m.id, m.start_utc, m.table_id) for m in s.scalars(select(Meeting)))
    assert after == before and _count(demo, ScheduleRun) == runs


def test_old_runs_are_pruned(demo: Store) -> None:
    mission = _torino(demo)
    prepared = prepare_run(demo, mission, 5)
    schedule = first_fit(prepared.problem, Control(5))
    for _ in range(KEEP_RUNS + 3):
        store_run(demo, prepared, schedule)
        prepared = prepare_run(demo, mission, 5)  # the stored meetings are now published
    assert _count(demo, ScheduleRun) == KEEP_RUNS


def _move_session_by(store: Store, mission: int, minutes: int) -> None:
    """Shift the mission's first B2B session (and its breaks): its meetings leave the slots."""
    with store.session() as s:
        session = s.scalars(
            select(B2BSession).where(B2BSession.mission_id == mission).order_by(B2BSession.id)
        ).first()
        assert session is not None
        session.start_utc += timedelta(minutes=minutes)
        session.end_utc += timedelta(minutes=minutes)
        for brk in session.breaks:
            brk.start_utc += timedelta(minutes=minutes)
            brk.end_utc += timedelta(minutes=minutes)


def test_meetings_left_off_the_slots_are_conflicts(demo: Store) -> None:
    """A session shifted by 10 minutes: its meetings are flagged as off the slots."""
    mission = _torino(demo)
    schedule_mission(demo, mission, solve=first_fit)
    _move_session_by(demo, mission, 10)
    grid = b2b_grid.load_grid(demo, mission)
    off = [m for m in grid.meetings if m.slot_id is None]
    assert off
    found = [c for c in b2b_grid.conflicts(grid) if c.kind is ConflictKind.OFF_SLOT]
    assert {c.meeting_ids[0] for c in found} == {m.id for m in off}
    assert all("No longer on a slot" in c.message for c in found)


def test_unlocked_meetings_off_the_slots_are_placed_again(demo: Store) -> None:
    mission = _torino(demo)
    schedule_mission(demo, mission, solve=first_fit)
    _move_session_by(demo, mission, 10)
    schedule_mission(demo, mission, solve=first_fit)
    grid = b2b_grid.load_grid(demo, mission)
    assert grid.meetings and all(m.slot_id is not None for m in grid.meetings)


def test_a_locked_meeting_off_the_slots_stops_the_scheduler(demo: Store) -> None:
    """The scheduler will not work around a locked meeting it cannot place: it names it."""
    mission = _torino(demo)
    schedule_mission(demo, mission, solve=first_fit)
    _move_session_by(demo, mission, 10)
    with demo.session() as s:
        m = s.scalars(select(Meeting).where(Meeting.mission_id == mission)).first()
        assert m is not None
        m.locked = True
        name = s.get(Organisation, m.organisation_a_id).name  # type: ignore[union-attr]
    with pytest.raises(SchedulingError, match="locked meeting") as refused:
        schedule_mission(demo, mission, solve=first_fit)
    assert name in str(refused.value) and "Unlock it" in str(refused.value)


def gap_phase_stand_in(floors: list[float | None]) -> Solve:
    """First fit, with the real idle gaps of what it placed, reporting the gap phase as the
    solver does (its best, here 3 more and then the real count, with each floor in
    ``floors``) and stating the last floor in its stats, as the solver's gap phase does."""

    def solve(problem: Problem, control: Control) -> Schedule:
        schedule = first_fit_explained(problem, control)
        slot_of = {a.meeting: a.slot for a in schedule.assignments}
        breaks = total_breaks(problem, slot_of)
        for i, floor in enumerate(floors):
            best = breaks if i == len(floors) - 1 else breaks + 3
            control.report("gaps", i / len(floors), float(best), floor)
        control.report("done", 1.0, float(schedule.stats.weight), None)  # not a gap floor
        stated = floor_of(floors[-1]) if floors else None
        return replace(schedule, stats=replace(schedule.stats, breaks=breaks, breaks_floor=stated))

    return solve


def test_the_run_keeps_the_gap_phase_s_floor(demo: Store) -> None:
    """The floor the solver states is stored with the run and read back, rounded up to
    whole idle gaps."""
    mission = _torino(demo)
    outcome = schedule_mission(demo, mission, solve=gap_phase_stand_in([None, 2.0, 3.2]))
    assert outcome.run.breaks_floor == 4  # 3.2 proven: at least 4 whole idle gaps
    run = load_unplaced(demo, mission).run
    assert run is not None and run.breaks_floor == 4 and run.breaks == outcome.run.breaks
    with demo.session() as s:
        stored = s.scalars(select(ScheduleRun).order_by(ScheduleRun.id.desc())).first()
        assert stored is not None and stored.breaks_floor == 4


def test_a_run_without_a_floor_says_none_is_known(demo: Store) -> None:
    """No floor stated: none stored, which is not a floor of 0 — and breaks are then not
    proven minimal, whatever the status says."""
    mission = _torino(demo)
    outcome = schedule_mission(demo, mission, solve=gap_phase_stand_in([None]))
    assert outcome.run.breaks_floor is None
    run = load_unplaced(demo, mission).run
    assert run is not None and run.breaks_floor is None
    assert run.breaks_proven_minimal is (run.breaks == 0)


def test_proof_of_the_fewest_breaks_follows_the_floor(demo: Store) -> None:
    """Proven minimal when the stored breaks reach the floor; cancelling keeps the floor."""
    mission = _torino(demo)
    probe = schedule_mission(demo, mission, solve=gap_phase_stand_in([None])).run.breaks
    outcome = schedule_mission(demo, mission, solve=gap_phase_stand_in([1.0, float(probe)]))
    assert outcome.run.breaks_floor == probe and outcome.run.breaks_proven_minimal
    control = Control(time_limit_s=5)
    control.cancel()
    below = schedule_mission(
        demo, mission, control=control, solve=gap_phase_stand_in([float(probe - 1)])
    ).run
    assert below.cancelled and below.breaks_floor == max(0, probe - 1)
    assert below.breaks_proven_minimal is (probe <= 1)


def test_the_real_solver_states_its_floor(demo: Store) -> None:
    """The real solver on the Torino demo: the run's floor is the gap phase's, never above
    its breaks, and proven minimal means breaks = floor."""
    mission = _torino(demo)
    run = schedule_mission(demo, mission, time_limit_s=20).run
    assert run.breaks_floor is not None and run.breaks_floor <= run.breaks
    assert run.breaks_proven_minimal is (run.breaks == run.breaks_floor)


def test_a_run_stored_before_the_floor_upgrades_without_one(demo: Store) -> None:
    """A run kept by the schema before 0008 reads back with no floor (and its breaks are
    not said to be proven minimal); its other figures are kept."""
    mission = _torino(demo)
    kept = schedule_mission(demo, mission, solve=gap_phase_stand_in([None, 1.0])).run
    # foreign keys off: a rebuild of a table must not cascade into the rows pointing at it
    with demo.engine.connect() as conn, foreign_keys_off(conn):
        with conn.begin():
            alembic.command.downgrade(migrate.alembic_config(conn), "0007")
        with conn.begin():
            migrate.upgrade(conn)
    run = load_unplaced(demo, mission).run
    assert run is not None and run.breaks_floor is None
    assert run == replace(kept, breaks_floor=None)
