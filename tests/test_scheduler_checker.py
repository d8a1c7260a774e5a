"""The independent checker catches each kind of bad schedule; the break count is right."""

from __future__ import annotations

import copy
import itertools
from dataclasses import replace
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.scheduler.breaks import breaks_spread, team_breaks, total_breaks
from app.scheduler.checker import check, moved_from_published, owed_meetings
from app.scheduler.problem import Problem, parse_problem
from app.scheduler.schedule import Assignment, Schedule, Stats, Status, Unscheduled
from tests.scheduler_strategies import problems

BASE: dict[str, Any] = {
    "sessions": [{"id": "am", "slots": ["1", "2", "3"]}, {"id": "pm", "slots": ["4", "5"]}],
    "tables": ["T1", "T2"],
    "interpreters": [
        {"id": "i1", "languages": ["it", "ja"], "unavailable_slots": ["5"]},
        {"id": "i2", "languages": ["en", "ja"], "unavailable_slots": []},
    ],
    "participants": [
        {"id": "to1", "side": "turin", "languages": ["it"], "capacity": 1},
        {"id": "to2", "side": "turin", "languages": ["it", "en"], "capacity": 2},
        {"id": "na1", "side": "nagoya", "languages": ["ja"], "unavailable_slots": ["4"]},
        {"id": "na2", "side": "nagoya", "languages": ["ja", "en"], "max_meetings": 1},
    ],
    "meetings": [
        {"id": "m1", "a": "to1", "b": "na1", "weight": 3},  # needs it/ja
        {"id": "m2", "a": "to2", "b": "na2", "weight": 2},  # share en
        {"id": "m3", "a": "to2", "b": "na1", "weight": 1, "allowed_slots": ["2", "3"]},
        {"id": "m4", "a": "to1", "b": "na2", "weight": 1, "fixed_slot": "5"},
    ],
    "published": [{"meeting": "m2", "slot": "1", "table": "T2", "locked": True}],
    "options": {},
}


def problem(**changes: Any) -> Problem:
    raw = copy.deepcopy(BASE)
    raw.update(changes)
    return parse_problem(raw)


def schedule(
    p: Problem,
    assignments: list[Assignment],
    unscheduled: list[Unscheduled] | None = None,
    status: Status = Status.FEASIBLE,
    **stats: Any,
) -> Schedule:
    """A schedule with correct stats unless overridden; unscheduled = the rest by default."""
    if unscheduled is None:
        done = {a.meeting for a in assignments}
        unscheduled = [Unscheduled(m.id, "left out") for m in p.meetings if m.id not in done]
    slot_of = {a.meeting: a.slot for a in assignments if a.meeting in p.meeting}
    weight = sum(p.meeting[a.meeting].weight for a in assignments if a.meeting in p.meeting)
    values: dict[str, Any] = {
        "weight": weight,
        "upper_bound": 100.0,
        "breaks": total_breaks(p, slot_of)
        if all(s in p.slot_index for s in slot_of.values())
        else 0,
        "breaks_spread": breaks_spread(p, slot_of)
        if all(s in p.slot_index for s in slot_of.values())
        else 0,
        "moved_from_published": moved_from_published(p, assignments),
    }
    values.update(stats)
    return Schedule(status, tuple(assignments), tuple(unscheduled), Stats(**values))


GOOD = [
    Assignment("m1", "1", "T1", "i1"),
    Assignment("m2", "1", "T2"),
    Assignment("m3", "3", "T1", "i2"),
]


def errors_of(p: Problem, assignments: list[Assignment], **kw: Any) -> list[str]:
    return check(p, schedule(p, assignments, **kw))


def assert_one(errors: list[str], *words: str) -> None:
    assert any(all(w in e for w in words) for e in errors), errors


def test_good_schedule_passes() -> None:
    """A hand-made valid schedule has no violations."""
    assert errors_of(problem(), GOOD) == []


def test_interpreter_on_meeting_that_shares_a_language_is_allowed_if_able() -> None:
    """An interpreter who can cover it may sit in a meeting that does not need one."""
    extra = {"id": "i3", "languages": ["de", "ja"], "unavailable_slots": []}
    p = problem(published=[], interpreters=[*BASE["interpreters"], extra])
    assert errors_of(p, [GOOD[0], Assignment("m2", "2", "T2", "i2")]) == []
    assert_one(errors_of(p, [GOOD[0], Assignment("m2", "2", "T2", "i3")]), "'i3' cannot cover")


