"""The benchmark fairs shaped like the paper's real events (issue 15): the ranges they claim,
and a starting placement the independent checker accepts. No solving."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Mapping
from pathlib import Path

import pytest

from app.scheduler.breaks import breaks_spread, total_breaks
from app.scheduler.checker import check
from app.scheduler.problem import parse_problem
from app.scheduler.schedule import Assignment, Schedule, Stats, Status
from app.scheduler.tables import assign_tables
from benchmarks.scheduler_instances import PAPER_SHAPES, Fair, paper_fairs


@pytest.fixture(scope="module", params=[1.0, 0.7], ids=["compact", "loose"])
def fairs(request: pytest.FixtureRequest) -> list[Fair]:
    return paper_fairs(0, compact=request.param)


def _schedule(f: Fair, slot_of: Mapping[str, str]) -> Schedule:
    p = f.problem
    tables = assign_tables(p, slot_of)
    return Schedule(
        Status.FEASIBLE,
        tuple(
            Assignment(mid, s, tables[mid], f.interpreter_of.get(mid))
            for mid, s in sorted(slot_of.items())
        ),
        (),
        Stats(weight=len(p.meetings), upper_bound=len(p.meetings)),
    )


def test_twenty_instances_in_the_papers_ranges(fairs: list[Fair]) -> None:
    assert len(fairs) == len(PAPER_SHAPES) == 20
    assert len({f.name for f in fairs}) == 20
    slot_counts = set()
    for f, (n_slots, n_people, n_meetings, n_tables) in zip(fairs, PAPER_SHAPES, strict=True):
        p = f.problem
        assert (len(p.slots), len(p.teams), len(p.meetings), len(p.tables)) == (
            n_slots,
            n_people,
            n_meetings,
            n_tables,
        )
        assert 8 <= n_slots <= 22 and 40 <= n_people <= 80
        assert 125 <= n_meetings <= 302 and 12 <= n_tables <= 27
        assert 2 * n_tables < n_people  # tables fewer than half the participants
        slot_counts.add(n_slots)
        # a morning and an afternoon session
        assert [s.id for s in p.sessions] == ["morning", "afternoon"]
        assert all(s.slots for s in p.sessions)
        assert all(m.mandatory for m in p.meetings)
        assert p.options.max_breaks_spread == 2
        assert all(t.side is None for t in p.teams)
        # real fairs' shapes: fixed, session-only meetings, forbidden slots
        assert any(m.fixed_slot is not None for m in p.meetings)
        restricted = [m for m in p.meetings if m.allowed_slots is not None]
        assert restricted
        assert all(m.allowed_slots in {frozenset(s.slots) for s in p.sessions} for m in restricted)
        assert any(t.unavailable_slots for t in p.teams)
        # heavy-tailed meetings per participant: many with 2–6, a few up to the number of
        # slots (the averages, 2 × meetings / participants, are 6–8: the paper's too)
        per = Counter(x for m in p.meetings for x in (m.a, m.b))
        assert all(per[t.id] >= 1 for t in p.teams)
        assert max(per.values()) <= n_slots
        assert sum(1 for t in p.teams if 2 <= per[t.id] <= 6) >= 0.4 * len(p.teams)
        assert max(per.values()) >= 0.75 * n_slots
        assert len([m for m in p.meetings if m.fixed_slot]) >= 0.02 * n_meetings
        assert len(restricted) >= 0.1 * n_meetings
        # the tables bind: the meetings fill most of slots × tables
        assert n_meetings >= 0.4 * n_slots * n_tables
        load = Counter(f.slot_of.values())
        assert max(load.values()) <= n_tables
    assert slot_counts == {8, 10, 12, 14, 16, 18, 20, 22}


def _errors(f: Fair, slot_of: Mapping[str, str]) -> list[str]:
    # the checker compares the stats too: breaks and spread are left unset here
    return [e for e in check(f.problem, _schedule(f, slot_of)) if not e.startswith("stats.")]


def test_every_start_is_valid_and_scattered(fairs: list[Fair]) -> None:
    for f in fairs:
        assert set(f.slot_of) == {m.id for m in f.problem.meetings}
        assert _errors(f, f.slot_of) == [], f.name
        assert f.reference is not None
        assert total_breaks(f.problem, f.slot_of) > total_breaks(f.problem, f.reference), f.name


def test_the_fairness_bound_can_be_met(fairs: list[Fair]) -> None:
    """The hidden placement is valid and its breaks spread ≤ 2: the instance is feasible
    with the paper's fairness bound, and its optimum is at most the hidden breaks."""
    for f in fairs:
        assert f.reference is not None
        assert set(f.reference) == {m.id for m in f.problem.meetings}
        assert _errors(f, f.reference) == [], f.name
        assert breaks_spread(f.problem, f.reference) <= 2, f.name


