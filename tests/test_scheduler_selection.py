"""Selection (objective 1): the MIP's optimum equals a brute force's on tiny instances."""

from __future__ import annotations

import itertools
import random
from collections import Counter
from dataclasses import replace

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.scheduler import selection as selection_module
from app.scheduler.problem import InterpreterMode, Problem, parse_problem
from app.scheduler.selection import Selection, build_model, select
from tests.scheduler_strategies import problems, random_problem

# --- an independent brute force ---------------------------------------------------------------


def _owed(p: Problem) -> dict[str, int]:
    """min_meetings_per_participant, as the checker defines it (restated here on purpose)."""
    k = p.options.min_meetings_per_participant
    count: Counter[str] = Counter()
    for m in p.meetings:
        cands = p.candidate_slots(m)
        ok = bool(cands) and (
            not p.needs_interpreter(m)
            or any(
                p.can_interpret(i, m) and any(s not in i.unavailable_slots for s in cands)
                for i in p.interpreters
            )
        )
        if ok:
            count[m.a] += 1
            count[m.b] += 1
    owed = {}
    for t in p.teams:
        need = 0
        if k > 0 and count[t.id] >= k:
            need = k if t.max_meetings is None else min(k, t.max_meetings)
        owed[t.id] = need
    return owed


def _options(p: Problem, mid: str) -> list[tuple[str, str | None] | None]:
    """Every way to place (or leave out) one meeting on its own."""
    m = p.meeting[mid]
    pub = p.published_of.get(mid)
    if pub is not None and pub.locked:
        return [(pub.slot, pub.interpreter)]
    out: list[tuple[str, str | None] | None] = [] if m.mandatory else [None]
    for s in p.candidate_slots(m):
        if p.needs_interpreter(m):
            out += [
                (s, i.id)
                for i in p.interpreters
                if p.can_interpret(i, m) and s not in i.unavailable_slots
            ]
        else:
            out.append((s, None))
    return out


def _valid(p: Problem, plan: dict[str, tuple[str, str | None]]) -> bool:
    team_slot: Counter[tuple[str, str]] = Counter()
    per_team: Counter[str] = Counter()
    per_slot: Counter[str] = Counter()
    interp_slot: Counter[tuple[str, str]] = Counter()
    for mid, (s, i) in plan.items():
        m = p.meeting[mid]
        if s not in p.candidate_slots(m):
            return False
        if i is not None:
            interp = p.interpreter[i]
            if s in interp.unavailable_slots or not p.can_interpret(interp, m):
                return False
            if m.interpreter is InterpreterMode.NONE:
                return False
            interp_slot[(i, s)] += 1
        elif p.needs_interpreter(m):
            return False
        per_slot[s] += 1
        for t in (m.a, m.b):
            team_slot[(t, s)] += 1
            per_team[t] += 1
    if any(n > len(p.tables) for n in per_slot.values()):
        return False
    if any(n > p.team[t].capacity for (t, _), n in team_slot.items()):
        return False
    if any(n > 1 for n in interp_slot.values()):
        return False
    for t in p.teams:
        if t.max_meetings is not None and per_team[t.id] > t.max_meetings:
            return False
    return all(per_team[t] >= need for t, need in _owed(p).items())


def brute_force(p: Problem) -> int | None:
    """The best total weight, or None when no placement meets the hard constraints."""
    mids = [m.id for m in p.meetings]
    best: int | None = None
    for combo in itertools.product(*(_options(p, mid) for mid in mids)):
        plan = {mid: o for mid, o in zip(mids, combo, strict=True) if o is not None}
        if _valid(p, plan):
            w = sum(p.meeting[mid].weight for mid in plan)
            best = w if best is None else max(best, w)
    return best


def _selection_valid(p: Problem, sel: Selection) -> bool:
    plan = {mid: (s, sel.interpreter_of.get(mid)) for mid, s in sel.slot_of.items()}
    for m in p.meetings:
        if m.mandatory and m.id not in plan:
            return False
    for pub in p.published:
        if pub.locked and plan.get(pub.meeting) != (pub.slot, pub.interpreter):
            return False
    return _valid(p, plan) and sel.weight == sum(p.meeting[mid].weight for mid in plan)


def _search_space(p: Problem) -> int:
    n = 1
    for m in p.meetings:
        n *= len(_options(p, m.id))
    return n