@pytest.mark.parametrize(
    ("bad", "words"),
    [
        (Assignment("zz", "1", "T1"), ("unknown meeting 'zz'",)),
        (Assignment("m3", "9", "T1", "i2"), ("unknown slot '9'",)),
        (Assignment("m3", "3", "T9", "i2"), ("unknown table 'T9'",)),
        (Assignment("m3", "3", "T1", "i9"), ("unknown interpreter 'i9'",)),
    ],
)
def test_unknown_ids(bad: Assignment, words: tuple[str, ...]) -> None:
    """Unknown meeting, slot, table or interpreter ids are named."""
    assert_one(errors_of(problem(), [*GOOD[:2], bad]), *words)


def test_unknown_unscheduled_meeting() -> None:
    """An unscheduled entry for an unknown meeting is named."""
    p = problem()
    extra = [Unscheduled("m4", "x"), Unscheduled("ghost", "x")]
    assert_one(errors_of(p, GOOD, unscheduled=extra), "unknown meeting 'ghost'")


def test_meeting_assigned_twice() -> None:
    assert_one(errors_of(problem(), [*GOOD, Assignment("m3", "2", "T2", "i2")]), "m3", "2 times")


def test_every_meeting_exactly_once() -> None:
    """Missing, doubly unscheduled, and both assigned and unscheduled are all caught."""
    p = problem()
    assert_one(errors_of(p, GOOD, unscheduled=[]), "'m4' is neither")
    twice = [Unscheduled("m4", "a"), Unscheduled("m4", "b")]
    assert_one(errors_of(p, GOOD, unscheduled=twice), "'m4'", "unscheduled 2 times")
    both = [Unscheduled("m4", "a"), Unscheduled("m3", "b")]
    assert_one(errors_of(p, GOOD, unscheduled=both), "'m3' is both")
    assert_one(errors_of(p, GOOD, unscheduled=[Unscheduled("m4", " ")]), "no reason")


@pytest.mark.parametrize(
    ("bad", "words"),
    [
        (Assignment("m3", "1", "T1", "i2"), ("allowed slots",)),
        (Assignment("m4", "4", "T1", "i1"), ("fixed to slot '5'",)),
        (Assignment("m1", "4", "T1", "i1"), ("'na1' is away",)),
    ],
)
def test_slot_outside_what_is_allowed(bad: Assignment, words: tuple[str, ...]) -> None:
    """Allowed slots, fixed slots and team unavailability are enforced."""
    assert_one(errors_of(problem(), [GOOD[1], bad]), *words)


def test_team_over_capacity() -> None:
    """to1 has capacity 1; to2 (capacity 2) may hold two at once."""
    p2 = problem(
        published=[],
        meetings=[*BASE["meetings"][:3], {"id": "m4", "a": "to1", "b": "na2"}],
    )
    bad = [Assignment("m1", "2", "T1", "i1"), Assignment("m4", "2", "T2", "i2")]
    assert_one(errors_of(p2, bad), "'to1' is in 2 meetings in slot '2'")
    ok = [Assignment("m2", "2", "T1"), Assignment("m3", "2", "T2", "i2")]
    assert errors_of(problem(published=[]), ok) == []


def test_the_same_pair_twice_in_one_slot() -> None:
    """Two meetings of to2 and na2 (both of capacity 2) may be in two slots, not in one: the
    teams' capacity would let them, the rule that two participants meet once a slot not."""
    teams = copy.deepcopy(BASE["participants"])
    teams[3].update(capacity=2, max_meetings=None)
    again = {"id": "m5", "a": "na2", "b": "to2", "weight": 1}
    p = problem(published=[], participants=teams, meetings=[*BASE["meetings"], again])
    apart = [Assignment("m2", "2", "T1"), Assignment("m5", "3", "T1")]
    assert errors_of(p, apart) == []
    together = [Assignment("m2", "2", "T1"), Assignment("m5", "2", "T2")]
    errors = errors_of(p, together)
    assert_one(errors, "'m2', 'm5'", "'na2'", "'to2'", "same slot '2'")
    assert len(errors) == 1, errors  # nothing else is wrong: capacity 2 holds two meetings


def test_a_meeting_outside_its_sessions() -> None:
    """A morning-only meeting in the afternoon is reported, naming its sessions."""
    meetings = copy.deepcopy(BASE["meetings"])
    meetings[1]["sessions"] = ["am"]
    p = problem(published=[], meetings=meetings)
    assert errors_of(p, [Assignment("m2", "3", "T1")]) == []
    assert_one(
        errors_of(p, [Assignment("m2", "4", "T1")]), "'m2'", "slot '4'", "session 'pm'", "'am'"
    )


def test_table_used_twice() -> None:
    assert_one(errors_of(problem(), [GOOD[0], Assignment("m2", "1", "T1")]), "'T1' is used 2 times")