def test_deterministic_for_a_seed_and_parses_as_json() -> None:
    a, b, c = paper_fairs(3)[:2], paper_fairs(3)[:2], paper_fairs(4)[:2]
    assert [(f.problem, f.slot_of) for f in a] == [(f.problem, f.slot_of) for f in b]
    assert [f.slot_of for f in a] != [f.slot_of for f in c]
    p = a[0].problem
    raw = {
        "sessions": [{"id": s.id, "slots": list(s.slots)} for s in p.sessions],
        "tables": list(p.tables),
        "participants": [
            {
                "id": t.id,
                "side": t.side,
                "languages": sorted(t.languages),
                "unavailable_slots": sorted(t.unavailable_slots),
            }
            for t in p.teams
        ],
        "meetings": [
            {
                "id": m.id,
                "a": m.a,
                "b": m.b,
                "mandatory": m.mandatory,
                "allowed_slots": None if m.allowed_slots is None else sorted(m.allowed_slots),
                "fixed_slot": m.fixed_slot,
            }
            for m in p.meetings
        ],
        "options": {"max_breaks_spread": 2},
    }
    again = parse_problem(json.loads(json.dumps(raw)))
    assert len(again.meetings) == len(p.meetings)


def test_the_paper_bench_runs_end_to_end(tmp_path: Path) -> None:
    """One easy instance, the default engine, about a second: the rows and the JSON file."""
    from benchmarks.bench_scheduler import bench_paper, paper_methods

    assert set(paper_methods()) >= {"auto"}
    out = tmp_path / "rows.json"
    rows = bench_paper(0, 10.0, ("auto",), {1}, out)
    assert json.loads(out.read_text(encoding="utf-8")) == rows
    (row,) = rows
    assert row["instance"] == "paper-01" and row["engine"] == "auto"
    assert row["slots"] == 8 and row["meetings"] == 125 and row["fixed"] > 0
    assert row["errors"] == []
    assert row["lower_bound"] <= row["breaks"] <= row["input_breaks"]
    if row["optimal"]:
        assert row["breaks"] <= row["known_upper_bound"]


def test_the_bench_flags_wrong_answers(fairs: list[Fair]) -> None:
    from app.scheduler.gaps import GapResult
    from benchmarks.bench_scheduler import paper_errors

    f = fairs[3]
    assert f.reference is not None
    p = f.problem
    known = total_breaks(p, f.reference)
    spread = breaks_spread(p, f.reference)
    good = GapResult(dict(f.reference), dict(f.interpreter_of), known, spread, True, "x", known)
    assert paper_errors(f, good, known) == []
    # a "proven" optimum above a known placement, and below its own bound
    start = total_breaks(p, f.slot_of)
    worse = GapResult(
        dict(f.slot_of), dict(f.interpreter_of), start, breaks_spread(p, f.slot_of), True, "x"
    )
    assert any("proven optimal" in e for e in paper_errors(f, worse, known))
    low = GapResult(dict(f.reference), dict(f.interpreter_of), known, spread, False, "x", known + 1)
    assert any("below the proven lower bound" in e for e in paper_errors(f, low, known))
    # two meetings of one participant in one slot (one with a free table)
    load = Counter(f.reference.values())
    free = {m.id for m in p.meetings if load[f.reference[m.id]] < len(p.tables)}
    team, m1, m2 = next(
        (t.id, a, b)
        for t in p.teams
        for a in p.meetings
        for b in p.meetings
        if t.id in (a.a, a.b) and t.id in (b.a, b.b) and a is not b and a.id in free
    )
    clash = dict(f.reference)
    clash[m2.id] = clash[m1.id]
    bad = GapResult(clash, dict(f.interpreter_of), known, spread, False, "x")
    assert any(f"{team!r} is in 2 meetings" in e for e in paper_errors(f, bad, known))


def test_second_meetings_of_a_pair_when_asked() -> None:
    """``repeats`` gives real fairs' second meetings of a pair; the starts stay valid (the
    checker forbids a pair twice in one slot) and the default instances do not change."""
    plain = paper_fairs(0)
    again = paper_fairs(0, repeats=0.1)
    twice = [
        len(f.problem.meetings) - len({frozenset((m.a, m.b)) for m in f.problem.meetings})
        for f in again
    ]
    assert min(twice) >= 1 and sum(twice) >= 100
    assert all(
        len({frozenset((m.a, m.b)) for m in f.problem.meetings}) == len(f.problem.meetings)
        for f in plain
    )
    for f in again:
        assert _errors(f, f.slot_of) == []
        assert f.reference is not None and _errors(f, f.reference) == []
