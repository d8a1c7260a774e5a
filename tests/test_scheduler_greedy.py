"""The round-robin greedy baseline, and the reasons given for unscheduled meetings."""

from __future__ import annotations

import random
from typing import Any

from hypothesis import given, settings

from app.scheduler.checker import check
from app.scheduler.greedy import greedy
from app.scheduler.problem import Problem, parse_problem
from app.scheduler.reasons import HIGHER_VALUE, explain
from app.scheduler.schedule import Assignment, Status
from tests.scheduler_strategies import problems, random_problem


@settings(max_examples=150, deadline=None)
@given(problems(mandatory=True))
def test_every_greedy_schedule_passes_the_checker(p: Problem) -> None:
    """Whatever the problem, the greedy schedule is valid and every reason is given."""
    s = greedy(p)
    assert check(p, s) == []
    assert s.status in (Status.FEASIBLE, Status.INFEASIBLE)
    if not any(m.mandatory for m in p.meetings) and not any(x.locked for x in p.published):
        assert s.status is Status.FEASIBLE


def test_greedy_on_a_benchmark_sized_problem_is_valid() -> None:
    p = random_problem(random.Random(7), 60, 300, 12, 10, 3, n_sessions=2, published_p=0.3)
    s = greedy(p)
    assert check(p, s) == []
    assert s.status is Status.FEASIBLE
    assert len(s.assignments) > 50


def tiny(meetings: list[dict[str, Any]], **changes: Any) -> Problem:
    raw: dict[str, Any] = {
        "sessions": [{"id": "s", "slots": ["1", "2"]}],
        "tables": ["T1"],
        "interpreters": [{"id": "i1", "languages": ["it", "ja"], "unavailable_slots": []}],
        "participants": [
            {"id": "to1", "side": "turin", "languages": ["it"], "unavailable_slots": ["2"]},
            {"id": "to2", "side": "turin", "languages": ["it", "en"]},
            {"id": "na1", "side": "nagoya", "languages": ["ja"], "unavailable_slots": ["1"]},
            {"id": "na2", "side": "nagoya", "languages": ["en", "ja"]},
            {"id": "na3", "side": "nagoya", "languages": ["fr"]},
        ],
        "meetings": meetings,
    }
    raw.update(changes)
    return parse_problem(raw)


def reasons_of(p: Problem, assignments: list[Assignment]) -> dict[str, str]:
    return {u.meeting: u.reason for u in explain(p, assignments)}


def test_greedy_takes_the_heaviest_meeting_first_in_the_earliest_slot() -> None:
    p = tiny(
        [
            {"id": "light", "a": "to2", "b": "na2", "weight": 1},
            {"id": "heavy", "a": "to1", "b": "na2", "weight": 5},
        ]
    )
    s = greedy(p)
    assert [(a.meeting, a.slot) for a in s.assignments] == [("light", "2"), ("heavy", "1")]
    assert s.stats.weight == 6 and s.stats.upper_bound == 6.0


def test_reason_no_common_free_slot() -> None:
    p = tiny([{"id": "m", "a": "to1", "b": "na1"}])
    assert reasons_of(p, []) == {"m": "to1 and na1 share no free slot"}


def test_reason_no_interpreter_with_the_languages() -> None:
    p = tiny([{"id": "m", "a": "to2", "b": "na3"}])
    assert reasons_of(p, []) == {"m": "no interpreter speaks both en/it and fr"}


def test_reason_no_interpreter_free() -> None:
    """na1 is free only in slot 2, where the one interpreter is away or busy."""
    away = tiny(
        [{"id": "m", "a": "to2", "b": "na1"}],
        interpreters=[{"id": "i1", "languages": ["it", "ja"], "unavailable_slots": ["2"]}],
    )
    assert reasons_of(away, [])["m"] == "no interpreter is free in the slots both are free"
    p = tiny([{"id": "m", "a": "to2", "b": "na1"}, {"id": "x", "a": "to1", "b": "na2"}])
    busy = [Assignment("x", "2", "T1", "i1")]
    assert reasons_of(p, busy)["m"] == "no interpreter is free in the slots both are free"


def test_reason_maximum_reached() -> None:
    p = tiny(
        [{"id": "x", "a": "to2", "b": "na2"}, {"id": "m", "a": "to1", "b": "na2"}],
        participants=[
            {"id": "to1", "side": "turin", "languages": ["en"]},
            {"id": "to2", "side": "turin", "languages": ["en"]},
            {"id": "na2", "side": "nagoya", "languages": ["en"], "max_meetings": 1},
        ],
        tables=["T1", "T2"],
    )
    assert reasons_of(p, [Assignment("x", "1", "T1")]) == {
        "m": "na2 already has its maximum of 1 meetings"
    }
    assert greedy(p).unscheduled[0].reason == "na2 already has its maximum of 1 meetings"


def test_reason_fully_booked_and_no_table() -> None:
    meetings = [
        {"id": "x", "a": "to2", "b": "na2"},
        {"id": "y", "a": "to1", "b": "na2"},
        {"id": "m", "a": "to1", "b": "na1"},
    ]
    participants = [
        {"id": "to1", "side": "turin", "languages": ["en"]},
        {"id": "to2", "side": "turin", "languages": ["en"]},
        {"id": "na1", "side": "nagoya", "languages": ["en"]},
        {"id": "na2", "side": "nagoya", "languages": ["en"]},
    ]
    p = tiny(meetings, participants=participants)
    # one table: x and y fill both slots
    got = reasons_of(p, [Assignment("x", "1", "T1"), Assignment("y", "2", "T1")])
    assert got == {"m": "no table is free in the slots both are free"}
    p2 = tiny(meetings, participants=participants, tables=["T1", "T2"])
    got = reasons_of(p2, [Assignment("y", "1", "T1"), Assignment("x", "2", "T1")])
    assert got == {"m": HIGHER_VALUE}
    p3 = tiny(
        [*meetings[:2], {"id": "m", "a": "to1", "b": "na1", "allowed_slots": ["1"]}],
        participants=participants,
        tables=["T1", "T2"],
    )
    got = reasons_of(p3, [Assignment("y", "1", "T1"), Assignment("x", "2", "T1")])
    assert got == {"m": "to1 is fully booked in the slots both are free"}


def test_greedy_keeps_published_and_locked_places() -> None:
    p = tiny(
        [{"id": "a", "a": "to2", "b": "na2", "weight": 1}, {"id": "b", "a": "to1", "b": "na1"}],
        published=[{"meeting": "a", "slot": "2", "table": "T1", "locked": True}],
    )
    s = greedy(p)
    assert s.assignments == (Assignment("a", "2", "T1"),)
    assert s.stats.moved_from_published == 0
    assert check(p, s) == []