def test_interpreter_rules() -> None:
    """Twice in a slot, unavailable, missing where needed, unable, or in a 'none' meeting."""
    p = problem(published=[])
    twice = [Assignment("m1", "2", "T1", "i1"), Assignment("m3", "2", "T2", "i1")]
    assert_one(errors_of(p, twice), "'i1' is in 2 meetings")
    away = [Assignment("m4", "5", "T1", "i1")]
    assert_one(errors_of(p, away), "'i1' is unavailable in slot '5'")
    missing = [Assignment("m1", "1", "T1")]
    assert_one(errors_of(p, missing), "'m1' needs an interpreter")
    unable = [Assignment("m1", "1", "T1", "i2")]
    assert_one(errors_of(p, unable), "'i2' cannot cover meeting 'm1'")
    meetings = copy.deepcopy(BASE["meetings"])
    meetings[1]["interpreter"] = "none"
    none = [Assignment("m2", "1", "T1", "i2")]
    assert_one(errors_of(problem(published=[], meetings=meetings), none), "asks for no")
    meetings[1]["interpreter"] = "required"
    assert_one(
        errors_of(problem(published=[], meetings=meetings), [Assignment("m2", "1", "T1")]),
        "'m2' needs an interpreter",
    )


def test_team_over_max_meetings() -> None:
    """na2 may have at most one meeting."""
    bad = [GOOD[1], Assignment("m4", "5", "T1", "i2")]
    assert_one(errors_of(problem(), bad), "'na2' has 2 meetings", "maximum of 1")


def test_mandatory_meeting_unscheduled() -> None:
    meetings = copy.deepcopy(BASE["meetings"])
    meetings[0]["mandatory"] = True
    p = problem(meetings=meetings)
    assert_one(errors_of(p, GOOD[1:]), "Mandatory meeting 'm1'")
    assert not any("Mandatory" in e for e in errors_of(p, GOOD[1:], status=Status.INFEASIBLE))


def test_locked_meeting_must_stay() -> None:
    """Locked m2 is published at slot 1, table T2, no interpreter."""
    p = problem()
    assert_one(errors_of(p, [GOOD[0], Assignment("m2", "2", "T2")]), "Locked meeting 'm2'")
    assert_one(errors_of(p, [GOOD[0], Assignment("m2", "1", "T2", "i2")]), "Locked", "'i2'")
    assert_one(errors_of(p, [GOOD[0]]), "Locked meeting 'm2' is not scheduled")
    unlocked = problem(published=[{"meeting": "m2", "slot": "1", "table": "T2"}])
    assert errors_of(unlocked, [GOOD[0], Assignment("m2", "2", "T2")]) == []


def test_min_meetings_per_participant() -> None:
    """With k = 1 every team with a schedulable meeting needs one (na2 capped at 1)."""
    p = problem(options={"min_meetings_per_participant": 1})
    assert owed_meetings(p) == {"to1": 1, "to2": 1, "na1": 1, "na2": 1}
    assert errors_of(p, GOOD) == []
    assert_one(errors_of(p, GOOD[1:]), "'to1' has 0 meetings", "minimum of 1")
    # k = 2: m4 (slot 5 only) has no able interpreter free there, so to1 and na2 have one
    # schedulable meeting each and are owed nothing; to2 and na1 have two
    p2 = problem(options={"min_meetings_per_participant": 2})
    assert owed_meetings(p2) == {"to1": 0, "to2": 2, "na1": 2, "na2": 0}
    # with i1 free in slot 5, na2 has two schedulable meetings but a maximum of 1
    interps = copy.deepcopy(BASE["interpreters"])
    interps[0]["unavailable_slots"] = []
    p4 = problem(options={"min_meetings_per_participant": 2}, interpreters=interps)
    assert owed_meetings(p4) == {"to1": 2, "to2": 2, "na1": 2, "na2": 1}
    # a team whose meetings cannot be placed at all owes nothing
    p3 = problem(
        options={"min_meetings_per_participant": 1},
        interpreters=[],
        published=[],
        meetings=[BASE["meetings"][0]],
    )
    assert owed_meetings(p3)["to1"] == 0


def test_stats_must_match() -> None:
    """Weight, breaks, spread and moves are recomputed and compared."""
    p = problem()
    assert_one(errors_of(p, GOOD, weight=5), "stats.weight is 5", "weigh 6")
    assert_one(errors_of(p, GOOD, breaks=1), "stats.breaks is 1")
    assert_one(errors_of(p, GOOD, breaks_spread=3), "stats.breaks_spread is 3")
    assert_one(errors_of(p, GOOD, moved_from_published=1), "moved_from_published is 1")
    assert_one(errors_of(p, GOOD, upper_bound=2.0), "upper_bound")


