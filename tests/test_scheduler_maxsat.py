"""The idle-gap phase's MaxSAT side: the formula, every engine, and the worker processes."""

from __future__ import annotations

import time
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.scheduler.breaks import total_breaks
from app.scheduler.control import Control
from app.scheduler.gaps import ENGINES, improve_gaps
from app.scheduler.gaps_formula import encode
from app.scheduler.gaps_model import build_model
from app.scheduler.gaps_workers import run_engines
from app.scheduler.maxsat_engines import ENGINE_NAMES, solve_maxsat
from app.scheduler.problem import Problem, parse_problem
from benchmarks.scheduler_instances import fair, paper_fairs
from tests.test_scheduler_gaps import _problem, _valid


def _triangle_and_more() -> tuple[Problem, dict[str, str]]:
    """Three teams meeting pairwise in three slots (one break is forced) plus a chain."""
    p = _problem(4, [("a", "b"), ("b", "c"), ("a", "c"), ("c", "d"), ("d", "e")], tables=2)
    return p, {"m1": "s1", "m2": "s4", "m3": "s3", "m4": "s2", "m5": "s1"}


@pytest.mark.parametrize("engine", ENGINE_NAMES)
def test_every_engine_finds_the_same_optimum(engine: str) -> None:
    p, start = _triangle_and_more()
    model = build_model(p, start, dict.fromkeys(start), None)
    formula = encode(model)
    answer = solve_maxsat(engine, formula.hard, formula.soft, time_limit=20)
    assert answer.status == "optimum", answer
    placement = formula.decode(model, set(answer.true), True)
    slots = {mid: p.slots[s] for mid, s in placement.slot_idx.items()}
    assert total_breaks(p, slots) == formula.breaks(set(answer.true)) == answer.cost
    # and every engine agrees with RC2, a different algorithm (brute force against the whole
    # phase: tests/test_scheduler_gaps_brute.py)
    assert answer.cost == solve_maxsat("rc2", formula.hard, formula.soft, time_limit=20).cost


def test_an_unsatisfiable_formula_is_said_so() -> None:
    for engine in ("uwrmaxsat", "rc2"):
        answer = solve_maxsat(engine, [[1], [-1]], [(2, 1)], time_limit=5)
        assert answer.status == "unsat" and not answer.true


def test_an_unknown_engine_is_named() -> None:
    with pytest.raises(ValueError, match="Unknown MaxSAT engine 'nope'"):
        solve_maxsat("nope", [[1]], [], time_limit=1)
    p, start = _triangle_and_more()
    with pytest.raises(ValueError, match="Unknown idle-gap method"):
        improve_gaps(p, start, dict.fromkeys(start), Control(5), method="nope")  # type: ignore[arg-type]