tiny = problems(
    max_teams=5, max_slots=3, max_tables=2, max_interpreters=2, max_meetings=5, mandatory=True
)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(p=tiny, k=st.sampled_from([0, 0, 1, 2]))
def test_optimum_equals_brute_force(p: Problem, k: int) -> None:
    p = replace(p, options=replace(p.options, min_meetings_per_participant=k))
    if _search_space(p) > 20_000:
        return
    expected = brute_force(p)
    sel = select(p, time_limit=10)
    if expected is None:
        assert not sel.feasible
        assert sel.conflicts
        return
    assert sel.feasible, sel.conflicts
    assert sel.weight == expected
    assert sel.proven_optimal
    assert sel.upper_bound == expected
    assert _selection_valid(p, sel)


@pytest.mark.parametrize("seed", range(300))
def test_optimum_equals_brute_force_on_seeded_instances(seed: int) -> None:
    """Richer than the shrinking hypothesis cases: interpreters, mandatory, locked, minima."""
    rng = random.Random(seed)
    p = random_problem(
        rng,
        rng.randint(3, 6),
        rng.randint(3, 6),
        rng.randint(1, 3),
        rng.randint(1, 2),
        rng.randint(0, 2),
        n_sessions=rng.randint(1, 2),
        two_sided=rng.random() < 0.7,
        mandatory_p=rng.choice([0, 0.2]),
        published_p=rng.choice([0, 0.5]),
        min_meetings_per_participant=rng.choice([0, 0, 1, 2]),
        max_meetings_p=0.2,
        capacity2_p=0.2,
        unavailable_p=0.2,
    )
    assert _search_space(p) <= 50_000
    expected = brute_force(p)
    sel = select(p, time_limit=10)
    if expected is None:
        assert not sel.feasible and sel.conflicts
        return
    assert sel.feasible, sel.conflicts
    assert (sel.weight, sel.upper_bound, sel.proven_optimal) == (expected, expected, True)
    assert _selection_valid(p, sel)


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(p=tiny)
def test_explicit_interpreter_columns_agree_with_hall_rows(
    p: Problem, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With no aggregation at all (a column per meeting, slot and interpreter) the optimum is
    the same: Hall's rows are exact, not a relaxation."""
    aggregated = select(p, time_limit=10)
    with monkeypatch.context() as mp:
        mp.setattr(selection_module, "_MAX_CLASSES", 0)
        explicit = select(p, time_limit=10)
    assert aggregated.feasible == explicit.feasible
    if explicit.feasible:
        assert explicit.weight == aggregated.weight
        assert _selection_valid(p, explicit)


# --- hand-made cases --------------------------------------------------------------------------


def _raw(**over: object) -> dict[str, object]:
    raw: dict[str, object] = {
        "sessions": [{"id": "d1", "slots": ["s1", "s2"]}],
        "tables": ["T1", "T2"],
        "interpreters": [{"id": "i1", "languages": ["it", "ja"], "unavailable_slots": []}],
        "participants": [
            {"id": "to-1", "side": "turin", "languages": ["it"]},
            {"id": "to-2", "side": "turin", "languages": ["it", "en"]},
            {"id": "na-1", "side": "nagoya", "languages": ["ja"]},
            {"id": "na-2", "side": "nagoya", "languages": ["ja", "en"]},
        ],
        "meetings": [
            {"id": "m1", "a": "to-1", "b": "na-1", "weight": 5},  # needs an interpreter
            {"id": "m2", "a": "to-1", "b": "na-2", "weight": 4},  # needs an interpreter
            {"id": "m3", "a": "to-2", "b": "na-1", "weight": 3},  # needs an interpreter
            {"id": "m4", "a": "to-2", "b": "na-2", "weight": 1},  # English
        ],
        "published": [],
        "options": {"time_limit_s": 10},
    }
    raw.update(over)
    return raw


def test_one_interpreter_is_the_bottleneck() -> None:
    sel = select(parse_problem(_raw()))
    # one interpreter, two slots: two of m1..m3 at most: m1 + m2 (to-1 in both slots), then m4
    # in the slot where na-2 is free
    assert sel.slot_of.keys() == {"m1", "m2", "m4"}
    assert sel.weight == 10 and sel.upper_bound == 10 and sel.proven_optimal
    assert sel.interpreter_of["m1"] == "i1" and sel.interpreter_of["m4"] is None
    assert sel.slot_of["m1"] != sel.slot_of["m2"]


def test_locked_meeting_keeps_slot_and_interpreter() -> None:
    raw = _raw(published=[{"meeting": "m2", "slot": "s2", "table": "T1", "interpreter": "i1",
                           "locked": True}])  # fmt: skip
    sel = select(parse_problem(raw))
    assert sel.slot_of["m2"] == "s2" and sel.interpreter_of["m2"] == "i1"
    assert sel.weight == 5 + 4 + 1  # m1 in s1, m3 cannot have the interpreter
    assert sel.proven_optimal


def test_stability_keeps_published_slots_at_equal_weight() -> None:
    raw = _raw(
        meetings=[{"id": "m4", "a": "to-2", "b": "na-2", "weight": 1}],
        published=[{"meeting": "m4", "slot": "s2", "table": "T2", "interpreter": None}],
    )
    sel = select(parse_problem(raw))
    assert sel.slot_of == {"m4": "s2"} and sel.kept_published == 1


def test_stability_never_costs_weight() -> None:
    # m1 published in s1, but only s1 holds both m1's partner and the heavier m2
    raw = _raw(
        interpreters=[],
        participants=[
            {"id": "to-1", "side": "turin", "languages": ["en"], "unavailable_slots": ["s2"]},
            {"id": "na-1", "side": "nagoya", "languages": ["en"]},
            {"id": "na-2", "side": "nagoya", "languages": ["en"], "unavailable_slots": ["s2"]},
        ],
        meetings=[
            {"id": "m1", "a": "to-1", "b": "na-1", "weight": 1},
            {"id": "m2", "a": "to-1", "b": "na-2", "weight": 2},
        ],
        published=[{"meeting": "m1", "slot": "s1", "table": "T1"}],
    )
    sel = select(parse_problem(raw))
    assert sel.slot_of == {"m2": "s1"} and sel.weight == 2


def test_minimum_per_participant_is_hard() -> None:
    raw = _raw(
        interpreters=[],
        tables=["T1"],
        sessions=[{"id": "d1", "slots": ["s1"]}],
        participants=[
            {"id": "to-1", "side": "turin", "languages": ["en"]},
            {"id": "na-1", "side": "nagoya", "languages": ["en"]},
            {"id": "na-2", "side": "nagoya", "languages": ["en"]},
        ],
        meetings=[
            {"id": "m1", "a": "to-1", "b": "na-1", "weight": 5},
            {"id": "m2", "a": "to-1", "b": "na-2", "weight": 1},
        ],
        options={"min_meetings_per_participant": 1},
    )
    sel = select(parse_problem(raw))
    assert not sel.feasible  # one slot, one table: na-1 and na-2 cannot both meet to-1
    assert any("'na-" in c and "minimum" in c for c in sel.conflicts)


def test_fairness_changes_the_choice() -> None:
    raw = _raw(
        interpreters=[],
        tables=["T1"],
        participants=[
            {"id": "to-1", "side": "turin", "languages": ["en"]},
            {"id": "na-1", "side": "nagoya", "languages": ["en"]},
            {"id": "na-2", "side": "nagoya", "languages": ["en"]},
            {"id": "to-2", "side": "turin", "languages": ["en"]},
        ],
        meetings=[
            {"id": "m1", "a": "to-1", "b": "na-1", "weight": 5},
            {"id": "m2", "a": "to-2", "b": "na-1", "weight": 5},
            {"id": "m3", "a": "to-1", "b": "na-2", "weight": 1},
        ],
        options={"min_meetings_per_participant": 1},
    )
    sel = select(parse_problem(raw))
    assert sel.feasible and "m3" in sel.slot_of and sel.weight == 6


def test_mandatory_conflict_is_infeasible_and_named() -> None:
    raw = _raw(
        interpreters=[],
        sessions=[{"id": "d1", "slots": ["s1"]}],
        participants=[
            {"id": "to-1", "side": "turin", "languages": ["en"]},
            {"id": "na-1", "side": "nagoya", "languages": ["en"]},
            {"id": "na-2", "side": "nagoya", "languages": ["en"]},
        ],
        meetings=[
            {"id": "m1", "a": "to-1", "b": "na-1", "mandatory": True},
            {"id": "m2", "a": "to-1", "b": "na-2", "mandatory": True},
        ],
    )
    sel = select(parse_problem(raw))
    assert not sel.feasible
    assert sel.conflict_meetings & {"m1", "m2"}


def test_model_has_no_interpreter_columns_when_aggregated() -> None:
    p = random_problem(random.Random(3), 40, 200, 8, 6, 3, n_sessions=2)
    model = build_model(p)
    assert all(i is None for i in model.interpreter)
    candidates = sum(len(p.candidate_slots(m)) for m in p.meetings)
    assert model.num_cols <= candidates