def test_moved_from_published_counts_unscheduled_and_moved() -> None:
    p = problem(
        published=[
            {"meeting": "m1", "slot": "1", "table": "T1", "interpreter": "i2"},
            {"meeting": "m2", "slot": "2", "table": "T2"},
            {"meeting": "m3", "slot": "3", "table": "T1"},
        ]
    )
    # m1 same place (other interpreter: not a move), m2 moved, m3 unscheduled
    assert moved_from_published(p, GOOD[:2]) == 2
    assert errors_of(p, GOOD[:2]) == []


def test_max_breaks_spread_is_not_a_validity_rule() -> None:
    """A spread above the option is reported in the stats, not flagged (it may be forced)."""
    p = problem(published=[], options={"max_breaks_spread": 0})
    gap = [Assignment("m1", "1", "T1", "i1"), Assignment("m3", "3", "T2", "i2")]
    assert breaks_spread(p, {a.meeting: a.slot for a in gap}) == 1
    assert errors_of(p, gap) == []


# --- breaks ---------------------------------------------------------------------------------


def test_breaks_by_hand() -> None:
    """na1 busy in 1 and 3 (one break); to2 busy in 3 and 4, across sessions (none)."""
    p = problem()
    slot_of = {"m1": "1", "m3": "3", "m2": "4"}
    assert team_breaks(p, slot_of) == {"to1": 0, "to2": 0, "na1": 1, "na2": 0}
    assert total_breaks(p, slot_of) == 1
    assert breaks_spread(p, slot_of) == 1
    # m1 in 3 and m4 in 5: idle 4 is across sessions? no: 3 is am, 5 is pm -> no break
    assert team_breaks(p, {"m1": "3", "m4": "5"})["to1"] == 0
    assert total_breaks(p, {}) == 0 and breaks_spread(p, {}) == 0


def test_one_break_for_a_long_idle_run() -> None:
    p = parse_problem(
        {
            "sessions": [{"id": "s", "slots": [str(k) for k in range(6)]}],
            "tables": ["T"],
            "participants": [
                {"id": "a", "side": None, "languages": ["it"], "capacity": 3},
                {"id": "b", "side": None, "languages": ["it"]},
                {"id": "c", "side": None, "languages": ["it"]},
                {"id": "d", "side": None, "languages": ["it"]},
            ],
            "meetings": [
                {"id": "x", "a": "a", "b": "b"},
                {"id": "y", "a": "a", "b": "c"},
                {"id": "z", "a": "a", "b": "d"},
            ],
        }
    )
    assert team_breaks(p, {"x": "0", "y": "4", "z": "5"})["a"] == 1
    assert team_breaks(p, {"x": "0", "y": "2", "z": "5"})["a"] == 2
    assert team_breaks(p, {"x": "1", "y": "1", "z": "2"})["a"] == 0


def brute_breaks(p: Problem, slot_of: dict[str, str], team: str) -> int:
    """Count by listing every (first busy, last busy) pair with only idle slots between."""
    busy = {s for mid, s in slot_of.items() if team in (p.meeting[mid].a, p.meeting[mid].b)}
    n = 0
    for session in p.sessions:
        idx = [k for k, s in enumerate(session.slots) if s in busy]
        n += sum(1 for i, j in itertools.pairwise(idx) if j - i > 1)
    return n


@settings(max_examples=60, deadline=None)
@given(st.data(), problems(max_slots=8, max_meetings=12))
def test_breaks_match_brute_force(data: st.DataObject, p: Problem) -> None:
    """team_breaks equals a brute-force count on random placements (ignoring conflicts)."""
    slot_of = {
        m.id: data.draw(st.sampled_from(p.slots)) for m in p.meetings if data.draw(st.booleans())
    }
    per_team = team_breaks(p, slot_of)
    for t in p.teams:
        assert per_team[t.id] == brute_breaks(p, slot_of, t.id)
    assert total_breaks(p, slot_of) == sum(per_team.values())
    meeting_teams = {x for mid in slot_of for x in (p.meeting[mid].a, p.meeting[mid].b)}
    values = [per_team[t] for t in meeting_teams]
    assert breaks_spread(p, slot_of) == (max(values) - min(values) if values else 0)


def test_status_infeasible_still_checks_assigned_meetings() -> None:
    p = problem()
    bad = [Assignment("m1", "1", "T1"), GOOD[1]]
    assert_one(errors_of(p, bad, status=Status.INFEASIBLE), "needs an interpreter")


def test_replace_keeps_frozen_schedule() -> None:
    """Sanity: the schedule helper builds a frozen Schedule whose stats can be replaced."""
    s = schedule(problem(), GOOD)
    assert replace(s, status=Status.OPTIMAL).status is Status.OPTIMAL