def _raw_tiny(seed: int) -> dict[str, Any]:
    import random

    rng = random.Random(seed)
    teams = [f"t{k}" for k in range(rng.randint(3, 5))]
    n_slots = rng.randint(3, 5)
    slots = [f"s{k}" for k in range(n_slots)]
    meetings = []
    for k in range(rng.randint(2, 6)):
        a, b = rng.sample(teams, 2)
        meetings.append({"id": f"m{k}", "a": a, "b": b})
    half = max(1, n_slots // 2)
    return {
        "sessions": [{"id": "am", "slots": slots[:half]}, {"id": "pm", "slots": slots[half:]}]
        if rng.random() < 0.5 and n_slots > 3
        else [{"id": "all", "slots": slots}],
        "tables": [f"T{k}" for k in range(rng.randint(1, 3))],
        "interpreters": [],
        "participants": [{"id": t, "side": None, "languages": ["en"]} for t in teams],
        "meetings": meetings,
    }


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(seed=st.integers(0, 10**6))
def test_implied_constraints_keep_the_optimum(seed: int) -> None:
    """The implied constraints are redundant: with and without them the optimum is the same
    (a wrong implied constraint would cut off the optimum and show here)."""
    from app.scheduler.greedy import greedy

    raw = _raw_tiny(seed)
    p = parse_problem(raw)
    start = {a.meeting: a.slot for a in greedy(p, Control(5)).assignments}
    if not start:
        return
    model = build_model(p, start, dict.fromkeys(start), None)
    with_implied = encode(model)
    without = encode(model, implied=False)
    a = solve_maxsat("uwrmaxsat", with_implied.hard, with_implied.soft, time_limit=20)
    b = solve_maxsat("rc2", without.hard, without.soft, time_limit=20)
    assert a.status == b.status == "optimum"
    assert a.cost == b.cost


def test_same_pair_meetings_never_share_a_slot_and_are_ordered() -> None:
    raw = {
        "sessions": [{"id": "d", "slots": ["s1", "s2", "s3"]}],
        "tables": ["T1", "T2"],
        "interpreters": [],
        "participants": [
            {"id": t, "side": None, "languages": ["en"], "capacity": 2} for t in ("a", "b")
        ],
        "meetings": [{"id": "m1", "a": "a", "b": "b"}, {"id": "m2", "a": "b", "b": "a"}],
    }
    p = parse_problem(raw)
    start = {"m1": "s1", "m2": "s3"}  # one break; s1+s2 closes it, s1+s1 would be invalid
    for method in ("uwrmaxsat", "cpsat"):
        r = improve_gaps(p, start, dict.fromkeys(start), Control(10), method=method)  # type: ignore[arg-type]
        assert r.breaks == 0 and r.optimal, (method, r)
        assert r.slot_of["m1"] != r.slot_of["m2"]
        assert _valid(p, r) == []


def test_workers_answer_and_an_unstoppable_engine_is_killed_at_the_deadline() -> None:
    f = fair(10, 0)  # dense: no engine proves it in a second
    model = build_model(f.problem, f.slot_of, f.interpreter_of, None)
    t0 = time.monotonic()
    answers = run_engines(model, ["openwbo", "uwrmaxsat"], Control(60), time_limit=1.5)
    took = time.monotonic() - t0
    assert took < 1.5 + 2.0 + 2.0, took  # the deadline, the grace, process start-up
    by_engine = {a.engine: a for a in answers}
    assert set(by_engine) == {"openwbo", "uwrmaxsat"}
    assert by_engine["openwbo"].status == "none"  # it cannot be stopped: killed
    # UWrMaxSat stops when asked and hands back its best (anytime) model, if it has one
    uwr = by_engine["uwrmaxsat"]
    assert uwr.status in ("feasible", "none") and (uwr.placement is None) == (uwr.breaks is None)


def test_cancel_stops_the_workers() -> None:
    f = fair(10, 0)
    model = build_model(f.problem, f.slot_of, f.interpreter_of, None)
    control = Control(60)
    t0 = time.monotonic()
    import threading

    threading.Timer(0.5, control.cancel).start()
    run_engines(model, ["uwrmaxsat"], control, time_limit=60)
    assert time.monotonic() - t0 < 5


def test_progress_reports_the_best_and_the_floor_as_they_improve() -> None:
    f = paper_fairs(0)[7]  # paper-08: proven floor 1 and optimum 1
    seen: list[tuple[float | None, float | None]] = []
    control = Control(60, progress=lambda phase, frac, best, bound: seen.append((best, bound)))
    r = improve_gaps(f.problem, f.slot_of, f.interpreter_of, control, max_spread=2)
    assert r.optimal and r.breaks == r.lower_bound == 1
    bests = [b for b, _ in seen if b is not None]
    assert bests[0] == total_breaks(f.problem, f.slot_of)
    assert bests == sorted(bests, reverse=True) and bests[-1] == 1
    assert seen[-1] == (1.0, 1.0)


def test_engines_are_listed_for_the_benchmarks() -> None:
    assert ENGINES[:2] == ("auto", "cpsat") and set(ENGINE_NAMES) <= set(ENGINES)
