"""Real fairs' shapes in the pure solver: two meetings of the same two participants, and
morning-only / afternoon-only meetings (a meeting's ``sessions``), through every phase."""

from __future__ import annotations

import json
import random
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.scheduler import selection as selection_module
from app.scheduler.breaks import team_breaks
from app.scheduler.checker import check
from app.scheduler.control import Control
from app.scheduler.greedy import greedy
from app.scheduler.io import schedule_from_json
from app.scheduler.problem import Problem, parse_problem
from app.scheduler.schedule import ReasonKind, Schedule, Status
from app.scheduler.selection import select
from app.scheduler.solver import solve
from tests.scheduler_strategies import random_raw

PONTE = str(Path(sys.executable).with_name("ponte"))


def fair(**over: Any) -> dict[str, Any]:
    """A morning and an afternoon; the buyer B meets the seller S1 twice (a first meeting and a
    follow-up) and each of S2, S3 once; S2's meeting is afternoon-only, S3's morning-only."""
    raw: dict[str, Any] = {
        "sessions": [
            {"id": "am", "slots": ["a1", "a2", "a3"]},
            {"id": "pm", "slots": ["p1", "p2"]},
        ],
        "tables": ["T1", "T2"],
        "participants": [
            {"id": "B", "side": "buyer", "languages": ["en"]},
            {"id": "S1", "side": "seller", "languages": ["en"]},
            {"id": "S2", "side": "seller", "languages": ["en"]},
            {"id": "S3", "side": "seller", "languages": ["en"]},
        ],
        "meetings": [
            {"id": "first", "a": "B", "b": "S1", "weight": 3},
            {"id": "follow-up", "a": "S1", "b": "B", "weight": 2, "mandatory": True},
            {"id": "pm-only", "a": "B", "b": "S2", "weight": 2, "sessions": ["pm"]},
            {"id": "am-only", "a": "S3", "b": "B", "weight": 1, "sessions": ["am"]},
        ],
        "options": {"time_limit_s": 10},
    }
    raw.update(over)
    return raw


def session_of(p: Problem, schedule: Schedule) -> dict[str, str]:
    return {a.meeting: p.session_of[a.slot] for a in schedule.assignments}


def test_the_same_pair_twice_is_solved_and_checked() -> None:
    """Both meetings of B and S1 are placed, in two slots; the sessions are kept."""
    p = parse_problem(fair())
    schedule = solve(p, Control(time_limit_s=10))
    assert check(p, schedule) == []
    assert schedule.status is Status.OPTIMAL
    slot = {a.meeting: a.slot for a in schedule.assignments}
    assert slot.keys() == {"first", "follow-up", "pm-only", "am-only"}
    assert slot["first"] != slot["follow-up"]
    where = session_of(p, schedule)
    assert where["pm-only"] == "pm" and where["am-only"] == "am"


def test_a_session_only_meeting_stays_in_its_session_through_the_gap_phase() -> None:
    """S1 has fixed meetings at the start and end of the morning and a third that is
    afternoon-only: moving it into the morning's hole would save S1's break, but it stays in
    the afternoon (the idle-gap phase honours it too)."""
    meetings = [
        {"id": "early", "a": "B", "b": "S1", "fixed_slot": "a1"},
        {"id": "late", "a": "S1", "b": "S2", "fixed_slot": "a3"},
        {"id": "later", "a": "S1", "b": "S3", "sessions": ["pm"]},
    ]
    raw = fair(meetings=meetings)
    raw["participants"][2]["side"] = raw["participants"][3]["side"] = "buyer"
    p = parse_problem(raw)
    schedule = solve(p, Control(time_limit_s=10))
    assert check(p, schedule) == []
    assert session_of(p, schedule)["later"] == "pm"
    assert team_breaks(p, {a.meeting: a.slot for a in schedule.assignments})["S1"] == 1
    # the same meeting free to go anywhere fills the hole: the test can tell the difference
    del raw["meetings"][2]["sessions"]
    free = solve(parse_problem(raw), Control(time_limit_s=10))
    assert {a.meeting: a.slot for a in free.assignments}["later"] == "a2"


def test_ponte_solve_takes_a_repeated_pair_and_sessions(tmp_path: Path) -> None:
    """`ponte solve` on a file with a repeated pair and session-only meetings: exit 0, and
    the schedule it writes passes the checker."""
    raw = fair()
    problem_path = tmp_path / "problem.json"
    problem_path.write_text(json.dumps(raw), encoding="utf-8")
    out = tmp_path / "schedule.json"
    done = subprocess.run(
        [PONTE, "solve", str(problem_path), "--out", str(out), "--time-limit", "10"],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("optimal: weight 8 / bound 8, 4 meetings")
    p = parse_problem(raw)
    schedule = schedule_from_json(json.loads(out.read_text(encoding="utf-8")))
    assert check(p, schedule) == []
    assert session_of(p, schedule)["pm-only"] == "pm"


def two_of_capacity_two(**over: Any) -> dict[str, Any]:
    """A and B hold two meetings at once; their two meetings may be in slot 1 or 3 only."""
    raw: dict[str, Any] = {
        "sessions": [{"id": "day", "slots": ["1", "2", "3"]}],
        "tables": ["T1", "T2"],
        "participants": [
            {"id": "A", "side": None, "languages": ["en"], "capacity": 2},
            {"id": "B", "side": None, "languages": ["en"], "capacity": 2},
        ],
        "meetings": [
            {"id": "m1", "a": "A", "b": "B", "allowed_slots": ["1", "3"]},
            {"id": "m2", "a": "B", "b": "A", "allowed_slots": ["1", "3"]},
        ],
        "options": {"time_limit_s": 5},
    }
    raw.update(over)
    return raw


def test_selection_and_greedy_keep_a_pair_of_capacity_two_apart() -> None:
    """Capacity 2 would let A and B hold both their meetings in one slot; the selection MIP
    and the greedy baseline put them in two."""
    p = parse_problem(two_of_capacity_two())
    sel = select(p, time_limit=5)
    assert sel.weight == 2 and sel.proven_optimal
    assert sel.slot_of["m1"] != sel.slot_of["m2"]
    g = greedy(p)
    assert check(p, g) == []
    assert len(g.assignments) == 2
    # only one slot for both: one of them is left out, with a reason
    one_slot = parse_problem(
        two_of_capacity_two(
            meetings=[
                {"id": "m1", "a": "A", "b": "B", "fixed_slot": "1", "weight": 2},
                {"id": "m2", "a": "B", "b": "A", "fixed_slot": "1"},
            ]
        )
    )
    sel = select(one_slot, time_limit=5)
    assert sel.slot_of == {"m1": "1"} and sel.upper_bound == 2
    g = greedy(one_slot)
    assert check(one_slot, g) == []
    assert [u.meeting for u in g.unscheduled] == ["m2"]
    assert g.unscheduled[0].kind is ReasonKind.PAIR_MEETS_ALREADY
    assert g.unscheduled[0].reason == "B and A already meet each other in the slots both are free"


def test_the_gap_phase_keeps_a_pair_of_capacity_two_apart() -> None:
    """Both teams hold two meetings at once: putting m1 and m2 together in slot 1 would save
    A's and B's breaks, and every idle-gap engine must refuse it."""
    p = parse_problem(two_of_capacity_two())
    schedule = solve(p, Control(time_limit_s=5))
    assert check(p, schedule) == []


# --- random fairs with repeated pairs and session-only meetings -------------------------------


def shaped_raw(rng: random.Random, capacity2_p: float) -> dict[str, Any]:
    """A random problem (tests.scheduler_strategies) given real fairs' shapes: some pairs meet
    again, some meetings are restricted to some sessions."""
    raw = random_raw(
        rng,
        rng.randint(4, 9),
        rng.randint(6, 18),
        rng.randint(3, 6),
        rng.randint(1, 4),
        rng.randint(0, 2),
        n_sessions=rng.randint(1, 3),
        capacity2_p=capacity2_p,
        published_p=0.3,
        fixed_p=0.1,
    )
    published = {x["meeting"] for x in raw["published"]}
    session_ids = [s["id"] for s in raw["sessions"]]
    slot_session = {slot: s["id"] for s in raw["sessions"] for slot in s["slots"]}
    again = []
    for m in raw["meetings"]:
        if rng.random() < 0.4:
            copy = {**m, "id": f"{m['id']}-again", "a": m["b"], "b": m["a"], "fixed_slot": None}
            copy["weight"] = rng.randint(1, 5)
            again.append(copy)
    raw["meetings"].extend(again)
    for m in raw["meetings"]:
        if m["id"] in published or rng.random() > 0.4:
            continue
        chosen = set(rng.sample(session_ids, rng.randint(1, len(session_ids))))
        if m["fixed_slot"] is not None:
            chosen.add(slot_session[m["fixed_slot"]])
        m["sessions"] = sorted(chosen)
    return raw


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(seed=st.integers(0, 2**32 - 1))
def test_selection_tables_and_reasons_with_fair_shapes_pass_the_checker(seed: int) -> None:
    """Half the teams of capacity 2, pairs that meet again, session-only meetings: the
    solver's selection (from the greedy start and without it), idle gaps, tables and reasons
    and the greedy baseline give schedules the checker accepts."""
    p = parse_problem(shaped_raw(random.Random(seed), capacity2_p=0.5))
    assert check(p, greedy(p)) == []
    assert check(p, solve(p, Control(time_limit_s=5))) == []
    with pytest.MonkeyPatch.context() as patch:
        # HiGHS on its own, not started from the greedy schedule
        patch.setattr(selection_module, "_greedy_start", lambda problem, model: None)
        assert check(p, solve(p, Control(time_limit_s=5))) == []


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(seed=st.integers(0, 2**32 - 1))
def test_every_phase_with_fair_shapes_passes_the_checker(seed: int) -> None:
    """Teams of capacity 1: the whole solver's schedule passes the checker."""
    p = parse_problem(shaped_raw(random.Random(seed), capacity2_p=0.0))
    schedule = solve(p, Control(time_limit_s=5))
    assert check(p, schedule) == []
